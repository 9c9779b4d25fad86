#include "store/HistoryMigrations.h"
#include "store/HistoryStore.h"
#include "support/CliHarness.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace sdanim;
using sdanim::testing::CliHarness;
using sdanim::testing::EmulatorProcess;

namespace {

const QStringList kSlowRun{"run", "--prompt-start", "two processes", "--prompt-end", "one history",
                           "--num-animation-frames", "12", "--num-interpolation-steps", "2",
                           "--width", "128", "--height", "128", "--intermediate-output", "true"};

// The one row of the history once it has a server id and is past "creating"; empty on timeout
// or when `process` ended first.
QString waitForRunningRow(const CliHarness &cli, QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000 && process.state() == QProcess::Running) {
        QTest::qWait(100);
        if (!QFile::exists(cli.historyPath())) continue;
        store::HistoryStore history(cli.historyPath());
        if (!history.open()) continue;
        for (const store::HistoryRecord &r : history.nonTerminal())
            if (!r.id.isEmpty() && r.status != QLatin1String(store::HistoryRecord::StatusCreating) && !r.outputs.isEmpty())
                return r.id;
    }
    return {};
}

std::optional<store::HistoryRecord> row(const CliHarness &cli, const QString &key)
{
    store::HistoryStore history(cli.historyPath());
    if (!history.open()) return std::nullopt;
    return history.get(key);
}

} // namespace

// Two `sdanim` processes (think: the GUI and a CLI run) sharing one history database.
class TestTwoProcesses : public QObject
{
    Q_OBJECT
private slots:
    // Many processes that all find no database yet create it at the same moment: every one
    // succeeds and the file ends up with one schema at the latest version.
    void manyProcessesCreateTheDatabaseAtOnce()
    {
        for (int round = 0; round < 3; ++round) {
            CliHarness cli;
            constexpr int Processes = 6;
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < Processes; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->setProcessEnvironment(cli.environment());
            }
            for (auto &p : processes) p->start(cli.binary(), {"history"});
            for (auto &p : processes) {
                QVERIFY(p->waitForFinished(60000));
                const QString err = QString::fromLocal8Bit(p->readAllStandardError());
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: exit %2: %3").arg(round).arg(p->exitCode()).arg(err)));
                QVERIFY2(err.contains(QLatin1String("No predictions recorded yet.")), qPrintable(err));
            }
            store::HistoryStore history(cli.historyPath());
            QVERIFY2(history.open(), qPrintable(history.lastError()));
            QCOMPARE(history.schemaVersion(), store::HistoryMigrations::latestVersion());
            QCOMPARE(cli.historyRowCount(true), 0);
        }
    }

    // `sdanim run` on the offline emulator (its predictions die with the process) is running
    // while a second process starts and looks for runs to resume: the live run is someone
    // else's, so it is neither marked "interrupted" nor left with an error once it succeeds.
    void liveOfflineRunIsNotMarkedInterrupted()
    {
        CliHarness cli;
        const QStringList offline{"--backend", "emulator", "--time-scale", "0.3", "--out", cli.outDir()};
        QProcess run;
        cli.start(run, kSlowRun + offline);
        QVERIFY(run.waitForStarted());
        const QString id = waitForRunningRow(cli, run);
        QVERIFY2(!id.isEmpty(), run.readAllStandardError().constData());

        const auto second = cli.run(QStringList{"history", "--resume"} + offline);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(!second.err.contains(QLatin1String("interrupted")), qPrintable(second.err));
        QVERIFY2(run.state() == QProcess::Running, "the run ended before the second process looked at it");
        auto r = row(cli, id);
        QVERIFY(r);
        QVERIFY2(r->status != QLatin1String(store::HistoryRecord::StatusInterrupted), qPrintable(r->error));

        QVERIFY(run.waitForFinished(60000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        r = row(cli, id);
        QVERIFY(r);
        QCOMPARE(r->status, QStringLiteral("succeeded"));
        QCOMPARE(r->error, QString());
        QCOMPARE(cli.historyRowCount(true), 1);
    }

    // The same with a server that keeps its predictions: the second process must not follow
    // (and download) the run the first one is following, and a run whose process was killed
    // with -9 is resumed by the second one.
    void liveCloudRunIsFollowedOnceAndAKilledOneIsResumed()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.3"}));
        CliHarness cli;
        const QStringList cloud{"--base-url", emulator.apiBase.toString(), "--out", cli.outDir()};

        QProcess killed;
        cli.start(killed, kSlowRun + cloud, "test-token");
        QVERIFY(killed.waitForStarted());
        const QString orphan = waitForRunningRow(cli, killed);
        QVERIFY2(!orphan.isEmpty(), killed.readAllStandardError().constData());
        ::kill(pid_t(killed.processId()), SIGKILL);
        QVERIFY(killed.waitForFinished(5000));

        QProcess live;
        cli.start(live, kSlowRun + cloud, "test-token");
        QVERIFY(live.waitForStarted());
        QString alive;
        QElapsedTimer timer;
        timer.start();
        while (alive.isEmpty() && timer.elapsed() < 120000 && live.state() == QProcess::Running) {
            QTest::qWait(100);
            store::HistoryStore history(cli.historyPath());
            if (!history.open()) continue;
            for (const store::HistoryRecord &r : history.nonTerminal())
                if (r.id != orphan && !r.id.isEmpty() && !r.outputs.isEmpty()) alive = r.id;
        }
        QVERIFY2(!alive.isEmpty(), live.readAllStandardError().constData());

        const auto second = cli.run(QStringList{"history", "--resume"} + cloud, "test-token");
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("Resuming ") + orphan), qPrintable(second.err));
        QVERIFY2(!second.err.contains(QLatin1String("Resuming ") + alive), qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("Resumed 1 prediction")), qPrintable(second.err));
        QCOMPARE(row(cli, orphan)->status, QStringLiteral("succeeded"));

        QVERIFY(live.waitForFinished(60000));
        QVERIFY2(live.exitCode() == 0, live.readAllStandardError().constData());
        const auto r = row(cli, alive);
        QVERIFY(r);
        QCOMPARE(r->status, QStringLiteral("succeeded"));
        QCOMPARE(r->error, QString());
        // Every file once, at its index: nobody else downloaded them beside it.
        QCOMPARE(r->outputs.size(), 13);
        QSet<QString> paths;
        for (const store::OutputFile &f : r->outputs) paths.insert(QFileInfo(f.path).fileName());
        QCOMPARE(paths.size(), 13);
        QCOMPARE(cli.historyRowCount(true), 2);
    }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_two_processes.moc"
