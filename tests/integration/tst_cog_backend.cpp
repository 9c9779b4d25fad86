// The local-Cog backend against the emulator's Cog container API, for both server generations:
// Cog ≥ 0.7 (§7.1: health check, PUT with id, webhooks, cancel) and Cog 0.4.4 (§7.3: one sync POST).
#include "api/CogBackend.h"
#include "api/CogJob.h"
#include "api/CogWebhookReceiver.h"
#include "emulator/EmulatorServer.h"
#include "support/EmulatorHttp.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sdanim;
using namespace sdanim::api;
using namespace sdanim::emulator;

namespace {

QJsonObject smallInput(const QString &start = QStringLiteral("a red cube"))
{
    return QJsonObject{{QStringLiteral("prompt_start"), start},
                       {QStringLiteral("prompt_end"), QStringLiteral("a blue sphere")},
                       {QStringLiteral("width"), 128},
                       {QStringLiteral("height"), 128},
                       {QStringLiteral("num_animation_frames"), 3},
                       {QStringLiteral("num_interpolation_steps"), 2},
                       {QStringLiteral("intermediate_output"), true},
                       {QStringLiteral("seed"), 5}};
}

// Everything a job emitted, in order, as "signal:detail" strings plus the payloads tests need.
struct JobRecorder
{
    QStringList events;
    QStringList logs;
    QList<double> progress;
    QMap<int, QString> saved;
    Prediction created;
    Prediction finished;
    ApiError createError;
    bool isFinished = false;

    explicit JobRecorder(PredictionJob *job)
    {
        QObject::connect(job, &PredictionJob::created, job, [this](const Prediction &p) {
            created = p;
            events << QStringLiteral("created");
        });
        QObject::connect(job, &PredictionJob::logLine, job, [this](const QString &line) { logs << line; });
        QObject::connect(job, &PredictionJob::progressChanged, job, [this](double f, qint64) { progress << f; });
        QObject::connect(job, &PredictionJob::outputAdded, job, [this](int i, const QString &url) {
            events << QStringLiteral("added:%1:%2").arg(i).arg(url.left(15));
        });
        QObject::connect(job, &PredictionJob::outputSaved, job, [this](int i, const QString &path) {
            saved.insert(i, path);
            events << QStringLiteral("saved:%1").arg(i);
        });
        QObject::connect(job, &PredictionJob::createFailed, job, [this](const ApiError &e) {
            createError = e;
            events << QStringLiteral("createFailed:%1").arg(e.httpStatus);
        });
        QObject::connect(job, &PredictionJob::finished, job, [this](const Prediction &p) {
            finished = p;
            isFinished = true;
            events << QStringLiteral("finished:") + statusToString(p.status);
        });
    }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCogBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QTemporaryDir> m_outputs;
    std::unique_ptr<CogBackend> m_backend;

    bool startEmulator(bool legacy, double timeScale = 0.02)
    {
        m_backend.reset();
        m_server.reset();
        EmulatorOptions o;
        o.timeScale = timeScale;
        o.cogLegacy = legacy;
        m_server = testing::startEmulator(o);
        if (!m_server)
            return false;
        m_outputs = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<CogBackend>(m_server->cogBaseUrl(), m_outputs->path());
        return true;
    }
    QJsonArray emulatorRequests()
    {
        testing::EmulatorHttp http(m_server->port());
        return http.get(QStringLiteral("/_emulator/requests"), {}).json().value(QLatin1String("requests")).toArray();
    }
    QString healthStatus()
    {
        testing::EmulatorHttp http(m_server->port());
        return http.get(QStringLiteral("/cog/health-check"), {}).json().value(QLatin1String("status")).toString();
    }

private slots:
    void cleanup()
    {
        m_backend.reset();
        m_server.reset();
        m_outputs.reset();
    }

    void runToOutputs_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("cog 0.7+") << false;
        QTest::newRow("cog 0.4.4") << true;
    }
    void runToOutputs()
    {
        QFETCH(bool, legacy);
        // Slow enough (about 1 s) that the webhooks are seen while the model runs.
        QVERIFY(startEmulator(legacy, 0.1));
        QElapsedTimer timer;
        timer.start();
        auto *job = qobject_cast<CogJob *>(m_backend->createJob(smallInput(), this));
        QVERIFY(job);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 30000);

