// A queue runner that stopped while a create request was in flight (sent, its answer never
// recorded) leaves a claimed job whose linked history row is still `creating`. The next runner
// runs the client's lost-create lookup for it against the emulator: the prediction it made is
// found and followed, one it provably never made is created once, and one it cannot tell about
// yet is looked for again, never created twice and never failed.

#include "api/ApiClient.h"
#include "api/ReplicateBackend.h"
#include "queue/JobQueue.h"
#include "queue/QueueStore.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/ResumeManager.h"
#include "store/RunOwner.h"
#include "support/EmulatorHarness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using queue::JobQueue;
using queue::QueueJob;
using queue::QueueStore;
using State = queue::QueueJob::State;

namespace {

QJsonObject smallInput(int seed)
{
    return QJsonObject{{"prompt_start", "a red fox"},
                       {"prompt_end", "a blue bird"},
                       {"width", 128},
                       {"height", 128},
                       {"num_inference_steps", 4},
                       {"num_animation_frames", 2},
                       {"num_interpolation_steps", 1},
                       {"gif_frames_per_second", 10},
                       {"intermediate_output", false},
                       {"seed", seed}};
}

struct Rig
{
    testing::EmulatorHarness emulator{0.01};
    QTemporaryDir dir;
    store::AsyncHistoryStore history{dir.filePath("h.sqlite")};
    store::HistoryRecorder recorder{&history};
    store::BackendIdentity identity;
    std::unique_ptr<api::ReplicateBackend> backend;

    Rig()
    {
        QVERIFY(emulator.started());
        QCOMPARE(history.open().result(), QString());
        identity = store::BackendIdentity{QStringLiteral("emulator"), emulator.apiBase().toString(), true};
        api::JobOptions o;
        o.outputDirectory = dir.filePath("out");
        o.pollIntervalMs = 40;
        o.maxPollIntervalMs = 150;
        o.useEventStream = false;
        o.downloadBackoffMs = 20;
        o.retry.baseDelayMs = 20;
        o.retry.maxDelayMs = 250;
        o.recoveryLookups = 2;
        backend = std::make_unique<api::ReplicateBackend>(emulator.apiBase(), emulator.token(), o);
        backend->setRecordedCheck(history.recordedCheck());
    }

    // What a runner killed while the create for `seed` was in flight leaves behind: the job
    // claimed and linked to its row, the row `creating` without a server id, owned by a process
    // that is gone.
    // `ageSeconds`: how long ago its create went out (an absence proven early proves nothing yet).
    qint64 addInFlight(int seed, int ageSeconds = 1)
    {
        const QString key = QueueStore::backendKey(identity);
        const store::BackendIdentity id = identity;
        return history.run([seed, ageSeconds, key, id](store::HistoryStore &s) -> qint64 {
            QueueStore q(s);
            QueueJob j;
            j.backend = key;
            j.source = "test";
            j.input = smallInput(seed);
            j.estimateUsd = 0.01;
            if (!q.add(j)) return -1;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            store::HistoryRecord r;
            r.localId = QStringLiteral("local-%1").arg(seed);
            r.backend = id.name;
            r.baseUrl = id.baseUrl;
            r.resumable = true;
            r.status = QLatin1String(store::HistoryRecord::StatusCreating);
            r.createdAt = now.addSecs(-ageSeconds);
            r.input = j.input;
            r.owner = store::RunOwner{999999999, store::RunOwner::current().host};
            r.heartbeatAt = now.addSecs(-1000);
            if (!s.insert(r) || !q.claim(j.id, now) || !q.link(j.id, r.localId)) return -1;
            return j.id;
        }).result();
    }
    // The create that reached the server before its runner died.
    QString createOnServer(int seed)
    {
        const QJsonObject answer = testing::httpJson("POST", QUrl(emulator.apiBase().toString() + "/predictions"),
                                                     QJsonObject{{"version", backend->schema().versionId()},
                                                                 {"input", smallInput(seed)}},
                                                     emulator.token()).object();
        return answer.value("id").toString();
    }
    QueueJob job(qint64 id) { return *history.run([id](store::HistoryStore &s) { return QueueStore(s).get(id); }).result(); }
    std::unique_ptr<JobQueue> makeQueue()
    {
        auto q = std::make_unique<JobQueue>(&history, &recorder, backend.get(), identity);
        q->setPollIntervalMs(20);
        q->setBackoffBaseMs(50);
        return q;
    }
    // The emulator's predictions made with this seed.
    int predictionsWithSeed(int seed)
    {
        int n = 0;
        for (const QJsonValue &v : emulator.predictions()) {
            const QString id = v.toObject().value("id").toString();
            const QJsonObject p = testing::httpJson("GET", QUrl(emulator.apiBase().toString() + "/predictions/" + id), {},
                                                    emulator.token()).object();
            if (p.value("input").toObject().value("seed").toInt() == seed) ++n;
        }
        return n;
    }
};

} // namespace

