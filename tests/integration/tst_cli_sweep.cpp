#include "store/HistoryStore.h"
#include "store/SweepStore.h"
#include "support/CliHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <csignal>

using namespace sdanim;
using sdanim::testing::CliHarness;
using sdanim::testing::EmulatorProcess;

namespace {

const QStringList kSmallRun{"--prompt-start", "a lighthouse", "--prompt-end", "a storm", "--num-animation-frames", "3",
                            "--num-interpolation-steps", "2", "--width", "128", "--height", "128", "--time-scale", "0.01"};

QStringList tableRows(const QString &out)
{
    QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!rows.isEmpty()) rows.removeFirst();   // the header
    return rows;
}

} // namespace

class TestCliSweep : public QObject
{
    Q_OBJECT
private slots:
    void dryRunPrintsTheGridAndTheEstimate()
    {
        CliHarness cli;
        const QStringList args = QStringList{"sweep", "--dry-run", "--vary", "seed=1,2,3", "--vary", "guidance_scale=5:9:4"} + kSmallRun;
        auto r = cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.first() == QStringLiteral("Sweep: 6 runs, 2 rows × 3 columns"), qPrintable(r.out));
        QVERIFY2(lines.contains(QLatin1String("                  seed=1  seed=2  seed=3")), qPrintable(r.out));
        QVERIFY2(lines.contains(QLatin1String("guidance_scale=5  #1      #2      #3")), qPrintable(r.out));
        QVERIFY2(lines.contains(QLatin1String("guidance_scale=9  #4      #5      #6")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\n  #5  seed=2, guidance_scale=9  ≈ \\d+ s .* · \\$0\\.\\d+"))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\nEstimate: 6 runs · compute ≈ .* · \\$0\\.\\d+ .*documented A100 defaults"))),
                 qPrintable(r.out));
        // Nothing ran, and no history was created for it.
        QVERIFY(!QFile::exists(cli.historyPath()));

        r = cli.run(args + QStringList{"--json", "--concurrency", "3", "--budget", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("dry_run").toBool(), true);
        QCOMPARE(o.value("runs").toInt(), 6);
        QCOMPARE(o.value("rows").toInt(), 2);
        QCOMPARE(o.value("columns").toInt(), 3);
        QCOMPARE(o.value("row_labels").toArray().at(1).toString(), QStringLiteral("guidance_scale=9"));
        const QJsonArray cells = o.value("cells").toArray();
        QCOMPARE(cells.size(), 6);
        const QJsonObject fifth = cells.at(4).toObject();
        QCOMPARE(fifth.value("row").toInt(), 1);
        QCOMPARE(fifth.value("column").toInt(), 1);
        QCOMPARE(fifth.value("input").toObject().value("seed").toInt(), 2);
        QCOMPARE(fifth.value("input").toObject().value("guidance_scale").toDouble(), 9.0);
        QCOMPARE(fifth.value("input").toObject().value("width").toInt(), 128);
        double sum = 0;
        for (const QJsonValue &c : cells) sum += c.toObject().value("estimate").toObject().value("usd").toDouble();
        const QJsonObject estimate = o.value("estimate").toObject();
        QVERIFY(sum > 0);
        QVERIFY(qFuzzyCompare(estimate.value("usd").toDouble(), sum));
        QCOMPARE(estimate.value("concurrency").toInt(), 3);
        QVERIFY(estimate.value("wall_seconds").toDouble() < estimate.value("seconds").toDouble());
        QCOMPARE(o.value("budget").toObject().value("runs_within").toInt(), 6);
    }

    void sweepRunsEveryCellAndRecordsTheSweep()
    {
        CliHarness cli;
        const auto r = cli.run(QStringList{"sweep", "--vary", "seed=11,12,13", "--vary", "guidance_scale=5,9", "--concurrency", "3",
                                           "--out", cli.outDir()} + kSmallRun);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("OFFLINE PREVIEWS")), qPrintable(r.err));
        const QStringList rows = tableRows(r.out);
        QCOMPARE(rows.size(), 6);
        QVERIFY2(r.out.startsWith(QLatin1String("#  COLUMN   ROW               STATUS     SEED  TIME")), qPrintable(r.out));
        QStringList files;
        for (int i = 0; i < 6; ++i) {
            const QStringList fields = rows.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(fields.at(0), QString::number(i + 1));
            QCOMPARE(fields.at(1), QStringLiteral("seed=%1").arg(11 + i % 3));
            QCOMPARE(fields.at(2), i < 3 ? QStringLiteral("guidance_scale=5") : QStringLiteral("guidance_scale=9"));
            QCOMPARE(fields.at(3), QStringLiteral("succeeded"));
            QCOMPARE(fields.at(4), QString::number(11 + i % 3));
            QVERIFY2(QFile::exists(fields.last()) && fields.last().endsWith(QLatin1String(".gif")), qPrintable(rows.at(i)));
            files << fields.last();
        }
        QCOMPARE(QSet<QString>(files.begin(), files.end()).size(), 6);

