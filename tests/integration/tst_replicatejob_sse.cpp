// While ReplicateJob follows a prediction over SSE, its prediction stays current: the first log
// event means "processing" (with a started_at), log lines and outputs grow, and `updated` carries
// that live state to HistoryRecorder and the UI before any poll. The final state still comes from
// a GET. Runs against the in-process emulator with the watchdog poll pushed out of the way.
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "support/EmulatorHarness.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::api;
using sdanim::testing::EmulatorHarness;
using sdanim::testing::JobRecord;

class TestReplicateJobSse : public QObject
{
    Q_OBJECT
private slots:
    void updatedCarriesLiveStateWhileStreaming()
    {
        EmulatorHarness emu(0.05);
        QVERIFY(emu.started());
        QTemporaryDir dir;
        JobOptions options;
        options.outputDirectory = dir.filePath(QStringLiteral("out"));
        options.useEventStream = true;
        options.pollIntervalMs = 40;
        options.maxPollIntervalMs = 120000;   // no watchdog poll while the stream is open
        options.liveUpdateIntervalMs = 100;
        sdanim::testing::RecordingNetworkAccessManager network;
        ReplicateBackend backend(emu.apiBase(), emu.token(), options, &network);

        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(history.open().result(), QString());
        store::HistoryRecorder recorder(&history);

        const QJsonObject input{{"prompt_start", "a red fox"}, {"prompt_end", "a blue bird"}, {"width", 128},
                                {"height", 128}, {"num_inference_steps", 4}, {"num_animation_frames", 4},
                                {"num_interpolation_steps", 1}, {"intermediate_output", true}, {"seed", 7}};
        auto *job = qobject_cast<ReplicateJob *>(backend.createJob(input, &backend));
        QVERIFY(job);
        const QString key = recorder.track(job, store::BackendIdentity::of(backend.kind(), backend.apiBase(), false));

        // Only what arrives while the stream is open (before `done` and the final GET) counts. The
        // handler must not spin an event loop: that would re-enter the job's stream handling.
        QList<Prediction> live;
        int getsWhileStreaming = -1;
        std::optional<store::HistoryRecord> recordedLive;
        connect(job, &PredictionJob::updated, this, [&](const Prediction &p) {
            if (!job->isFollowingStream()) return;
            live << p;
            if (!recordedLive && p.status == PredictionStatus::Processing && !p.logs.isEmpty()) {
                // The recorder (connected first) has queued this state; the row shows it.
                history.waitForIdle();
                recordedLive = history.get(key).result();
                getsWhileStreaming = 0;
                for (const auto &sent : std::as_const(network.sent))
                    if (sent.method == "GET" && sent.url.path().endsWith(QStringLiteral("/predictions/") + p.id)) ++getsWhileStreaming;
            }
        });
        JobRecord rec;
        rec.watch(job);
        job->start();
        QVERIFY(rec.waitDone(30000));
        QVERIFY(job->usedStream());
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);

        // Live: processing with a start time, logs that only grow, and the outputs so far.
        QVERIFY2(live.size() >= 3, qPrintable(QString::number(live.size())));
        QList<Prediction> processing;
        for (const Prediction &p : std::as_const(live))
            if (p.status == PredictionStatus::Processing) processing << p;
        QVERIFY(processing.size() >= 2);
        QCOMPARE(live.last().status, PredictionStatus::Processing);
        int growths = 0;
        for (int i = 0; i < processing.size(); ++i) {
            const Prediction &p = processing.at(i);
            QVERIFY(p.startedAt.isValid());
            QVERIFY2(p.logs.startsWith(QLatin1String("Using seed: 7")), qPrintable(p.logs));
            QVERIFY2(p.logs.endsWith(QLatin1Char('\n')), qPrintable(p.logs));
            if (i > 0) {
                const Prediction &before = processing.at(i - 1);
                QVERIFY(p.logs.startsWith(before.logs));
                QVERIFY(p.outputs.size() >= before.outputs.size());
                if (p.logs.size() > before.logs.size()) ++growths;
            }
        }
        QVERIFY2(growths >= 2, qPrintable(QString::number(growths)));
        qInfo("%lld live updates (%lld processing, %d with more logs) for %lld log lines", qint64(live.size()),
              qint64(processing.size()), growths, qint64(rec.logLines.size()));
        QVERIFY(processing.last().logs.contains(QLatin1String("Generating frame")));
        QVERIFY(!processing.last().outputs.isEmpty());
        // Each log line the stream brought is in the live logs, in order.
        const QStringList liveLines = processing.last().logs.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(liveLines, rec.logLines.mid(0, liveLines.size()));

        // No poll had been needed for that: the history already showed it while streaming.
        QCOMPARE(getsWhileStreaming, 0);
        QVERIFY(recordedLive);
        QCOMPARE(recordedLive->status, QStringLiteral("processing"));
        QVERIFY(recordedLive->startedAt.isValid());
        QVERIFY(recordedLive->logs.startsWith(QLatin1String("Using seed: 7")));

        // The final state is the server's, from a GET after `done`.
        QVERIFY(emu.countRequests(QStringLiteral("GET"), QStringLiteral("/v1/predictions/") + rec.final.id) >= 1);
        int status = 0;
        const QJsonObject server = sdanim::testing::httpJson("GET", QUrl(emu.apiBase().toString() + QStringLiteral("/predictions/") + rec.final.id),
                                                             {}, emu.token(), &status).object();
        QCOMPARE(status, 200);
        QCOMPARE(rec.final.logs, server.value(QLatin1String("logs")).toString());
        QCOMPARE(rec.final.startedAt, Prediction::fromJson(server).startedAt);
        QVERIFY(server.value(QLatin1String("logs")).toString().startsWith(processing.last().logs));
        history.waitForIdle();
        const auto finalRecord = history.get(key).result();
        QVERIFY(finalRecord);
        QCOMPARE(finalRecord->status, QStringLiteral("succeeded"));
        QCOMPARE(finalRecord->logs, rec.final.logs);
    }
};

QTEST_MAIN(TestReplicateJobSse)
#include "tst_replicatejob_sse.moc"
