#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "queue/JobQueue.h"
#include "queue/QueueStore.h"
#include "support/FakeQueueBackend.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/SweepStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using queue::JobQueue;
using queue::QueueJob;
using queue::QueueStore;
using State = queue::QueueJob::State;
using ScriptedJob = testing::ScriptedQueueJob;
using FakeBackend = testing::FakeQueueBackend;

namespace {

const store::BackendIdentity kIdentity{QStringLiteral("emulator"), QStringLiteral("http://127.0.0.1:1/v1"), true};

// A history with a queue, and jobs added to it.
struct Rig
{
    QTemporaryDir dir;
    store::AsyncHistoryStore history{dir.filePath("h.sqlite")};
    store::HistoryRecorder recorder{&history};
    FakeBackend backend;

    Rig() { QCOMPARE(history.open().result(), QString()); }

    qint64 add(int seed, double estimateUsd = 0.1)
    {
        return history.run([seed, estimateUsd](store::HistoryStore &s) {
            QueueJob j;
            j.backend = QueueStore::backendKey(kIdentity);
            j.source = "test";
            j.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"seed", seed}};
            j.estimateUsd = estimateUsd;
            QueueStore(s).add(j);
            return j.id;
        }).result();
    }
    void configure(int concurrency, double budget = -1, bool paused = false)
    {
        history.run([concurrency, budget, paused](store::HistoryStore &s) {
            QueueStore q(s);
            queue::QueueSettings settings = q.settings();
            settings.concurrency.insert(QueueStore::backendKey(kIdentity), concurrency);
            settings.budgetUsd = budget;
            settings.paused = paused;
            return q.setSettings(settings);
        }).result();
    }
    QList<QueueJob> jobs() { return history.run([](store::HistoryStore &s) { return QueueStore(s).list(); }).result(); }
    QueueJob job(qint64 id) { return *history.run([id](store::HistoryStore &s) { return QueueStore(s).get(id); }).result(); }
    std::unique_ptr<JobQueue> makeQueue()
    {
        auto q = std::make_unique<JobQueue>(&history, &recorder, &backend, kIdentity);
        q->setPollIntervalMs(20);
        q->setBackoffBaseMs(50);
        return q;
    }
};

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT
private slots:
    void storeKeepsOrderStatesAndSettings()
    {
        Rig rig;
        const qint64 a = rig.add(1), b = rig.add(2), c = rig.add(3), d = rig.add(4);
        QCOMPARE(rig.jobs().size(), 4);
        QCOMPARE(rig.jobs().first().id, a);
        QCOMPARE(rig.jobs().first().state, State::Queued);
        auto order = [&rig] {
            QList<qint64> ids;
            for (const QueueJob &j : rig.jobs()) ids << j.id;
            return ids;
        };
        QVERIFY(rig.history.run([d](store::HistoryStore &s) { return QueueStore(s).move(d, 1); }).result());
        QCOMPARE(order(), (QList<qint64>{d, a, b, c}));
        QVERIFY(rig.history.run([a](store::HistoryStore &s) { return QueueStore(s).move(a, 99); }).result());
        QCOMPARE(order(), (QList<qint64>{d, b, c, a}));
        QVERIFY(rig.history.run([b](store::HistoryStore &s) { return QueueStore(s).setPaused(b, true); }).result());
        QCOMPARE(rig.job(b).state, State::Paused);
        QVERIFY(!rig.history.run([b](store::HistoryStore &s) { return QueueStore(s).setPaused(b, true); }).result());
        QVERIFY(rig.history.run([c](store::HistoryStore &s) { return QueueStore(s).remove(c); }).result());
        QCOMPARE(rig.job(c).state, State::Removed);
        QVERIFY(!rig.history.run([c](store::HistoryStore &s) { return QueueStore(s).move(c, 1); }).result());
        QVERIFY(!rig.history.run([](store::HistoryStore &s) { return QueueStore(s).remove(12345); }).result());
        // A running job is canceled, not removed: its runner cancels the prediction.
        QVERIFY(rig.history.run([a](store::HistoryStore &s) { return QueueStore(s).claim(a, QDateTime::currentDateTimeUtc()); }).result());
        QVERIFY(!rig.history.run([a](store::HistoryStore &s) { return QueueStore(s).claim(a, QDateTime::currentDateTimeUtc()); }).result());
        QCOMPARE(rig.job(a).attempts, 1);
        QVERIFY(rig.history.run([a](store::HistoryStore &s) { return QueueStore(s).remove(a); }).result());
        QCOMPARE(rig.job(a).state, State::Canceled);
        QCOMPARE(rig.history.run([](store::HistoryStore &s) { return QueueStore(s).clear(false); }).result(), 2);
        QCOMPARE(order(), (QList<qint64>{d, b}));

        rig.configure(3, 1.5, true);
        const queue::QueueSettings settings = rig.history.run([](store::HistoryStore &s) { return QueueStore(s).settings(); }).result();
        QVERIFY(settings.paused);
        QCOMPARE(settings.concurrencyFor(QueueStore::backendKey(kIdentity)), 3);
        QCOMPARE(settings.concurrencyFor("cloud https://api.replicate.com/v1"), queue::QueueSettings::DefaultConcurrency);
        QCOMPARE(settings.concurrencyFor("emulator"), queue::QueueSettings::DefaultConcurrency);
        QCOMPARE(settings.concurrencyFor("cog"), 1);
        QVERIFY(queue::QueueSettings::DefaultConcurrency > 1);
        QCOMPARE(settings.budgetUsd, 1.5);
        QCOMPARE(settings.dailyBudgetUsd, -1.0);
        QCOMPARE(QueueStore::backendKey(store::BackendIdentity{"emulator", "http://127.0.0.1:5/v1", false}), QStringLiteral("emulator"));
    }

    // The form's Run goes to the front of the line, ahead of every waiting job.
    void aJobAddedInFrontStartsFirst()
    {
        Rig rig;
        rig.add(1);
        rig.add(2);
        const qint64 front = rig.history.run([](store::HistoryStore &s) {
            QueueJob j;
            j.backend = QueueStore::backendKey(kIdentity);
            j.source = "app";
            j.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"seed", 3}};
            QueueStore(s).add(j, QueueStore::Place::Front);
            return j.id;
        }).result();
        QCOMPARE(rig.jobs().first().id, front);
        rig.configure(1);
        auto q = rig.makeQueue();
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{3}), 60000);
        // move() keeps working on the positions below 1.
        const qint64 last = rig.jobs().last().id;
        QVERIFY(rig.history.run([last](store::HistoryStore &s) { return QueueStore(s).move(last, 1); }).result());
        rig.backend.bySeed(3)->finish();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{2}), 60000);
    }

    // A sweep cell's job names its sweep and cell; the runner links its history row to that cell,
    // so the sweep's grid finds it whichever process ran it.
    void aSweepCellsJobIsLinkedToItsCell()
    {
        QCOMPARE(QueueJob::sweepSource(7, 1, 2), QStringLiteral("sweep:7:1:2"));
        for (const char *bad : {"sweep", "sweep:7", "sweep:x:1:2", "sweep:7:1", "sweep:0:1:2", "sweep:7:-1:2", "app", "cli:7:1:2"}) {
            QueueJob j;
            j.source = QLatin1String(bad);
            QVERIFY2(!j.sweepCell(), bad);
        }
        Rig rig;
        const qint64 sweepId = rig.history.run([](store::HistoryStore &s) {
            return store::SweepStore(s).create(QJsonObject{{"columns", QJsonObject{{"name", "seed"}}}}, QJsonObject(), 2, 3);
        }).result();
        QVERIFY(sweepId > 0);
        const qint64 id = rig.history.run([sweepId](store::HistoryStore &s) {
            QueueJob j;
            j.backend = QueueStore::backendKey(kIdentity);
            j.source = QueueJob::sweepSource(sweepId, 1, 2);
            j.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"seed", 5}};
            QueueStore(s).add(j);
            return j.id;
        }).result();
        const auto cell = rig.job(id).sweepCell();
        QVERIFY(cell);
        QCOMPARE(cell->sweepId, sweepId);
        QCOMPARE(cell->row, 1);
        QCOMPARE(cell->column, 2);
        auto q = rig.makeQueue();
        QSignalSpy started(q.get(), &JobQueue::jobStarted);
        q->start();
        QVERIFY(started.wait(60000));
        const QString key = rig.job(id).historyKey;
        const auto member = rig.history.run([key](store::HistoryStore &s) { return store::SweepStore(s).membership(key); }).result();
        QVERIFY(member);
        QCOMPARE(member->sweepId, sweepId);
        QCOMPARE(member->row, 1);
        QCOMPARE(member->column, 2);
        rig.backend.bySeed(5)->finish();
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(id).state, State::Done, 60000);
    }

    // A job added for a deployment on a backend without deployments fails with the reason; the
    // next job still runs.
    void aDeploymentJobOnABackendWithoutDeploymentsFails()
    {
        Rig rig;
        const qint64 id = rig.history.run([](store::HistoryStore &s) {
            QueueJob j;
            j.backend = QueueStore::backendKey(kIdentity);
            j.source = "cli";
            j.deployment = "acme/anim";
            j.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"seed", 1}};
            QueueStore(s).add(j);
            return j.id;
        }).result();
        QCOMPARE(rig.job(id).deployment, QStringLiteral("acme/anim"));
        rig.add(2);
        auto q = rig.makeQueue();
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(id).state, State::Failed, 60000);
        QVERIFY2(rig.job(id).error.contains(QStringLiteral("acme/anim")), qPrintable(rig.job(id).error));
        QCOMPARE(rig.job(id).costUsd, 0.0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{2}), 60000);
    }

    // The daily budget counts every run the history recorded today, whatever started it (a form
    // run, `sdanim run`, an import, a deleted one too), plus the queue's own jobs at what the queue
    // counts them; yesterday's runs and unfinished ones count nothing.
    void theDailyBudgetCountsEveryRunInTheHistoryToday()
    {
        Rig rig;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime midnight(now.date(), QTime(0, 0), Qt::UTC);
        const auto row = [&](const QString &id, const QString &source, const QDateTime &created, double cost, bool deleted) {
            QVERIFY(rig.history.run([=](store::HistoryStore &s) {
                store::HistoryRecord r;
                r.id = id;
                r.backend = QStringLiteral("cloud");
                r.source = source;
                r.status = cost >= 0 ? QStringLiteral("succeeded") : QStringLiteral("processing");
                r.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}};
                r.createdAt = created;
                r.costUsd = cost;
                if (deleted) r.deletedAt = now;
                return s.insert(r);
            }).result());
        };
        row(QStringLiteral("cli-today"), QStringLiteral("cli"), midnight.addSecs(1), 0.25, false);
        row(QStringLiteral("web-today"), QStringLiteral("web"), now, 0.05, false);
        row(QStringLiteral("deleted-today"), QStringLiteral("api"), now, 0.10, true);
        row(QStringLiteral("yesterday"), QStringLiteral("cli"), midnight.addSecs(-1), 5.0, false);
        row(QStringLiteral("running"), QStringLiteral("api"), now, -1, false);
        auto spentToday = [&] { return rig.history.run([now](store::HistoryStore &s) { return QueueStore(s).spentTodayUsd(now); }).result(); };
        QVERIFY(qAbs(spentToday() - 0.40) < 1e-9);
        // Nothing of it is the queue's: its own spent stays 0.
        QCOMPARE(rig.history.run([](store::HistoryStore &s) { return QueueStore(s).spentUsd(); }).result(), 0.0);

        // Today's budget 0.55: the first job (0.40 + 0.10) starts, the next (0.50 + 0.10) does not.
        const qint64 first = rig.add(1, 0.1), second = rig.add(2, 0.1);
        rig.configure(1);
        rig.history.run([](store::HistoryStore &s) {
            QueueStore q(s);
            queue::QueueSettings settings = q.settings();
            settings.dailyBudgetUsd = 0.55;
            return q.setSettings(settings);
        }).result();
        auto q = rig.makeQueue();
        QSignalSpy budget(q.get(), &JobQueue::budgetReached);
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{1}), 60000);
        rig.backend.bySeed(1)->finish();
        QVERIFY(budget.wait(60000));
        QCOMPARE(budget.last().at(0).toString(), JobQueue::budgetText(true, 0.55, 0.50, 0.10));
        QCOMPARE(rig.job(first).state, State::Done);
        // The queue's job counts once: at its cost in the queue, not again as a history row.
        QVERIFY(qAbs(spentToday() - 0.50) < 1e-9);
        QCOMPARE(rig.job(second).state, State::Queued);
        QCOMPARE(rig.backend.jobs.size(), 1);
    }

    void startsAtMostTheConcurrencyInLineOrder()
    {
        Rig rig;
        for (int seed = 1; seed <= 5; ++seed) rig.add(seed);
        rig.configure(2);
        auto q = rig.makeQueue();
        QSignalSpy idle(q.get(), &JobQueue::idle);
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{1, 2}), 60000);
        // Never a third, however often it looks again.
        QTest::qWait(200);
        QCOMPARE(rig.backend.jobs.size(), 2);
        rig.backend.bySeed(2)->finish();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{1, 3}), 60000);
        for (int seed : {1, 3, 4, 5}) {
            QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(seed) && rig.backend.bySeed(seed)->started, 60000);
            QVERIFY(rig.backend.running().size() <= 2);
            rig.backend.bySeed(seed)->finish();
        }
        QVERIFY(idle.wait(60000));
        QCOMPARE(rig.backend.jobs.size(), 5);
        for (const QueueJob &j : rig.jobs()) {
            QCOMPARE(j.state, State::Done);
            QCOMPARE(j.predictionId, QStringLiteral("p%1").arg(j.input.value("seed").toInt()));
            QCOMPARE(j.costUsd, 0.1);   // not the cloud: its estimate
            QVERIFY(!j.historyKey.isEmpty());
        }
        // Each job is recorded in the history once, under the row it is linked to.
        rig.history.waitForIdle();
        for (const QueueJob &j : rig.jobs()) {
            const QString key = j.historyKey;
            const auto r = rig.history.run([key](store::HistoryStore &s) { return s.get(key); }).result();
            QVERIFY(r);
            QCOMPARE(r->status, QStringLiteral("succeeded"));
            QCOMPARE(r->id, j.predictionId);
        }
    }

    void aCreateLostWithNothingCreatedGoesBackInLine()
    {
        Rig rig;
        rig.configure(1);
        const qint64 id = rig.add(1);
        auto q = rig.makeQueue();
        QSignalSpy deferred(q.get(), &JobQueue::jobDeferred);
        q->start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(1) && rig.backend.bySeed(1)->started, 60000);
        rig.backend.bySeed(1)->loseCreate(true);
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 60000);
        QVERIFY2(deferred.first().at(2).toString().contains(QLatin1String("Nothing was created")),
                 qPrintable(deferred.first().at(2).toString()));
        // Started again after the back-off, and done once it succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.jobs.size(), 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(1) && rig.backend.bySeed(1)->started, 60000);
        rig.backend.bySeed(1)->finish();
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(id).state, State::Done, 60000);
        QCOMPARE(rig.job(id).attempts, 2);
        // One row in the history: the attempt that created nothing left none.
        rig.history.waitForIdle();
        store::HistoryQuery all;
        all.includeDeleted = true;
        all.limit = 0;
        QCOMPARE(rig.history.run([all](store::HistoryStore &s) { return s.count(all); }).result(), 1);

        // Not proven: it may exist, so it fails at once rather than being created twice.
        const qint64 unproven = rig.add(2);
        q->tick();
        QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(2) && rig.backend.bySeed(2)->started, 60000);
        rig.backend.bySeed(2)->loseCreate(false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(unproven).state, State::Failed, 60000);
        QCOMPARE(rig.job(unproven).attempts, 1);

        // Proven every time: a few starts, then it fails with the network's message.
        const qint64 stubborn = rig.add(3);
        q->tick();
        for (int start = 1; start <= JobQueue::MaxTransientAttempts; ++start) {
            QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(3) && rig.backend.bySeed(3)->started, 60000);
            rig.backend.bySeed(3)->loseCreate(true);
            QTRY_VERIFY_WITH_TIMEOUT(!rig.backend.bySeed(3), 60000);   // released
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(stubborn).state, State::Failed, 60000);
        QCOMPARE(rig.job(stubborn).attempts, JobQueue::MaxTransientAttempts);
        QVERIFY2(rig.job(stubborn).error.contains(QLatin1String("Connection reset by peer")), qPrintable(rig.job(stubborn).error));
    }

    void theCreateWaitsForTheLinkOnDisk()
    {
        Rig rig;
        const qint64 id = rig.add(1);
        rig.configure(1);
        auto q = rig.makeQueue();
        QSignalSpy started(q.get(), &JobQueue::jobStarted);
        q->start();
        QVERIFY(started.wait(60000));
        // By the time start() was called, the job and its history row were linked on disk.
        const QueueJob j = rig.job(id);
        QCOMPARE(j.state, State::Running);
        QVERIFY(!j.historyKey.isEmpty());
        const QString key = j.historyKey;
        QVERIFY(rig.history.run([key](store::HistoryStore &s) { return s.contains(key); }).result());
        QVERIFY(rig.backend.jobs.first()->started);
    }

    void aMovedJobStartsFirst()
    {
        Rig rig;
        rig.add(1);
        rig.add(2);
        const qint64 last = rig.add(3);
        rig.configure(1);
        QVERIFY(rig.history.run([last](store::HistoryStore &s) { return QueueStore(s).move(last, 1); }).result());
        auto q = rig.makeQueue();
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), QList<int>{3}, 60000);
        rig.backend.bySeed(3)->finish();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), QList<int>{1}, 60000);
    }

    void pauseStartsNothingUntilResumed()
    {
        Rig rig;
        for (int seed = 1; seed <= 3; ++seed) rig.add(seed);
        rig.configure(1);
        auto q = rig.makeQueue();
        QSignalSpy idle(q.get(), &JobQueue::idle);
        q->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), QList<int>{1}, 60000);
        rig.configure(1, -1, true);   // paused, as `sdanim queue pause` from another process does
        QTest::qWait(100);            // at least a poll: the runner has read it
        rig.backend.bySeed(1)->finish();
        // The running job ended; nothing new starts, and the runner says it is idle.
        QVERIFY(idle.wait(60000));
        QCOMPARE(rig.backend.jobs.size(), 1);
        QCOMPARE(rig.job(rig.jobs().at(1).id).state, State::Queued);
        // A paused job stays behind after the queue resumes.
        const qint64 second = rig.jobs().at(1).id;
        QVERIFY(rig.history.run([second](store::HistoryStore &s) { return QueueStore(s).setPaused(second, true); }).result());
        rig.configure(1, -1, false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), QList<int>{3}, 60000);
        rig.backend.bySeed(3)->finish();
        QVERIFY(idle.wait(60000));
        QCOMPARE(rig.job(second).state, State::Paused);
        QVERIFY(rig.history.run([second](store::HistoryStore &s) { return QueueStore(s).setPaused(second, false); }).result());
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), QList<int>{2}, 60000);
    }

    void aBudgetStopsAtTheJobThatWouldExceedIt()
    {
        Rig rig;
        rig.add(1, 0.10);
        rig.add(2, 0.10);
        const qint64 third = rig.add(3, 0.10);
        rig.add(4, 0.01);   // cheaper, but behind the one that stopped the queue
        rig.configure(3, 0.25);
        auto q = rig.makeQueue();
        QSignalSpy budget(q.get(), &JobQueue::budgetReached);
        QSignalSpy idle(q.get(), &JobQueue::idle);
        q->start();
        QVERIFY(budget.wait(60000));
        QCOMPARE(budget.size(), 1);
        QCOMPARE(budget.first().first().toString(), JobQueue::budgetText(false, 0.25, 0.20, 0.10));
        QVERIFY2(budget.first().first().toString().startsWith("Budget of $0.250 reached: spent $0.200, next job estimated $0.100"),
                 qPrintable(budget.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{1, 2}), 60000);
        rig.backend.bySeed(1)->finish();
        rig.backend.bySeed(2)->finish();
        QVERIFY(idle.wait(60000));
        QCOMPARE(rig.backend.jobs.size(), 2);
        QCOMPARE(rig.job(third).state, State::Queued);
        QCOMPARE(q->budgetMessage(), JobQueue::budgetText(false, 0.25, 0.20, 0.10));
        // A larger budget lets the rest go.
        rig.configure(3, 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{3, 4}), 60000);
    }

    void a429DelaysTheJobButNeverFailsIt()
    {
        Rig rig;
        const qint64 id = rig.add(1);
        rig.configure(1);
        auto q = rig.makeQueue();
        QSignalSpy deferred(q.get(), &JobQueue::jobDeferred);
        QSignalSpy finished(q.get(), &JobQueue::jobFinished);
        q->start();
        for (int attempt = 1; attempt <= 4; ++attempt) {
            // Every attempt is a new job.
            QTRY_VERIFY_WITH_TIMEOUT(rig.backend.jobs.size() == attempt && rig.backend.jobs.last()->started, 60000);
            rig.backend.jobs.last()->failCreate(429, attempt == 2 ? 0 : -1);
            QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), attempt, 60000);
            QTRY_COMPARE_WITH_TIMEOUT(rig.job(id).state, State::Queued, 60000);
            QVERIFY(rig.job(id).notBefore.isValid());
        }
        QTRY_VERIFY_WITH_TIMEOUT(rig.backend.jobs.size() == 5 && rig.backend.jobs.last()->started, 60000);
        rig.backend.jobs.last()->finish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(1).value<State>(), State::Done);
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(id).state, State::Done, 60000);
        QCOMPARE(rig.job(id).attempts, 5);
        // A refused create (other 4xx) fails it.
        const qint64 other = rig.add(2);
        QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(2) && rig.backend.bySeed(2)->started, 60000);
        rig.backend.bySeed(2)->failCreate(422);
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(other).state, State::Failed, 60000);
    }

    void removingARunningJobCancelsIt()
    {
        Rig rig;
        const qint64 id = rig.add(1);
        rig.configure(1);
        auto q = rig.makeQueue();
        q->start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.backend.bySeed(1) && rig.backend.bySeed(1)->started, 60000);
        QVERIFY(rig.history.run([id](store::HistoryStore &s) { return QueueStore(s).remove(id); }).result());
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.bySeed(1)->cancels, 1, 60000);
        rig.backend.bySeed(1)->finish(api::PredictionStatus::Canceled);
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(id).state, State::Canceled, 60000);
    }

    // A runner killed mid-way left its jobs "running": the next one follows the created
    // predictions (never creating them again), puts back what was never sent and closes what
    // ended meanwhile.
    void aRestartedRunnerFollowsWhatWasCreatedAndCreatesNothingTwice()
    {
        Rig rig;
        const qint64 created = rig.add(1), unsent = rig.add(2), ended = rig.add(3), waiting = rig.add(4);
        rig.configure(3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto historyRow = [&](const QString &localId, const QString &id, const QString &status) {
            store::HistoryRecord r;
            r.localId = localId;
            r.id = id;
            r.backend = kIdentity.name;
            r.baseUrl = kIdentity.baseUrl;
            r.status = status;
            r.createdAt = now;
            r.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}};
            r.owner = store::RunOwner{999999999, store::RunOwner::current().host};   // a process that is gone
            r.heartbeatAt = now.addSecs(-1000);
            return r;
        };
        rig.history.run([&](store::HistoryStore &s) {
            QueueStore q(s);
            store::HistoryRecord a = historyRow("local-a", "pred-a", "processing");
            store::HistoryRecord c = historyRow("local-c", "pred-c", "succeeded");
            s.insert(a);
            s.insert(c);
            for (qint64 id : {created, unsent, ended}) q.claim(id, now);
            q.link(created, "local-a");
            q.link(ended, "local-c");
            return true;
        }).result();

        auto q = rig.makeQueue();
        QSignalSpy resumed(q.get(), &JobQueue::jobResumed);
        q->start();
        QVERIFY(resumed.wait(60000));
        QCOMPARE(rig.backend.resumedJobs.size(), 1);
        QCOMPARE(rig.backend.resumedJobs.first()->prediction().id, QStringLiteral("pred-a"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(ended).state, State::Done, 60000);
        QCOMPARE(rig.job(ended).predictionId, QStringLiteral("pred-c"));
        // Two slots left beside the resumed one: the unsent job and the next one are created.
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend.running(), (QList<int>{2, 4}), 60000);
        QCOMPARE(rig.job(unsent).state, State::Running);
        QCOMPARE(rig.job(unsent).attempts, 2);
        QCOMPARE(rig.job(waiting).state, State::Running);
        rig.backend.resumedJobs.first()->finish();
        QTRY_COMPARE_WITH_TIMEOUT(rig.job(created).state, State::Done, 60000);
        QCOMPARE(rig.job(created).predictionId, QStringLiteral("pred-a"));
        // The resumed row now belongs to this process.
        const auto row = rig.history.run([](store::HistoryStore &s) { return s.get("pred-a"); }).result();
        QVERIFY(row);
        QCOMPARE(row->owner, store::RunOwner::current());
        QCOMPARE(rig.backend.jobs.size(), 2);   // nothing created for the job that was created before
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_job_queue.moc"
