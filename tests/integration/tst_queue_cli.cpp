// The persistent queue end to end: `sdanim queue …` processes against a separate
// `sdanim-emulator`, killed with kill -9 mid-way, paused, reordered, stopped by a budget and
// throttled by a 429 burst.
#include "queue/QueueStore.h"
#include "store/HistoryStore.h"
#include "support/CliHarness.h"
#include "support/EmulatorHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <csignal>

using namespace sdanim;
using queue::QueueJob;
using sdanim::testing::CliHarness;
using sdanim::testing::EmulatorProcess;
using State = queue::QueueJob::State;

namespace {

const QByteArray kToken = "test-token";
const QStringList kInput{"--prompt-start", "a lighthouse", "--prompt-end", "a storm", "--num-animation-frames", "4",
                         "--num-interpolation-steps", "1", "--width", "128", "--height", "128"};

struct Snapshot
{
    QList<QueueJob> jobs;
    QList<store::HistoryRecord> creating;   // history rows whose create has not been answered
    int count(State s) const
    {
        int n = 0;
        for (const QueueJob &j : jobs) n += j.state == s ? 1 : 0;
        return n;
    }
};

// The queue and history as the processes left them on disk.
Snapshot snapshot(const CliHarness &cli)
{
    Snapshot s;
    if (!QFile::exists(cli.historyPath())) return s;
    store::HistoryStore history(cli.historyPath());
    if (!history.open()) return s;
    s.jobs = queue::QueueStore(history).list();
    for (const store::HistoryRecord &r : history.nonTerminal())
        if (r.id.isEmpty()) s.creating << r;
    return s;
}

QList<QJsonObject> emulatorPredictions(const EmulatorProcess &emulator)
{
    testing::EmulatorHttp http(quint16(emulator.control.port()));
    QList<QJsonObject> list;
    for (const QJsonValue &v : http.get(QStringLiteral("/_emulator/predictions"), {}).json().value("predictions").toArray())
        list << v.toObject();
    return list;
}

QStringList common(const EmulatorProcess &emulator, const CliHarness &cli)
{
    return {"--base-url", emulator.apiBase.toString(), "--out", cli.outDir()};
}

// Every job done once, and the history and the emulator hold exactly those predictions.
void verifyEachJobRanOnce(const CliHarness &cli, const EmulatorProcess &emulator, int jobs)
{
    const Snapshot s = snapshot(cli);
    QCOMPARE(s.jobs.size(), jobs);
    QSet<QString> ids;
    for (const QueueJob &j : s.jobs) {
        QVERIFY2(j.state == State::Done, qPrintable(QString::number(j.id) + QLatin1Char(' ') + QueueJob::stateName(j.state) + QLatin1Char(' ') + j.error));
        QVERIFY(!j.predictionId.isEmpty());
        ids.insert(j.predictionId);
    }
    QCOMPARE(ids.size(), jobs);
    store::HistoryStore history(cli.historyPath());
    QVERIFY(history.open());
    store::HistoryQuery all;
    all.includeDeleted = true;
    all.limit = 0;
    QCOMPARE(history.count(all), jobs);
    for (const QString &id : ids) {
        const auto r = history.get(id);
        QVERIFY2(r, qPrintable(id));
        QCOMPARE(r->status, QStringLiteral("succeeded"));
        QVERIFY2(!r->outputs.isEmpty() && QFileInfo(r->outputs.last().path).size() > 0, qPrintable(id));
    }
    QSet<QString> served;
    for (const QJsonObject &p : emulatorPredictions(emulator)) {
        served.insert(p.value("id").toString());
        QCOMPARE(p.value("status").toString(), QStringLiteral("succeeded"));
    }
    QCOMPARE(served, ids);
}

} // namespace