class TestJobQueueRecovery : public QObject
{
    Q_OBJECT
private slots:
    void anInFlightCreateIsFoundOrCreatedOnce()
    {
        Rig rig;
        const qint64 made = rig.addInFlight(1), unmade = rig.addInFlight(2, JobQueue::CreateSettleMs / 1000 + 60);
        QVERIFY(made > 0 && unmade > 0);
        const QString madeId = rig.createOnServer(1);
        QVERIFY(!madeId.isEmpty());
        // The app's resume pass runs first: the queue's rows are its runner's to end.
        store::ResumeManager resume(&rig.history, &rig.recorder, rig.backend.get(), rig.identity);
        QSignalSpy resumeDone(&resume, &store::ResumeManager::allFinished);
        QSignalSpy interrupted(&resume, &store::ResumeManager::markedInterrupted);
        resume.start();
        QVERIFY(resumeDone.wait(60000));
        QCOMPARE(interrupted.size(), 0);

        auto q = rig.makeQueue();
        QSignalSpy resumed(q.get(), &JobQueue::jobResumed);
        QSignalSpy started(q.get(), &JobQueue::jobStarted);
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(made).state, State::Done, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(unmade).state, State::Done, 120000);
        // Found: followed under its own row, never created again.
        QCOMPARE(rig.job(made).predictionId, madeId);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(resumed.first().at(0).toLongLong(), made);
        const auto row = rig.history.run([madeId](store::HistoryStore &s) { return s.get(madeId); }).result();
        QVERIFY(row);
        QCOMPARE(row->localId, QStringLiteral("local-1"));
        QCOMPARE(row->status, QStringLiteral("succeeded"));
        // Proven absent: created once, its stale row gone.
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toLongLong(), unmade);
        QCOMPARE(rig.job(unmade).attempts, 2);
        QVERIFY(!rig.history.run([](store::HistoryStore &s) { return s.get("local-2"); }).result());
        QCOMPARE(rig.predictionsWithSeed(1), 1);
        QCOMPARE(rig.predictionsWithSeed(2), 1);
        QCOMPARE(rig.emulator.predictions().size(), 2);
    }

    // The server may still be working on a create sent a moment ago: until it was sent long
    // enough ago, finding nothing only means looking again (here the prediction turns up late).
    void aFreshAbsenceIsLookedForAgain()
    {
        Rig rig;
        const qint64 late = rig.addInFlight(4);
        QVERIFY(late > 0);
        auto q = rig.makeQueue();
        q->start();
        // Two whole recoveries found nothing.
        QTRY_VERIFY_WITH_TIMEOUT(rig.emulator.countRequests("GET", "/v1/predictions") >= 4, 120000);
        QCOMPARE(rig.job(late).state, State::Running);
        QCOMPARE(rig.emulator.countRequests("POST", "/v1/predictions"), 0);
        const QString lateId = rig.createOnServer(4);
        QVERIFY(!lateId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(late).state, State::Done, 120000);
        QCOMPARE(rig.job(late).predictionId, lateId);
        QCOMPARE(rig.emulator.countRequests("POST", "/v1/predictions"), 1);   // the server's late one only
    }

    void anUndecidedLookupWaitsAndNeverCreatesTwice()
    {
        Rig rig;
        api::RetryPolicy::Options once = rig.backend->jobOptions().retry;
        once.maxAttempts = 1;   // each failed list read leaves a lookup undecided
        rig.backend->client()->setRetryPolicy(api::RetryPolicy(once));
        const qint64 made = rig.addInFlight(3);
        QVERIFY(made > 0);
        const QString madeId = rig.createOnServer(3);
        QVERIFY(!madeId.isEmpty());
        // Two whole recoveries (two lookups each) cannot read the list.
        rig.emulator.setFaults(QJsonObject{{"server_errors", QJsonArray{503, 503, 503, 503}}});

        auto q = rig.makeQueue();
        QSignalSpy finished(q.get(), &JobQueue::jobFinished);
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(made).state, State::Done, 120000);
        QCOMPARE(rig.job(made).predictionId, madeId);
        QCOMPARE(rig.job(made).attempts, 1);
        for (const QList<QVariant> &f : finished) QCOMPARE(f.at(1).value<State>(), State::Done);
        QVERIFY(rig.emulator.countRequests("GET", "/v1/predictions") >= 5);
        QCOMPARE(rig.emulator.countRequests("POST", "/v1/predictions"), 1);   // the test's own
        QCOMPARE(rig.emulator.predictions().size(), 1);
    }
};

QTEST_MAIN(TestJobQueueRecovery)
#include "tst_job_queue_recovery.moc"
