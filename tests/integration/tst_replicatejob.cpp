// The Replicate client (ReplicateBackend + ReplicateJob) against the in-process emulator: the happy
// path over polling and over SSE, one test per injectable fault, cancel, data removal, resume and
// validation. Each test asserts the final state and the files on disk: nothing lost, nothing
// duplicated, exactly one prediction created.
#include "api/ApiClient.h"
#include "api/FileNameSanitizer.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "support/EmulatorHarness.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::api;
using sdanim::testing::EmulatorHarness;
using sdanim::testing::JobRecord;

namespace {

// 2 prompts + ping-pong = 2 segments of 3 frames: output-0.png, then output-1/2.png per segment
// (names repeat), then the GIF: 1 + 2 × 2 + 1 = 6 outputs.
QJsonObject smallInput(bool intermediate = true, const QString &start = QStringLiteral("a red fox"))
{
    return QJsonObject{{"prompt_start", start},
                       {"prompt_end", "a blue bird"},
                       {"width", 128},
                       {"height", 128},
                       {"num_inference_steps", 4},
                       {"num_animation_frames", 3},
                       {"num_interpolation_steps", 1},
                       {"gif_frames_per_second", 10},
                       {"gif_ping_pong", true},
                       {"intermediate_output", intermediate},
                       {"seed", 7}};
}
constexpr int kIntermediateOutputs = 6;

} // namespace

class TestReplicateJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<EmulatorHarness> m_emu;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<ReplicateBackend> m_backend;
    // Every job a test starts through track() is recorded the way the app records it.
    std::unique_ptr<store::AsyncHistoryStore> m_history;
    std::unique_ptr<store::HistoryRecorder> m_recorder;
    QStringList m_trackedIds;

    void track(PredictionJob *job)
    {
        m_recorder->track(job, store::BackendIdentity::of(Backend::Kind::ReplicateCloud, m_emu->apiBase(), false));
        connect(job, &PredictionJob::created, this, [this](const Prediction &p) { m_trackedIds << p.id; });
    }

    // The history row of a finished tracked job: exactly one, in the job's final state, with every
    // saved file (and its sidecar) recorded at its index.
    void verifyHistory(const JobRecord &rec, int expected)
    {
        m_history->waitForIdle();
        store::HistoryStore reader(m_history->path());
        QVERIFY(reader.open());
        store::HistoryQuery all;
        all.limit = 0;
        all.includeDeleted = true;
        all.search = rec.final.id;
        QCOMPARE(reader.count(all), 1);   // nothing duplicated
        const auto row = reader.get(rec.final.id);
        QVERIFY(row);
        QCOMPARE(row->status, statusToString(rec.final.status));
        // The input as sent, even when the server has since removed it (data retention).
        QVERIFY(!row->input.value(QLatin1String("prompt_start")).toString().isEmpty());
        QCOMPARE(row->outputs.size(), expected);
        for (const store::OutputFile &f : row->outputs) {
            QCOMPARE(f.path, rec.saved.value(f.index));
            QVERIFY2(QFile::exists(f.path + QLatin1String(".json")), qPrintable(f.path));
        }
    }

    JobOptions fastOptions(bool stream) const
    {
        JobOptions o;
        o.outputDirectory = m_out->path();
        o.pollIntervalMs = 40;
        o.maxPollIntervalMs = 150;
        o.useEventStream = stream;
        o.stuckStartingMs = 60000;
        o.deadlineMs = 60000;
        o.downloadBackoffMs = 20;
        o.retry.baseDelayMs = 20;
        o.retry.maxDelayMs = 250;  // also caps the emulator's Retry-After of 1 s
        return o;
    }

    // Cancelling needs a run long enough to be interrupted.
    void useTimeScale(double scale)
    {
        m_backend.reset();
        m_emu = std::make_unique<EmulatorHarness>(scale);
        QVERIFY(m_emu->started());
        makeBackend(false);
    }

    void makeBackend(bool stream)
    {
        m_backend = std::make_unique<ReplicateBackend>(m_emu->apiBase(), m_emu->token(), fastOptions(stream));
    }

    PredictionJob *runJob(JobRecord &rec, const QJsonObject &input, int timeoutMs = 20000)
    {
        PredictionJob *job = m_backend->createJob(input, m_backend.get());
        rec.watch(job);
        track(job);
        job->start();
        if (!rec.waitDone(timeoutMs)) qWarning("job did not finish in time");
        return job;
    }

    // The files of a finished job: one per output, named "<index>-<basename>", non-empty and of
    // the right kind; nothing else in the prediction's folder.
    void verifyFiles(const JobRecord &rec, int expected)
    {
        // Each count says what it saw: a failure under load must be readable from the log alone.
        const auto indexes = [&] {
            QStringList list;
            for (int i : rec.addedIndexes) list << QString::number(i);
            return list.join(QLatin1Char(','));
        };
        QVERIFY2(rec.addedIndexes.size() == expected, qPrintable(QStringLiteral("added indexes: ") + indexes()));
        for (int i = 0; i < expected; ++i) QCOMPARE(rec.addedIndexes.at(i), i);  // no gaps, no duplicates
        QVERIFY2(rec.saved.size() == expected, qPrintable(QStringLiteral("saved: ") + QStringList(rec.saved.values()).join(QLatin1Char(' '))));
        QVERIFY2(rec.savedOrder.size() == expected, qPrintable(QStringLiteral("saved %1 times").arg(rec.savedOrder.size())));  // each saved exactly once
        const QDir dir(QDir(m_out->path()).filePath(rec.final.id));
        QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        // The history's sidecars sit next to the outputs, written on the history's thread: one may
        // still be QSaveFile's temporary ("<output>.json.XXXXXX") when the job has ended.
        const QStringList all = files;
        files.removeIf([&](const QString &name) {
            const qsizetype json = name.lastIndexOf(QLatin1String(".json"));
            return json > 0 && all.contains(name.left(json))
                   && (json + 5 == name.size() || name.at(json + 5) == QLatin1Char('.'));
        });
        QVERIFY2(files.size() == expected, qPrintable(QStringLiteral("files: ") + files.join(QLatin1Char(' '))));
        for (int i = 0; i < expected; ++i) {
            const QString path = rec.saved.value(i);
            QCOMPARE(QFileInfo(path).fileName(), FileNameSanitizer::indexedNameFromUrl(i, rec.addedUrls.at(i)));
            QCOMPARE(QFileInfo(path).absolutePath(), dir.absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (path.endsWith(QLatin1String(".gif"))) {
                QVERIFY(bytes.startsWith("GIF8"));
                QCOMPARE(i, expected - 1);  // the video is always last
            } else if (path.endsWith(QLatin1String(".png"))) {
                QImage image;
                QVERIFY2(image.loadFromData(bytes, "PNG"), qPrintable(path));  // complete, not cut
                QCOMPARE(image.size(), QSize(128, 128));
            } else {
                QVERIFY2(bytes.size() > 100, qPrintable(path));
            }
        }
        QCOMPARE(rec.final.outputs.size(), expected);
        if (m_trackedIds.contains(rec.final.id))
            verifyHistory(rec, expected);
    }

    int createdPredictions() { return int(m_emu->predictions().size()); }
    int createPosts() { return m_emu->countRequests(QStringLiteral("POST"), QStringLiteral("/v1/predictions")); }

private slots:
    void init()
    {
        m_emu = std::make_unique<EmulatorHarness>(0.01);
        QVERIFY(m_emu->started());
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        makeBackend(false);
        m_trackedIds.clear();
        m_history = std::make_unique<store::AsyncHistoryStore>(m_out->filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(m_history->open().result(), QString());
        m_recorder = std::make_unique<store::HistoryRecorder>(m_history.get());
    }

    void cleanup()
    {
        m_backend.reset();
        m_recorder.reset();
        m_history.reset();
        m_emu.reset();
        m_out.reset();
    }

    void loadsTheSchemaFromTheServer()
    {
        QSignalSpy spy(m_backend.get(), &Backend::schemaReady);
        m_backend->loadSchema();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(1).toBool(), true);
        QCOMPARE(m_backend->schema().versionId(), schema::ModelSchema::pinnedVersionId());
        QVERIFY(m_emu->countRequests(QStringLiteral("GET"), QStringLiteral("/v1/models/andreasjansson/stable-diffusion-animation")) == 1);

        // Nothing listening: the pinned schema, quickly, marked as not from the network.
        ReplicateBackend offline(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), "tok", fastOptions(false));
        QSignalSpy offlineSpy(&offline, &Backend::schemaReady);
        offline.loadSchema();
        QVERIFY(offlineSpy.wait(10000));
        QCOMPARE(offlineSpy.first().at(1).toBool(), false);
        QCOMPARE(offline.schema().versionId(), schema::ModelSchema::pinnedVersionId());
    }

    void loadsAPinnedVersion()
    {
        m_backend->setPinnedVersion(schema::ModelSchema::pinnedVersionId());
        QSignalSpy spy(m_backend.get(), &Backend::schemaReady);
        m_backend->loadSchema();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(1).toBool(), true);
        QCOMPARE(m_emu->countRequests(QStringLiteral("GET"),
                                      QStringLiteral("/v1/models/andreasjansson/stable-diffusion-animation/versions/")
                                          + schema::ModelSchema::pinnedVersionId()), 1);
        QCOMPARE(m_backend->schema().parameters().size(), 15);

        // An unknown version: the shipped schema, not a broken form.
        m_backend->setPinnedVersion(QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000"));
        QSignalSpy again(m_backend.get(), &Backend::schemaReady);
        m_backend->loadSchema();
        QVERIFY(again.wait(10000));
        QCOMPARE(again.first().at(1).toBool(), false);
        QCOMPARE(m_backend->schema().versionId(), schema::ModelSchema::pinnedVersionId());
    }

    void checkConnection()
    {
        QSignalSpy spy(m_backend.get(), &Backend::connectionChecked);
        m_backend->checkConnection();
        QVERIFY(spy.wait(10000));
        QVERIFY(spy.first().at(0).toBool());
        ReplicateBackend wrong(m_emu->apiBase(), "r8_wrong", fastOptions(false));
        QSignalSpy wrongSpy(&wrong, &Backend::connectionChecked);
        wrong.checkConnection();
        QVERIFY(wrongSpy.wait(10000));
        QVERIFY(!wrongSpy.first().at(0).toBool());
        QVERIFY(wrongSpy.first().at(1).toString().contains(QLatin1String("token in Settings")));
    }

    void happyPath_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("polling") << false;
        QTest::newRow("sse") << true;
    }

    void happyPath()
    {
        QFETCH(bool, stream);
        makeBackend(stream);
        JobRecord rec;
        auto *job = qobject_cast<ReplicateJob *>(runJob(rec, smallInput()));
        QVERIFY(rec.finished);
        QCOMPARE(rec.created, 1);
        QCOMPARE(rec.signalsBeforeCreated, 0);
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
        QVERIFY(rec.final.error.isEmpty());
        QCOMPARE(job->usedStream(), stream);
        verifyFiles(rec, kIntermediateOutputs);
        QCOMPARE(job->localOutputFiles().size(), kIntermediateOutputs);
        QVERIFY(rec.logLines.first().startsWith(QLatin1String("Using seed: 7")));
        QVERIFY(rec.logLines.contains(QStringLiteral("Generating frame 2 of keyframe 1")));
        QCOMPARE(rec.logLines.count(QStringLiteral("Generating frame 0 of keyframe 0")), 1);  // no duplicates
        QVERIFY(!rec.progress.isEmpty());
        QCOMPARE(rec.progress.last(), 1.0);
        for (int i = 1; i < rec.progress.size(); ++i) QVERIFY(rec.progress[i] >= rec.progress[i - 1]);
        QCOMPARE(createPosts(), 1);
        QCOMPARE(createdPredictions(), 1);
        QVERIFY(!job->isRunning());
    }

    void faultOnCreate_data()
    {
        QTest::addColumn<QJsonObject>("plan");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("posts");
        QTest::newRow("429 burst") << QJsonObject{{"rate_limit_burst", 3}} << true << 4;
        QTest::newRow("connection cut mid-JSON") << QJsonObject{{"drop_json", 1}} << true << 1;
        QTest::newRow("malformed JSON") << QJsonObject{{"malformed_json", 1}} << true << 1;
        QTest::newRow("503") << QJsonObject{{"server_errors", QJsonArray{503}}} << false << 1;
        QTest::newRow("500") << QJsonObject{{"server_errors", QJsonArray{500}}} << false << 1;
    }

    // A create is repeated only when it certainly did not run (429); a lost answer is recovered by
    // finding the prediction; a 5xx is reported. Never two predictions.
    void faultOnCreate()
    {
        QFETCH(QJsonObject, plan);
        QFETCH(bool, succeeds);
        QFETCH(int, posts);
        m_emu->setFaults(plan);
        JobRecord rec;
        runJob(rec, smallInput(false));
        QVERIFY(rec.done());
        QCOMPARE(createPosts(), posts);
        if (succeeds) {
            QVERIFY(rec.finished);
            QCOMPARE(rec.created, 1);
            QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
            verifyFiles(rec, 1);
            QCOMPARE(createdPredictions(), 1);
            QCOMPARE(rec.createdPrediction.id, rec.final.id);
        } else {
            QVERIFY(rec.createFailed);
            QCOMPARE(rec.created, 0);
            QVERIFY(rec.failure.httpStatus >= 500);
            QVERIFY(rec.failure.userMessage().contains(QString::number(rec.failure.httpStatus)));
            QCOMPARE(createdPredictions(), 0);
        }
    }

    void faultWhileFollowing_data()
    {
        QTest::addColumn<QJsonObject>("plan");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("apiFault");  // the job's own API calls see (and report) the fault
        QTest::newRow("429 burst") << QJsonObject{{"rate_limit_burst", 4}} << false << true;
        QTest::newRow("5xx") << QJsonObject{{"server_errors", QJsonArray{500, 502, 503, 504}}} << false << true;
        QTest::newRow("cut JSON") << QJsonObject{{"drop_json", 3}} << false << true;
        QTest::newRow("malformed JSON") << QJsonObject{{"malformed_json", 3}} << false << true;
        QTest::newRow("cut files") << QJsonObject{{"drop_file", 3}} << false << false;
        QTest::newRow("cut files, sse") << QJsonObject{{"drop_file", 3}} << true << false;
        QTest::newRow("5xx, sse") << QJsonObject{{"server_errors", QJsonArray{502, 503}}} << true << true;
        QTest::newRow("duplicate keys") << QJsonObject{{"duplicate_keys", true}} << false << false;
        QTest::newRow("varied timestamps") << QJsonObject{{"varied_timestamps", true}} << true << false;
    }

    void faultWhileFollowing()
    {
        QFETCH(QJsonObject, plan);
        QFETCH(bool, stream);
        QFETCH(bool, apiFault);
        makeBackend(stream);
        PredictionJob *job = m_backend->createJob(smallInput(), m_backend.get());
        JobRecord rec;
        rec.watch(job);
        track(job);
        connect(job, &PredictionJob::created, this, [&] { m_emu->setFaults(plan); });
        job->start();
        QVERIFY(rec.waitDone());
        QVERIFY(rec.finished);
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
        QVERIFY(rec.final.createdAt.isValid());
        QVERIFY(rec.final.completedAt.isValid());
        verifyFiles(rec, kIntermediateOutputs);
        QVERIFY(rec.outputFailures.isEmpty());
        if (apiFault) QVERIFY(rec.requestFailures >= 1);
        if (plan.contains(QLatin1String("drop_file"))) {
            // The cut transfers were repeated, and only complete files were kept (verifyFiles).
            int fileRequests = 0;
            for (const QJsonValue &v : m_emu->requests())
                if (v.toObject().value(QLatin1String("path")).toString().startsWith(QLatin1String("/pbxt/"))) ++fileRequests;
            QCOMPARE(fileRequests, kIntermediateOutputs + plan.value(QLatin1String("drop_file")).toInt());
        }
        QCOMPARE(createPosts(), 1);
        QCOMPARE(createdPredictions(), 1);
    }

    void legacyShapes()
    {
        m_emu->setFaults(QJsonObject{{"legacy_shapes", true}});
        JobRecord rec;
        runJob(rec, smallInput(false));
        QVERIFY(rec.finished);
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
        QVERIFY(rec.final.error.isEmpty());            // error: "" is no error
        QVERIFY(rec.final.rawOutput.isString());       // a single string, not a list
        verifyFiles(rec, 1);
    }

    void stuckInStartingThenCancel_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("stuckMs");
        QTest::newRow("polling") << false << 300;
        // The idle stream ends with ":408:" after 1 s (30 s × 0.01, at least 1 s); the job falls
        // back to polling and still notices the stuck prediction.
        QTest::newRow("sse idles out") << true << 1600;
    }

    void stuckInStartingThenCancel()
    {
        QFETCH(bool, stream);
        QFETCH(int, stuckMs);
        makeBackend(stream);
        m_backend->jobOptions().stuckStartingMs = stuckMs;
        m_emu->setFaults(QJsonObject{{"stuck_starting", 1}});
        PredictionJob *job = m_backend->createJob(smallInput(), m_backend.get());
        JobRecord rec;
        rec.watch(job);
        connect(job, &PredictionJob::stuckInStarting, job, &PredictionJob::cancel);
        job->start();
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.stuck, 1);
        QCOMPARE(rec.final.status, PredictionStatus::Canceled);
        QCOMPARE(qobject_cast<ReplicateJob *>(job)->usedStream(), stream);
        QVERIFY(!qobject_cast<ReplicateJob *>(job)->isFollowingStream());
        QCOMPARE(qobject_cast<ReplicateJob *>(job)->streamTimedOut(), stream);
        QVERIFY(rec.addedIndexes.isEmpty());
        QCOMPARE(m_emu->countRequests(QStringLiteral("POST"),
                                      QStringLiteral("/v1/predictions/") + rec.final.id + QStringLiteral("/cancel")), 1);
    }

    void abortedIsTerminal()
    {
        m_emu->setFaults(QJsonObject{{"abort", 1}});
        JobRecord rec;
        runJob(rec, smallInput());
        QVERIFY(rec.finished);
        QCOMPARE(rec.final.status, PredictionStatus::Aborted);
        QVERIFY(rec.saved.isEmpty());
        QCOMPARE(createPosts(), 1);
    }

    void cancelWhileProcessing_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("polling") << false;
        QTest::newRow("sse") << true;
    }

    void cancelWhileProcessing()
    {
        QFETCH(bool, stream);
        useTimeScale(0.2);
        makeBackend(stream);
        QJsonObject input = smallInput();
        input.insert(QStringLiteral("num_inference_steps"), 50);  // ~50 ms per frame at this scale
        input.insert(QStringLiteral("num_animation_frames"), 10); // 20 frames: a ~1 s window to cancel in
        const int allOutputs = 1 + 2 * 9 + 1;
        PredictionJob *job = m_backend->createJob(input, m_backend.get());
        JobRecord rec;
        rec.watch(job);
        bool asked = false;
        connect(job, &PredictionJob::outputSaved, job, [&] { if (!asked) { asked = true; job->cancel(); } });
        job->start();
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.final.status, PredictionStatus::Canceled);
        // What arrived before the cancel is on disk, complete.
        QVERIFY(!rec.saved.isEmpty());
        QCOMPARE(rec.saved.size(), rec.addedIndexes.size());
        QVERIFY(rec.addedIndexes.size() < allOutputs);
        for (const QString &path : std::as_const(rec.saved)) QVERIFY(QImage(path).width() == 128);
        QCOMPARE(m_emu->countRequests(QStringLiteral("POST"),
                                      QStringLiteral("/v1/predictions/") + rec.final.id + QStringLiteral("/cancel")), 1);
    }

    void cancelBeforeCreated()
    {
        useTimeScale(0.2);  // 0.8 s in "starting"
        m_emu->setFaults(QJsonObject{{"latency_ms", 100}});
        PredictionJob *job = m_backend->createJob(smallInput(), m_backend.get());
        JobRecord rec;
        rec.watch(job);
        job->start();
        job->cancel();  // the create is still in flight
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.created, 1);
        QCOMPARE(rec.final.status, PredictionStatus::Canceled);
        QCOMPARE(createdPredictions(), 1);
    }

    void nsfwFails()
    {
        JobRecord rec;
        runJob(rec, smallInput(false, QStringLiteral("something NSFW")));
        QVERIFY(rec.finished);
        QCOMPARE(rec.final.status, PredictionStatus::Failed);
        QCOMPARE(rec.final.error, QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
        QVERIFY(rec.saved.isEmpty());
    }

    void dataRemovalKeepsWhatWasSaved()
    {
        JobRecord rec;
        runJob(rec, smallInput());
        QVERIFY(rec.finished);
        verifyFiles(rec, kIntermediateOutputs);
        const Prediction known = rec.final;
        QVERIFY(m_emu->control("POST", QStringLiteral("/expire")).value(QLatin1String("expired")).toInt() >= 1);

        // Following it again: the server has nulled everything, the files on disk stay, none is
        // fetched again, and the outputs seen earlier are still listed.
        const int downloadsBefore = int(m_emu->requests().size());
        JobRecord again;
        PredictionJob *resumed = m_backend->resumeJob(known, m_backend.get());
        again.watch(resumed);
        resumed->start();
        QVERIFY(again.waitDone());
        QVERIFY(again.finished);
        QCOMPARE(again.created, 0);
        QVERIFY(again.final.dataRemoved);
        QCOMPARE(again.final.outputs, known.outputs);
        QCOMPARE(again.saved.size(), kIntermediateOutputs);
        QVERIFY(again.outputFailures.isEmpty());
        int fileRequests = 0;
        const QJsonArray log = m_emu->requests();
        for (qsizetype i = downloadsBefore; i < log.size(); ++i)
            if (log.at(i).toObject().value(QLatin1String("path")).toString().startsWith(QLatin1String("/pbxt/"))) ++fileRequests;
        QCOMPARE(fileRequests, 0);
        verifyFiles(again, kIntermediateOutputs);

        // A file deleted locally after removal cannot come back: reported, not silently lost.
        QFile::remove(again.saved.value(0));
        JobRecord third;
        PredictionJob *third_ = m_backend->resumeJob(known, m_backend.get());
        third.watch(third_);
        third_->start();
        QVERIFY(third.waitDone());
        QCOMPARE(third.outputFailures.keys(), QList<int>{0});
        QCOMPARE(third.saved.size(), kIntermediateOutputs - 1);
    }

    // Output 2 is lost for good (deleted here, 404 on the server after data removal) while the
    // history resumes the prediction: every later file stays at its own index, in the job, in the
    // history (path and URL) and in its sidecar; nothing is recorded twice.
    void aLostOutputLeavesTheOthersAtTheirIndexes()
    {
        JobRecord rec;
        runJob(rec, smallInput());
        QVERIFY(rec.finished);
        verifyFiles(rec, kIntermediateOutputs);
        QVERIFY(m_emu->control("POST", QStringLiteral("/expire")).value(QLatin1String("expired")).toInt() >= 1);
        constexpr int lost = 2;
        QVERIFY(QFile::remove(rec.saved.value(lost)));
        m_history->waitForIdle();
        std::optional<store::HistoryRecord> known;
        {
            store::HistoryStore reader(m_history->path());
            QVERIFY(reader.open());
            known = reader.get(rec.final.id);
        }
        QVERIFY(known);
        QCOMPARE(known->outputUrls.size(), kIntermediateOutputs);

        PredictionJob *resumed = m_backend->resumeJob(known->toPrediction(), m_backend.get());
        JobRecord again;
        again.watch(resumed);
        m_recorder->follow(resumed, *known);
        resumed->start();
        QVERIFY(again.waitDone());
        QVERIFY(again.finished);
        QCOMPARE(again.outputFailures.keys(), QList<int>{lost});

        const QStringList local = resumed->localOutputFiles();
        QCOMPARE(local.size(), kIntermediateOutputs);
        for (int i = 0; i < kIntermediateOutputs; ++i) {
            if (i == lost)
                QVERIFY2(local.at(i).isEmpty(), qPrintable(local.at(i)));
            else
                QCOMPARE(local.at(i), rec.saved.value(i));
        }

        m_history->waitForIdle();
        store::HistoryStore reader(m_history->path());
        QVERIFY(reader.open());
        const auto row = reader.get(rec.final.id);
        QVERIFY(row);
        QCOMPARE(row->outputs.size(), kIntermediateOutputs);   // nothing doubled
        QSet<int> indexes;
        for (const store::OutputFile &f : row->outputs) {
            indexes.insert(f.index);
            QCOMPARE(QFileInfo(f.path).absoluteFilePath(), QFileInfo(rec.saved.value(f.index)).absoluteFilePath());
            QCOMPARE(f.url, known->outputUrls.value(f.index));
            if (f.index == lost) continue;
            const auto sidecar = store::Sidecar::read(f.path);
            QVERIFY2(sidecar, qPrintable(f.path));
            QCOMPARE(sidecar->outputIndex, f.index);
        }
        QCOMPARE(indexes.size(), kIntermediateOutputs);
    }

    void resumeAfterTheAppWasKilled()
    {
        // The first job disappears right after `created` (as if the app was killed); a new one
        // follows the same prediction from its id and saves every output once.
        PredictionJob *first = m_backend->createJob(smallInput(), nullptr);
        JobRecord rec;
        rec.watch(first);
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.created == 1, 10000);
        const Prediction known = rec.createdPrediction;
        delete first;

        JobRecord resumed;
        PredictionJob *job = m_backend->resumeJob(known, m_backend.get());
        QVERIFY(job);
        resumed.watch(job);
        job->start();
        QVERIFY(resumed.waitDone());
        QCOMPARE(resumed.final.status, PredictionStatus::Succeeded);
        QCOMPARE(resumed.final.id, known.id);
        verifyFiles(resumed, kIntermediateOutputs);
        QCOMPARE(createPosts(), 1);
    }

    void clientSideValidationSendsNothing()
    {
        QJsonObject input = smallInput();
        input.insert(QStringLiteral("width"), 500);
        input.remove(QStringLiteral("prompt_end"));
        JobRecord rec;
        runJob(rec, input);
        QVERIFY(rec.createFailed);
        QCOMPARE(rec.failure.httpStatus, 422);
        QStringList fields;
        for (const auto &f : rec.failure.fieldErrors) fields << f.inputName();
        fields.sort();
        QCOMPARE(fields, (QStringList{"prompt_end", "width"}));
        QCOMPARE(createPosts(), 0);
    }

    void serverValidationMapsToFields()
    {
        // A client whose schema is laxer than the server's: the server's 422 still lands on the field.
        QJsonObject version = schema::ModelSchema::pinned().versionJson();
        QJsonObject openApi = version.value(QLatin1String("openapi_schema")).toObject();
        QJsonObject components = openApi.value(QLatin1String("components")).toObject();
        QJsonObject schemas = components.value(QLatin1String("schemas")).toObject();
        QJsonObject inputSchema = schemas.value(QLatin1String("Input")).toObject();
        QJsonObject props = inputSchema.value(QLatin1String("properties")).toObject();
        QJsonObject frames = props.value(QLatin1String("num_animation_frames")).toObject();
        frames.remove(QStringLiteral("maximum"));
        props.insert(QStringLiteral("num_animation_frames"), frames);
        inputSchema.insert(QStringLiteral("properties"), props);
        schemas.insert(QStringLiteral("Input"), inputSchema);
        components.insert(QStringLiteral("schemas"), schemas);
        openApi.insert(QStringLiteral("components"), components);
        version.insert(QStringLiteral("openapi_schema"), openApi);
        const auto lax = schema::ModelSchema::fromVersion(version);
        QVERIFY(lax);
        QJsonObject input = smallInput();
        input.insert(QStringLiteral("num_animation_frames"), 99);
        auto *job = new ReplicateJob(m_backend->client(), *lax, input, fastOptions(false), m_backend.get());
        JobRecord rec;
        rec.watch(job);
        job->start();
        QVERIFY(rec.waitDone());
        QVERIFY(rec.createFailed);
        QCOMPARE(rec.failure.httpStatus, 422);
        QCOMPARE(rec.failure.fieldErrors.size(), 1);
        QCOMPARE(rec.failure.fieldErrors.first().inputName(), QStringLiteral("num_animation_frames"));
        QCOMPARE(rec.failure.fieldErrors.first().type, QStringLiteral("number_lte"));
        QCOMPARE(createPosts(), 1);
        QCOMPARE(createdPredictions(), 0);
    }

    void deadlineCancelsAndStops()
    {
        m_backend->jobOptions().deadlineMs = 400;
        m_backend->jobOptions().cancelGraceMs = 5000;
        m_emu->setFaults(QJsonObject{{"stuck_starting", 1}});
        JobRecord rec;
        runJob(rec, smallInput());
        QVERIFY(rec.finished);
        QCOMPARE(rec.final.status, PredictionStatus::Canceled);
        QVERIFY(rec.requestFailures >= 1);
    }

    void offlineEmulatorBackend()
    {
        JobOptions o = fastOptions(true);
        OfflineEmulatorBackend backend(0.01, o);
        QVERIFY2(backend.isServerRunning(), qPrintable(backend.startError()));
        QCOMPARE(backend.kind(), Backend::Kind::OfflineEmulator);
        QCOMPARE(backend.displayName(), QStringLiteral("Offline emulator (synthetic previews)"));
        QVERIFY(backend.producesSyntheticPreviews());
        QSignalSpy schemaSpy(&backend, &Backend::schemaReady);
        backend.loadSchema();
        QVERIFY(schemaSpy.wait(10000));
        QVERIFY(schemaSpy.first().at(1).toBool());
        JobRecord rec;
        PredictionJob *job = backend.createJob(smallInput(false), &backend);
        rec.watch(job);
        job->start();
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
        QCOMPARE(rec.saved.size(), 1);
        QVERIFY(QFileInfo(rec.saved.value(0)).size() > 100);
    }
};

QTEST_MAIN(TestReplicateJob)
#include "tst_replicatejob.moc"