class TestQueueCli : public QObject
{
    Q_OBJECT
private slots:
    // 12 jobs, 3 at once; the runner is killed with kill -9 while jobs are done and others
    // running; the next runner follows the running ones and runs the rest, so every job ends
    // exactly once and the emulator made exactly 12 predictions.
    void killedRunnerEndsEveryJobExactlyOnce()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.3"}));
        CliHarness cli;
        const auto added = cli.run(QStringList{"queue", "add", "--repeat", "12"} + kInput + common(emulator, cli), kToken);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.out.count(QLatin1String("Queued job")), 12);

        QProcess runner;
        cli.start(runner, QStringList{"queue", "run", "--concurrency", "3"} + common(emulator, cli), kToken);
        QVERIFY(runner.waitForStarted());
        // Frozen (SIGSTOP), the runner's state on disk cannot move: kill it at a moment when some
        // jobs are done and three run with their predictions created, none of them mid-create.
        bool killed = false;
        int maxRunning = 0;
        QElapsedTimer timer;
        timer.start();
        while (!killed && timer.elapsed() < 120000 && runner.state() == QProcess::Running) {
            QTest::qWait(50);
            ::kill(pid_t(runner.processId()), SIGSTOP);
            const Snapshot s = snapshot(cli);
            maxRunning = qMax(maxRunning, s.count(State::Running));
            bool allCreated = s.count(State::Running) == 3 && s.creating.isEmpty();
            for (const QueueJob &j : s.jobs)
                if (j.state == State::Running && j.predictionId.isEmpty()) allCreated = false;
            if (s.count(State::Done) >= 2 && allCreated) {
                ::kill(pid_t(runner.processId()), SIGKILL);
                killed = true;
            } else {
                ::kill(pid_t(runner.processId()), SIGCONT);
            }
        }
        QVERIFY2(killed, runner.readAllStandardError().constData());
        QVERIFY(runner.waitForFinished(10000));
        QCOMPARE(runner.exitStatus(), QProcess::CrashExit);
        const Snapshot atKill = snapshot(cli);
        QCOMPARE(atKill.count(State::Running), 3);
        QVERIFY(atKill.count(State::Done) >= 2);
        QVERIFY(atKill.count(State::Queued) >= 1);
        QVERIFY(maxRunning <= 3);

        const auto resumed = cli.run(QStringList{"queue", "run"} + common(emulator, cli), kToken, 180000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(resumed.err.count(QLatin1String("following prediction")), 3);
        for (const QueueJob &j : atKill.jobs)
            if (j.state == State::Running)
                QVERIFY2(resumed.err.contains(QStringLiteral("[job %1] following prediction %2").arg(j.id).arg(j.predictionId)), qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(QLatin1String("at most 3 at once")), qPrintable(resumed.err));   // the limit was kept
        verifyEachJobRanOnce(cli, emulator, 12);
        // The followed jobs kept their first and only create.
        for (const QueueJob &j : snapshot(cli).jobs) QCOMPARE(j.attempts, 1);
    }

    // Killed while a create request is in flight (the emulator holds every answer back): the server
    // makes the prediction after the runner is gone, and the next runner finds it through the
    // lost-create lookup and follows it instead of creating it again.
    void killedMidCreateFindsItsPrediction()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.3"}));
        CliHarness cli;
        const auto added = cli.run(QStringList{"queue", "add", "--repeat", "2"} + kInput + common(emulator, cli), kToken);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        testing::EmulatorHttp control(quint16(emulator.control.port()));
        auto setFaults = [&control](const QJsonObject &plan) { return control.post(QStringLiteral("/_emulator/faults"), plan, {}).status; };
        auto createsReceived = [&control] {
            int n = 0;
            for (const QJsonValue &v : control.get(QStringLiteral("/_emulator/requests"), {}).json().value("requests").toArray())
                n += v.toObject().value("method").toString() == "POST" && v.toObject().value("path").toString() == "/v1/predictions";
            return n;
        };
        QCOMPARE(setFaults(QJsonObject{{"latency_ms", 4000}}), 200);

        QProcess runner;
        cli.start(runner, QStringList{"queue", "run", "--concurrency", "1"} + common(emulator, cli), kToken);
        QVERIFY(runner.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(createsReceived() == 1 || runner.state() != QProcess::Running, 120000);
        ::kill(pid_t(runner.processId()), SIGKILL);
        QVERIFY(runner.waitForFinished(10000));
        QCOMPARE(runner.exitStatus(), QProcess::CrashExit);
        const Snapshot atKill = snapshot(cli);
        QCOMPARE(atKill.count(State::Running), 1);
        QCOMPARE(atKill.creating.size(), 1);   // sent, its answer never recorded
        // The server made it anyway, after the runner was gone.
        QTRY_COMPARE_WITH_TIMEOUT(emulatorPredictions(emulator).size(), 1, 60000);
        QCOMPARE(setFaults(QJsonObject{}), 200);
        const QString madeId = emulatorPredictions(emulator).first().value("id").toString();
        qint64 inFlight = -1;
        for (const QueueJob &j : atKill.jobs)
            if (j.state == State::Running) inFlight = j.id;

        const auto resumed = cli.run(QStringList{"queue", "run"} + common(emulator, cli), kToken, 180000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(QStringLiteral("[job %1] following prediction %2").arg(inFlight).arg(madeId)), qPrintable(resumed.err));
        verifyEachJobRanOnce(cli, emulator, 2);
        QCOMPARE(createsReceived(), 2);
        for (const QueueJob &j : snapshot(cli).jobs) QCOMPARE(j.attempts, 1);
    }

    // A job moved to the front starts first, a held-back job stays, and a pause written while a
    // job runs lets it finish but starts nothing after it.
    void reorderAndPause()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.3"}));
        CliHarness cli;
        QCOMPARE(cli.run(QStringList{"queue", "add", "--repeat", "4"} + kInput + common(emulator, cli), kToken).exitCode, 0);
        auto moved = cli.run({"queue", "move", "4", "1"});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(cli.run({"queue", "pause", "2"}).exitCode, 0);
        QCOMPARE(cli.run({"queue", "move", "99", "1"}).exitCode, 2);   // no such waiting job
        QCOMPARE(cli.run({"queue", "move", "x", "1"}).exitCode, 2);

        QProcess runner;
        cli.start(runner, QStringList{"queue", "run", "--concurrency", "1"} + common(emulator, cli), kToken);
        QVERIFY(runner.waitForStarted());
        // Once the moved job runs, pause the queue from another process.
        QElapsedTimer timer;
        timer.start();
        std::optional<QueueJob> first;
        while (!first && timer.elapsed() < 60000) {
            QTest::qWait(50);
            for (const QueueJob &j : snapshot(cli).jobs)
                if (j.state == State::Running) first = j;
        }
        QVERIFY(first);
        QCOMPARE(first->id, qint64(4));
        const auto paused = cli.run({"queue", "pause"});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        const QDateTime pausedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(runner.waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(runner.readAllStandardError());
        QVERIFY2(runner.exitStatus() == QProcess::NormalExit && runner.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("The queue is paused")), qPrintable(err));
        Snapshot s = snapshot(cli);
        for (const QueueJob &j : s.jobs)
            if (j.startedAt.isValid()) QVERIFY2(j.startedAt <= pausedAt, qPrintable(QString::number(j.id)));   // none after the pause
        QVERIFY(s.count(State::Done) >= 1);
        for (const QueueJob &j : s.jobs)
            if (j.id == 2) QCOMPARE(j.state, State::Paused);   // held back: never started

        // While paused, a runner starts nothing.
        const auto idle = cli.run(QStringList{"queue", "run"} + common(emulator, cli), kToken);
        QCOMPARE(idle.exitCode, 0);
        QCOMPARE(snapshot(cli).count(State::Done), s.count(State::Done));
        QCOMPARE(int(emulatorPredictions(emulator).size()), s.count(State::Done));

        QCOMPARE(cli.run({"queue", "resume"}).exitCode, 0);
        QCOMPARE(cli.run({"queue", "resume", "2"}).exitCode, 0);
        const auto rest = cli.run(QStringList{"queue", "run"} + common(emulator, cli), kToken, 120000);
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        verifyEachJobRanOnce(cli, emulator, 4);
        // Those that ran before the pause, then the rest in line order: 4 (moved first), 1, 2, 3.
        QList<qint64> expected;
        for (const QueueJob &j : s.jobs)
            if (j.startedAt.isValid()) expected << j.id;
        QVERIFY(!expected.contains(2));
        for (qint64 id : {4, 1, 2, 3})
            if (!expected.contains(id)) expected << id;
        s = snapshot(cli);
        QList<qint64> byStart;
        QList<QueueJob> jobs = s.jobs;
        std::sort(jobs.begin(), jobs.end(), [](const QueueJob &a, const QueueJob &b) { return a.startedAt < b.startedAt; });
        for (const QueueJob &j : jobs) byStart << j.id;
        QCOMPARE(byStart.mid(0, 2), (QList<qint64>{4, 1}));
        QCOMPARE(byStart, expected);

        const auto list = cli.run({"queue", "list", "--json"});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(list.out.toUtf8()).object();
        QCOMPARE(o.value("jobs").toArray().size(), 4);
        QCOMPARE(o.value("paused").toBool(), false);
        QCOMPARE(cli.run({"queue", "clear"}).out, QString());
        QCOMPARE(snapshot(cli).jobs.size(), 0);
    }

    // With the in-process emulator every job counts its estimate: a budget of 2.5 estimates runs
    // two jobs and stops at the third, saying so.
    void aBudgetStopsAtTheRightJob()
    {
        CliHarness cli;
        const QStringList offline{"--backend", "emulator", "--time-scale", "0.01", "--out", cli.outDir()};
        QCOMPARE(cli.run(QStringList{"queue", "add", "--repeat", "5", "--seed", "7"} + kInput + offline).exitCode, 0);
        const auto listed = cli.run({"queue", "list", "--json"});
        const QJsonArray jobs = QJsonDocument::fromJson(listed.out.toUtf8()).object().value("jobs").toArray();
        QCOMPARE(jobs.size(), 5);
        const double estimate = jobs.first().toObject().value("estimate_usd").toDouble();
        QVERIFY(estimate > 0);
        for (const QJsonValue &j : jobs) QCOMPARE(j.toObject().value("estimate_usd").toDouble(), estimate);

        const double budget = 2.5 * estimate;
        const auto r = cli.run(QStringList{"queue", "run", "--concurrency", "2", "--budget", QString::number(budget, 'f', 8)} + offline, {}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Budget of $")) && r.err.contains(QLatin1String("reached: spent $")), qPrintable(r.err));
        const Snapshot s = snapshot(cli);
        QCOMPARE(s.count(State::Done), 2);
        QCOMPARE(s.count(State::Queued), 3);
        QCOMPARE(s.jobs.at(0).state, State::Done);
        QCOMPARE(s.jobs.at(1).state, State::Done);
        QCOMPARE(s.jobs.at(2).state, State::Queued);   // the job that would exceed it
        QCOMPARE(s.jobs.at(2).attempts, 0);
        // The budget is kept: the next run starts nothing either.
        const auto again = cli.run(QStringList{"queue", "run"} + offline, {}, 60000);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QLatin1String("Budget of $")), qPrintable(again.err));
        QCOMPARE(snapshot(cli).count(State::Done), 2);
        QCOMPARE(cli.run(QStringList{"queue", "run", "--budget", "bad"} + offline).exitCode, 2);
        // Without it, the rest runs.
        const auto rest = cli.run(QStringList{"queue", "run", "--budget", "none"} + offline, {}, 120000);
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(snapshot(cli).count(State::Done), 5);
    }

    // A burst of 429s delays the jobs (back in line with a not-before time when the client's own
    // retries run out) but fails none, and no create is sent twice.
    void aRateLimitBurstDelaysButFailsNothing()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.05"}));
        CliHarness cli;
        QCOMPARE(cli.run(QStringList{"queue", "add", "--repeat", "6"} + kInput + common(emulator, cli), kToken).exitCode, 0);
        testing::EmulatorHttp control(quint16(emulator.control.port()));
        QCOMPARE(control.post(QStringLiteral("/_emulator/faults"), QJsonObject{{"rate_limit_burst", 50}}, {}).status, 200);
        const auto r = cli.run(QStringList{"queue", "run", "--concurrency", "3"} + common(emulator, cli), kToken, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Rate limited (429)")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("] failed")), qPrintable(r.err));
        verifyEachJobRanOnce(cli, emulator, 6);
        int attempts = 0;
        for (const QueueJob &j : snapshot(cli).jobs) attempts += j.attempts;
        QVERIFY(attempts > 6);   // some went back to the line
        QCOMPARE(control.get(QStringLiteral("/_emulator/faults"), {}).json().value("faults").toObject().value("rate_limit_burst").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queue_cli.moc"