        qInfo() << "run took" << timer.elapsed() << "ms";
        QCOMPARE(job->mode(), legacy ? CogJob::Mode::Legacy : CogJob::Mode::Modern);
        QCOMPARE(rec.events.first(), QStringLiteral("created"));
        QCOMPARE(rec.events.last(), QStringLiteral("finished:succeeded"));
        QCOMPARE(rec.created.status, PredictionStatus::Starting);
        if (legacy)
            QVERIFY2(rec.created.id.contains(QRegularExpression(QStringLiteral("^cog-[0-9a-f-]{36}$"))), qPrintable(rec.created.id));
        else
            QVERIFY2(rec.created.id.contains(QRegularExpression(QStringLiteral("^[a-z2-7]{26}$"))), qPrintable(rec.created.id));
        QCOMPARE(rec.finished.id, rec.created.id);
        QCOMPARE(rec.finished.status, PredictionStatus::Succeeded);
        QVERIFY(rec.finished.error.isEmpty());

        // 1 start keyframe + 1 segment × (3 − 1) frames + the GIF, in order, saved under <dir>/<id>/.
        const QString dir = QDir(m_outputs->path()).filePath(rec.created.id);
        const QStringList expected = {QStringLiteral("0-output.png"), QStringLiteral("1-output.png"),
                                      QStringLiteral("2-output.png"), QStringLiteral("3-output.gif")};
        QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name), expected);
        QCOMPARE(job->localOutputFiles().size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(job->localOutputFiles().at(i), QDir(dir).absoluteFilePath(expected.at(i)));
            QCOMPARE(rec.saved.value(i), job->localOutputFiles().at(i));
            // The finished prediction points at the local copies, not at megabytes of base64.
            QCOMPARE(rec.finished.outputs.at(i), QUrl::fromLocalFile(job->localOutputFiles().at(i)).toString());
        }
        QVERIFY(readFile(job->localOutputFiles().at(0)).startsWith("\x89PNG\r\n\x1a\n"));
        const QByteArray gif = readFile(job->localOutputFiles().at(3));
        QVERIFY(gif.startsWith("GIF89a") || gif.startsWith("GIF87a"));
        QVERIFY(gif.size() > 500);
        // History gets the JSON without the base64 payloads (only a short description of each).
        const QByteArray rawJson = QJsonDocument(rec.finished.raw).toJson();
        QVERIFY2(rawJson.size() < 8000, QByteArray::number(rawJson.size()).constData());
        QVERIFY(rec.finished.raw.value("output").toArray().at(3).toString().startsWith("data:image/gif;base64,… ("));

        QVERIFY(!rec.progress.isEmpty());
        QCOMPARE(rec.progress.last(), 1.0);
        if (legacy) {
            QVERIFY(rec.logs.first().contains(QLatin1String("old Cog server")));
            QCOMPARE(rec.progress.size(), 1);   // no logs from an old server: only "done"
        } else {
            // Webhooks brought the model's log lines and progress while it ran.
            QVERIFY2(rec.logs.contains(QStringLiteral("Using seed: 5")), qPrintable(rec.logs.join('\n')));
            QVERIFY(rec.logs.contains(QStringLiteral("Generating frame 2 of keyframe 0")));
            QVERIFY(rec.logs.contains(QStringLiteral("Saving GIF")));
            QVERIFY2(rec.progress.size() >= 2, qPrintable(QString::number(rec.progress.size())));
            // From "Using seed" (0 %) on; 100 % only once the video is saved (integration.tst_run_progress).
            QVERIFY(rec.progress.first() >= 0.0 && rec.progress.first() < 1.0);
            // Outputs were saved as they were yielded, before the run ended.
            const qsizetype videoAdded = rec.events.indexOf(QRegularExpression(QStringLiteral("added:3:data:image/gif.*")));
            QVERIFY(videoAdded > 0);
            QVERIFY(rec.events.indexOf(QStringLiteral("saved:0")) < videoAdded);
            // The request named our loopback webhook and carried no token of any kind.
            bool sawPut = false;
            for (const QJsonValue &v : emulatorRequests()) {
                const QJsonObject r = v.toObject();
                QVERIFY(!r.value("headers").toObject().contains("authorization"));
                if (r.value("method") == "PUT") {
                    QCOMPARE(r.value("path").toString(), QStringLiteral("/cog/predictions/") + rec.created.id);
                    sawPut = true;
                }
            }
            QVERIFY(sawPut);
        }
        QVERIFY(!job->isRunning());
    }

    // Webhooks are separate HTTP requests; one may arrive late with an older snapshot. It takes
    // nothing back and repeats no log line.
    void staleWebhookRepeatsNothing()
    {
        QVERIFY(startEmulator(false, 0.1));
        auto *job = qobject_cast<CogJob *>(m_backend->createJob(smallInput(), this));
        QVERIFY(job);
        JobRecorder rec(job);
        QStringList statuses;
        connect(job, &PredictionJob::updated, this, [&](const Prediction &p) { statuses << statusToString(p.status); });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.logs.contains(QStringLiteral("Generating frame 1 of keyframe 0")), 30000);
        CogWebhookReceiver *receiver = m_backend->webhookReceiver();
        QVERIFY(receiver);
        emit receiver->received(rec.created.id, QJsonObject{{"id", rec.created.id},
                                                            {"status", "starting"},
                                                            {"logs", "Using seed: 5\n"},
                                                            {"output", QJsonValue::Null}});
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 30000);
        QCOMPARE(rec.finished.status, PredictionStatus::Succeeded);
        QCOMPARE(rec.logs.count(QStringLiteral("Using seed: 5")), 1);
        QCOMPARE(rec.logs.count(QStringLiteral("Generating frame 1 of keyframe 0")), 1);
        QCOMPARE(rec.logs.count(QStringLiteral("Saving GIF")), 1);
        const qsizetype firstProcessing = statuses.indexOf(QStringLiteral("processing"));
        QVERIFY(firstProcessing >= 0);
        QVERIFY2(statuses.lastIndexOf(QStringLiteral("starting")) < firstProcessing, qPrintable(statuses.join(',')));
        QCOMPARE(rec.saved.size(), 4);
    }

    // Terminal is final: a webhook or anything else that arrives after the end changes nothing.
    void nothingAfterTheEnd()
    {
        QVERIFY(startEmulator(false, 0.02));
        auto *job = qobject_cast<CogJob *>(m_backend->createJob(smallInput(), this));
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 30000);
        QCOMPARE(rec.finished.status, PredictionStatus::Succeeded);
        const QStringList before = rec.events;
        const int linesBefore = int(rec.logs.size());
        emit m_backend->webhookReceiver()->received(rec.created.id, QJsonObject{{"id", rec.created.id},
                                                                               {"status", "processing"},
                                                                               {"logs", "Using seed: 5\nlate line\n"},
                                                                               {"output", QJsonArray{}}});
        job->cancel();
        QCoreApplication::processEvents();
        QCOMPARE(rec.events, before);
        QCOMPARE(rec.logs.size(), linesBefore);
        QCOMPARE(job->prediction().status, PredictionStatus::Succeeded);
        QVERIFY(!job->isRunning());
    }

    void waitsForSetup()
    {
        // timeScale 0.5: the container's setup() takes 2 s (at 0.1 its 0.4 s had passed before the
        // first health check once, under ASan on a loaded machine); the job waits instead of failing.
        QVERIFY(startEmulator(false, 0.5));
        QCOMPARE(healthStatus(), QStringLiteral("STARTING"));
        auto *job = m_backend->createJob(smallInput(), this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 120000);
        QCOMPARE(rec.finished.status, PredictionStatus::Succeeded);
        QVERIFY(rec.logs.first().contains(QLatin1String("still loading the model")));
    }

    void cancel_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("cog 0.7+") << false;
        QTest::newRow("cog 0.4.4") << true;
    }
    void cancel()
    {
        QFETCH(bool, legacy);
        QVERIFY(startEmulator(legacy, 0.3));
        m_backend->setCancelGraceMs(5000);
        QJsonObject input = smallInput();
        input.insert(QStringLiteral("num_animation_frames"), 20);
        auto *job = m_backend->createJob(input, this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.events.contains(QStringLiteral("created")), 10000);
        if (!legacy) QTRY_VERIFY_WITH_TIMEOUT(rec.logs.contains(QStringLiteral("Generating frame 1 of keyframe 0")), 20000);
        job->cancel();
        // An old server cannot cancel: the job stops waiting at once, inside cancel().
        if (legacy) QVERIFY(rec.isFinished);
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 10000);
        QCOMPARE(rec.finished.status, PredictionStatus::Canceled);
        QCOMPARE(rec.finished.id, rec.created.id);
        QVERIFY(!job->isRunning());
        if (legacy) {
            QVERIFY2(rec.logs.last().contains(QLatin1String("cannot cancel")), qPrintable(rec.logs.last()));
        } else {
            // The container was told and really stopped: the canceled run freed its only slot.
            QVERIFY(rec.logs.contains(QStringLiteral("The container is stopping the run.")));
            QVERIFY(!rec.logs.contains(QStringLiteral("Saving GIF")));
            bool sawCancel = false;
            for (const QJsonValue &v : emulatorRequests())
                sawCancel |= v.toObject().value("path").toString()
                             == QStringLiteral("/cog/predictions/%1/cancel").arg(rec.created.id);
            QVERIFY(sawCancel);
            QTRY_COMPARE_WITH_TIMEOUT(healthStatus(), QStringLiteral("READY"), 5000);
        }
    }

    void modelFailure_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("cog 0.7+") << false << "NSFW content detected, please try a different prompt and/or seed";
        QTest::newRow("cog 0.4.4") << true << "HTTP 500";
    }
    void modelFailure()
    {
        QFETCH(bool, legacy);
        QFETCH(QString, expectedError);
        QVERIFY(startEmulator(legacy));
        auto *job = m_backend->createJob(smallInput(QStringLiteral("an NSFW scene")), this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 30000);
        QCOMPARE(rec.events.first(), QStringLiteral("created"));
        QCOMPARE(rec.finished.status, PredictionStatus::Failed);
        QVERIFY2(rec.finished.error.contains(expectedError), qPrintable(rec.finished.error));
        QVERIFY(rec.saved.isEmpty());
    }

    void busyContainerRejectsSecondRun()
    {
        QVERIFY(startEmulator(false, 0.2));
        QJsonObject input = smallInput();
        input.insert(QStringLiteral("num_animation_frames"), 10);
        auto *first = m_backend->createJob(input, this);
        JobRecorder one(first);
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(!one.logs.filter(QStringLiteral("Generating")).isEmpty(), 20000);
        auto *second = m_backend->createJob(smallInput(), this);
        JobRecorder two(second);
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(two.isFinished, 10000);
        QCOMPARE(two.createError.httpStatus, 409);
        QVERIFY2(two.createError.userMessage().contains(QLatin1String("busy")), qPrintable(two.createError.userMessage()));
        QVERIFY(!two.events.contains(QStringLiteral("created")));
        first->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(one.isFinished, 10000);
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("cog 0.7+") << false;
        QTest::newRow("cog 0.4.4") << true;
    }
    void invalidInputNamesTheField()
    {
        QFETCH(bool, legacy);
        QVERIFY(startEmulator(legacy));
        QJsonObject input = smallInput();
        input.insert(QStringLiteral("width"), 123);
        auto *job = m_backend->createJob(input, this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 20000);
        QCOMPARE(rec.createError.httpStatus, 422);
        QVERIFY(!rec.createError.fieldErrors.isEmpty());
        QCOMPARE(rec.createError.fieldErrors.first().field, QStringLiteral("width"));
        QCOMPARE(rec.finished.status, PredictionStatus::Failed);
    }

    void healthCheckServerErrorsAreRetried()
    {
        QVERIFY(startEmulator(false));
        testing::EmulatorHttp http(m_server->port());
        QCOMPARE(http.post(QStringLiteral("/_emulator/faults"), QJsonObject{{"server_errors", QJsonArray{503, 502}}}, {}).status, 200);
        auto *job = m_backend->createJob(smallInput(), this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 30000);
        QCOMPARE(rec.finished.status, PredictionStatus::Succeeded);
        int healthChecks = 0;
        for (const QJsonValue &v : emulatorRequests())
            healthChecks += v.toObject().value("path").toString() == QStringLiteral("/cog/health-check");
        QCOMPARE(healthChecks, 3);
    }

    void worksWithoutWebhooks()
    {
        // A container in Docker without --network host cannot reach the app's 127.0.0.1 listener.
        QVERIFY(startEmulator(false));
        m_backend->setUseWebhooks(false);
        auto *job = m_backend->createJob(smallInput(), this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 30000);
        QCOMPARE(rec.finished.status, PredictionStatus::Succeeded);
        QCOMPARE(job->localOutputFiles().size(), 4);
        // The logs still arrive, all at once with the answer.
        QVERIFY(rec.logs.contains(QStringLiteral("Saving GIF")));
        QCOMPARE(m_backend->webhookReceiver(), nullptr);
    }

    void checkConnection_data()
    {
        QTest::addColumn<int>("mode");   // 0 modern, 1 legacy, 2 nothing listening
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("text");
        QTest::newRow("cog 0.7+") << 0 << true << "ready";
        QTest::newRow("cog 0.4.4") << 1 << true << "old Cog server";
        QTest::newRow("not running") << 2 << false << "Cannot reach";
    }
    void checkConnection()
    {
        QFETCH(int, mode);
        QFETCH(bool, ok);
        QFETCH(QString, text);
        QVERIFY(startEmulator(mode == 1, 0.001));
        QUrl url = m_server->cogBaseUrl();
        if (mode == 2) {
            m_server->stop();
        }
        CogBackend backend(url, m_outputs->path());
        QSignalSpy spy(&backend, &Backend::connectionChecked);
        if (mode == 0)   // past the (scaled) setup phase; a 0.4.4 server has no health check
            QTRY_COMPARE_WITH_TIMEOUT(healthStatus(), QStringLiteral("READY"), 10000);
        backend.checkConnection();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).toBool(), ok);
        QVERIFY2(spy.at(0).at(1).toString().contains(text), qPrintable(spy.at(0).at(1).toString()));
    }

    void unreachableContainerFailsBeforeCreating()
    {
        QVERIFY(startEmulator(false));
        const QUrl url = m_server->cogBaseUrl();
        m_server->stop();
        CogBackend backend(url, m_outputs->path());
        auto *job = backend.createJob(smallInput(), this);
        JobRecorder rec(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.isFinished, 15000);
        QVERIFY(!rec.events.contains(QStringLiteral("created")));
        QVERIFY(rec.createError.isNetworkError());
        QVERIFY2(rec.createError.userMessage().contains(QLatin1String("Cog container")), qPrintable(rec.createError.userMessage()));
    }

    void loadsSchemaFromContainer()
    {
        QVERIFY(startEmulator(true));
        QSignalSpy spy(m_backend.get(), &Backend::schemaReady);
        m_backend->loadSchema();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QCOMPARE(m_backend->schema().parameters().size(), 15);
        QVERIFY(m_backend->schema().outputIsIterator());

        CogBackend offline(QUrl(QStringLiteral("http://127.0.0.1:1")), m_outputs->path());
        QSignalSpy offlineSpy(&offline, &Backend::schemaReady);
        offline.loadSchema();
        QVERIFY(offlineSpy.wait(10000));
        QCOMPARE(offlineSpy.at(0).at(1).toBool(), false);
        QCOMPARE(offline.schema().versionId(), schema::ModelSchema::pinnedVersionId());
    }

    void describesItself()
    {
        CogBackend backend(QUrl(QStringLiteral("http://localhost:5000")), QDir::tempPath());
        QCOMPARE(backend.kind(), Backend::Kind::LocalCog);
        QVERIFY(!backend.producesSyntheticPreviews());
        QVERIFY(backend.displayName().contains(QLatin1String("localhost:5000")));
        QCOMPARE(backend.endpoint(QStringLiteral("/health-check")).toString(), QStringLiteral("http://localhost:5000/health-check"));
        CogBackend prefixed(QUrl(QStringLiteral("http://127.0.0.1:9/cog/")), QDir::tempPath());
        QCOMPARE(prefixed.endpoint(QStringLiteral("/predictions")).toString(), QStringLiteral("http://127.0.0.1:9/cog/predictions"));
        // A container keeps no predictions: nothing to resume.
        Prediction known;
        known.id = QStringLiteral("cog-1");
        QCOMPARE(backend.resumeJob(known, this), nullptr);
    }
};

QTEST_MAIN(TestCogBackend)
#include "tst_cog_backend.moc"
