#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "support/CliHarness.h"

#include <QDirIterator>
#include <QtTest>

#include <csignal>

using namespace sdanim;
using sdanim::testing::CliHarness;
using sdanim::testing::EmulatorProcess;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestKillResume : public QObject
{
    Q_OBJECT
private slots:
    // kill -9 of `sdanim run` mid-prediction loses nothing: the row is on disk, and
    // `sdanim history --resume` follows the prediction to its end, downloading its files.
    void killedRunIsResumedToTheEnd()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.3"}));
        CliHarness cli;
        const QStringList common{"--base-url", emulator.apiBase.toString(), "--out", cli.outDir()};
        QProcess run;
        cli.start(run, QStringList{"run", "--prompt-start", "a lighthouse", "--prompt-end", "a storm",
                                   "--num-animation-frames", "12", "--num-interpolation-steps", "2",
                                   "--width", "128", "--height", "128", "--intermediate-output", "true"} + common,
                  "test-token");
        QVERIFY(run.waitForStarted());

        QString id;
        QElapsedTimer timer;
        timer.start();
        while (id.isEmpty() && timer.elapsed() < 120000 && run.state() == QProcess::Running) {
            QTest::qWait(100);
            if (!QFile::exists(cli.historyPath())) continue;
            store::HistoryStore history(cli.historyPath());
            if (!history.open()) continue;
            // Mid-prediction: created on the server, running, some intermediate frames already saved.
            for (const store::HistoryRecord &r : history.nonTerminal())
                if (!r.id.isEmpty() && r.outputs.size() >= 2) id = r.id;
        }
        QVERIFY2(!id.isEmpty(), run.readAllStandardError().constData());
        ::kill(pid_t(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(5000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
        {
            store::HistoryStore history(cli.historyPath());
            QVERIFY(history.open());
            const auto r = history.get(id);
            QVERIFY(r);
            QVERIFY2(!r->isTerminal(), qPrintable(r->status));
        }

        const auto resumed = cli.run(QStringList{"history", "--resume"} + common, "test-token");
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(QLatin1String("Resuming ") + id), qPrintable(resumed.err));
        QVERIFY2(resumed.out.contains(id), qPrintable(resumed.out));   // the history listing that follows

        store::HistoryStore history(cli.historyPath());
        QVERIFY(history.open());
        store::HistoryQuery all;
        all.includeDeleted = true;
        all.limit = 0;
        QCOMPARE(history.count(all), 1);          // exactly one row, no duplicate from the resume
        const auto r = history.get(id);
        QVERIFY(r);
        QCOMPARE(r->status, QStringLiteral("succeeded"));
        QVERIFY(r->predictTime > 0);
        // Intermediate PNGs (1 + 11) and the GIF, all on disk with sidecars.
        QCOMPARE(r->outputs.size(), 13);
        for (const store::OutputFile &f : r->outputs) {
            QVERIFY2(QFileInfo(f.path).size() > 0, qPrintable(f.path));
            const auto sidecar = store::Sidecar::read(f.path);
            QVERIFY2(sidecar && sidecar->predictionId == id, qPrintable(f.path));
            QCOMPARE(sidecar->outputIndex, f.index);
        }
        QVERIFY(r->outputs.last().path.endsWith(QLatin1String(".gif")));

        // Nothing left to resume.
        const auto again = cli.run(QStringList{"history", "--resume"} + common, "test-token");
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QLatin1String("Resumed 0 prediction")), qPrintable(again.err));
    }

    // With REPLICATE_API_TOKEN set to a unique marker against an emulator that requires it, the
    // marker never reaches the history database, presets, sidecars, stdout or stderr.
    void tokenNeverLeaksIntoStoresOrOutput()
    {
        const QByteArray marker = "r8_LeakMarker" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01", "--token", QString::fromLatin1(marker)}));
        CliHarness cli;
        const QStringList common{"--base-url", emulator.apiBase.toString(), "--out", cli.outDir()};
        QByteArray console;
        auto r = cli.run(QStringList{"run", "--prompt-start", "a", "--prompt-end", "b", "--num-animation-frames", "3",
                                     "--num-interpolation-steps", "1", "--width", "128", "--height", "128",
                                     "--intermediate-output", "true"} + common, marker);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        console += r.out.toUtf8() + r.err.toUtf8();
        r = cli.run(QStringList{"run", "--json", "--prompt-start", "nsfw", "--prompt-end", "b"} + common, marker);
        QCOMPARE(r.exitCode, 4);
        console += r.out.toUtf8() + r.err.toUtf8();
        r = cli.run(QStringList{"history", "--json", "--import"} + common, marker);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        console += r.out.toUtf8() + r.err.toUtf8();
        r = cli.run({"presets", "save", "Mine", "--width", "256"}, marker);
        QCOMPARE(r.exitCode, 0);
        console += r.out.toUtf8() + r.err.toUtf8();
        // A wrong token is reported without echoing it.
        r = cli.run(QStringList{"run", "--prompt-start", "a", "--prompt-end", "b"} + common, marker + "x");
        QCOMPARE(r.exitCode, 3);
        console += r.out.toUtf8() + r.err.toUtf8();

        QVERIFY(!console.contains(marker));
        int files = 0;
        for (const QString &root : {cli.dataDir(), cli.outDir()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++files;
                QVERIFY2(!readAll(path).contains(marker), qPrintable(path));
            }
        }
        QVERIFY(QFile::exists(cli.historyPath()));
        QVERIFY(QDir(cli.presetsDir()).entryList(QDir::Files).size() == 1);
        QVERIFY(files >= 8);   // database (+ WAL), preset, outputs and their sidecars
    }
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_kill_resume.moc"