        // The history has the sweep, its six predictions, each linked to its cell.
        store::HistoryStore history(cli.historyPath());
        QVERIFY(history.open());
        store::HistoryQuery all;
        all.limit = 0;
        QCOMPARE(history.count(all), 6);
        store::SweepStore sweeps(history);
        const QList<store::SweepRecord> listed = sweeps.list();
        QCOMPARE(listed.size(), 1);
        const auto sweep = sweeps.get(listed.first().id);
        QVERIFY(sweep);
        QCOMPARE(sweep->rows, 2);
        QCOMPARE(sweep->columns, 3);
        QCOMPARE(sweep->baseInput.value("prompt_start").toString(), QStringLiteral("a lighthouse"));
        QCOMPARE(sweep->spec.value("columns").toObject().value("name").toString(), QStringLiteral("seed"));
        QCOMPARE(sweep->cells.size(), 6);
        for (const store::SweepRecord::Cell &cell : sweep->cells) {
            QCOMPARE(cell.record.status, QStringLiteral("succeeded"));
            QCOMPARE(cell.record.input.value("seed").toInt(), 11 + cell.column);
            QCOMPARE(cell.record.input.value("guidance_scale").toDouble(), cell.row == 0 ? 5.0 : 9.0);
            QCOMPARE(cell.record.outputs.size(), 1);
            QCOMPARE(cell.record.outputs.first().path, files.at(cell.row * 3 + cell.column));
        }
    }

    // Against a separate emulator that runs only two at a time: the third of the sweep's three waits
    // in starting (back-pressure), and the sweep still ends with every cell done.
    void sweepAgainstAnEmulatorWithFewerSlots()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01", "--max-running", "2"}));
        CliHarness cli;
        const auto r = cli.run(QStringList{"sweep", "--vary", "seed=1,2,3", "--vary", "prompt_strength=0.5,0.9", "--concurrency", "3",
                                           "--base-url", emulator.apiBase.toString(), "--out", cli.outDir(), "--json"} + kSmallRun,
                               "any-token");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("OFFLINE")), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("cells").toArray().size(), 6);
        for (const QJsonValue &c : o.value("cells").toArray()) {
            QCOMPARE(c.toObject().value("status").toString(), QStringLiteral("succeeded"));
            QCOMPARE(c.toObject().value("local_files").toArray().size(), 1);
        }
        store::HistoryStore history(cli.historyPath());
        QVERIFY(history.open());
        const auto sweep = store::SweepStore(history).get(o.value("sweep_id").toInteger());
        QVERIFY(sweep);
        QCOMPARE(sweep->cells.size(), 6);
        for (const auto &cell : sweep->cells) QCOMPARE(cell.record.backend, QStringLiteral("cloud"));
    }

    void budgetStopsStartingRuns()
    {
        CliHarness cli;
        const QStringList args = QStringList{"sweep", "--vary", "seed=1:5", "--out", cli.outDir()} + kSmallRun;
        const auto plan = cli.run(args + QStringList{"--dry-run", "--json"});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        const double perRun = QJsonDocument::fromJson(plan.out.toUtf8()).object().value("cells").toArray().first()
                                  .toObject().value("estimate").toObject().value("usd").toDouble();
        QVERIFY(perRun > 0);
        // Room for two and a half runs: the third would exceed it. One at a time, so the first two
        // have finished when the third is due: what they cost counts, not only what runs.
        const QString budget = QString::number(2.5 * perRun, 'g', 10);
        const auto r = cli.run(args + QStringList{"--budget", budget, "--concurrency", "1", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Budget reached: run 3 of 5 (seed=3) was not started")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("3 runs skipped")), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList statuses;
        for (const QJsonValue &c : o.value("cells").toArray()) statuses << c.toObject().value("status").toString();
        QCOMPARE(statuses, (QStringList{"succeeded", "succeeded", "skipped", "skipped", "skipped"}));
        QCOMPARE(o.value("budget").toObject().value("stopped").toBool(), true);
        QVERIFY(o.value("budget").toObject().value("message").toString().startsWith(QLatin1String("Budget reached")));
        QVERIFY(o.value("sweep_id").toInteger() > 0);
        QCOMPARE(cli.historyRowCount(), 2);
        // The dry run says the same before anything runs.
        const auto dry = cli.run(args + QStringList{"--dry-run", "--budget", budget});
        QVERIFY2(dry.out.contains(QStringLiteral("starts the first 2 of 5 runs")), qPrintable(dry.out));
    }

    void badSweepsExitWithUsageCode_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("above maximum") << QStringList{"--vary", "guidance_scale=5,25"}
                                       << "--vary guidance_scale: value 25: Must be less than or equal to 20";
        QTest::newRow("below minimum") << QStringList{"--vary", "num_animation_frames=1:3"}
                                       << "--vary num_animation_frames: value 1: Must be greater than or equal to 2";
        QTest::newRow("not a number") << QStringList{"--vary", "seed=1,x"} << "--vary seed: expected a whole number, got \"x\"";
        QTest::newRow("unknown input") << QStringList{"--vary", "colour=red"} << "--vary colour: the model has no such input";
        QTest::newRow("zero step") << QStringList{"--vary", "guidance_scale=5:9:0"} << "must be non-zero";
        QTest::newRow("same input twice") << QStringList{"--vary", "seed=1,2", "--vary", "seed=3"} << "both change seed";
        QTest::newRow("no --vary") << QStringList{} << "A sweep needs --vary NAME=VALUES";
        QTest::newRow("concurrency") << QStringList{"--vary", "seed=1,2", "--concurrency", "0"}
                                     << "--concurrency: expected a whole number from 1 to 16, got \"0\"";
        QTest::newRow("budget") << QStringList{"--vary", "seed=1,2", "--budget", "-1"} << "--budget: expected an amount";
        QTest::newRow("bad base input") << QStringList{"--vary", "seed=1,2", "--gif-frames-per-second", "99"}
                                        << "--gif-frames-per-second: Must be less than or equal to 50";
    }
    void badSweepsExitWithUsageCode()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        CliHarness cli;
        for (const bool dry : {true, false}) {
            const auto r = cli.run(QStringList{"sweep"} + kSmallRun + options + (dry ? QStringList{"--dry-run"} : QStringList{}));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        }
        QCOMPARE(cli.historyRowCount(), 0);
    }

    void aLargeSweepAsksFirst()
    {
        CliHarness cli;
        // 13 runs: above the default threshold of 12. The test's stdin is no terminal, so it refuses.
        const QStringList args = QStringList{"sweep", "--vary", "seed=1:13", "--out", cli.outDir()} + kSmallRun;
        auto r = cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("This sweep has 13 runs")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Pass --yes to start it anyway")), qPrintable(r.err));
        QCOMPARE(cli.historyRowCount(), 0);
        // A dry run never asks; --yes starts it.
        QCOMPARE(cli.run(args + QStringList{"--dry-run"}).exitCode, 0);
        r = cli.run(args + QStringList{"--yes", "--concurrency", "4"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(tableRows(r.out).size(), 13);
        QCOMPARE(cli.historyRowCount(), 13);
    }

    // Ctrl+C cancels the running predictions first, starts no more, prints the table and exits 130.
    void sigintCancelsTheRunningAndSkipsTheRest()
    {
        CliHarness cli;
        QProcess process;
        cli.start(process, QStringList{"sweep", "--prompt-start", "slow", "--prompt-end", "run", "--vary", "seed=1:4", "--concurrency", "2",
                                       "--time-scale", "1", "--num-animation-frames", "20", "--out", cli.outDir()});
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (err.count(QLatin1String("created")) < 2 && timer.elapsed() < 120000) {
            process.waitForReadyRead(200);
            err += QString::fromLocal8Bit(process.readAllStandardError());
        }
        QVERIFY2(err.count(QLatin1String("created")) == 2, qPrintable(err));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        err += QString::fromLocal8Bit(process.readAllStandardError());
        const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(err.contains(QLatin1String("canceling the running predictions")), qPrintable(err));
        const QStringList rows = tableRows(out);
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows.at(0).contains(QLatin1String(" canceled ")) && rows.at(1).contains(QLatin1String(" canceled ")), qPrintable(out));
        QVERIFY2(rows.at(2).contains(QLatin1String(" skipped ")) && rows.at(3).contains(QLatin1String(" skipped ")), qPrintable(out));
        QCOMPARE(cli.historyRowCount(), 2);
    }

    void helpListsTheSweepOptions()
    {
        CliHarness cli;
        const auto r = cli.run({"sweep", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--vary", "--concurrency", "--budget", "--dry-run", "--yes", "--json", "--guidance-scale"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY(cli.run({"--help"}).out.contains(QLatin1String("  sweep ")));
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_cli_sweep.moc"
