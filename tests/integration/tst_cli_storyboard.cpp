// `sdanim storyboard FILE.json`: the estimate first, a bad project exits 2 with the reason, a run
// against a separate emulator stitches the parts and writes what ran back into the project, and
// --rerun K sends exactly one create.
#include "storyboard/Storyboard.h"
#include "support/CliHarness.h"
#include "support/EmulatorHarness.h"
#include "support/VideoProbe.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace sdanim;
using sdanim::testing::CliHarness;
using sdanim::testing::EmulatorProcess;

namespace {

// Parts of 7, 17 and 5 frames with crossfades of 2 and 3: 24 frames.
QByteArray projectJson()
{
    return R"({
  "format": "sdanim-storyboard",
  "version": 1,
  "prompts": ["a lighthouse at dusk", "a storm over the sea", "a calm harbour", "sunrise"],
  "transitions": [
    {"animation_frames": 4, "interpolation_steps": 2, "crossfade_frames": 2},
    {"animation_frames": 5, "interpolation_steps": 3, "crossfade_frames": 3},
    {"animation_frames": 3, "interpolation_steps": 2}
  ],
  "seed": 1234, "width": 128, "height": 128, "num_inference_steps": 10, "fps": 10, "output_format": "gif"
})";
}

QString writeProject(const CliHarness &cli, const QByteArray &json)
{
    const QString path = cli.home.filePath(QStringLiteral("story.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(json);
    return path;
}

} // namespace

class TestCliStoryboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe is not installed (scripts/setup.sh installs ffmpeg)");
    }

    void dryRunPrintsTheEstimateAndRunsNothing()
    {
        CliHarness cli;
        const QString project = writeProject(cli, projectJson());
        const auto r = cli.run({"storyboard", project, "--dry-run"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("Storyboard: 3 transitions, 24 frames (2.4 s)\nwhole storyboard: 3 runs · compute ≈ ")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("#2 \"a storm over the sea\" → \"a calm harbour\": 17 frames from frame 5, crossfade of 3 frames into the next · runs")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Stitched file: ") + cli.home.filePath("story.gif")), qPrintable(r.out));
        QVERIFY(!QFile::exists(cli.historyPath()));
        QVERIFY(!QFile::exists(cli.home.filePath("story.gif")));
    }

    void badProjectsAndOptionsExitTwo()
    {
        CliHarness cli;
        auto r = cli.run({"storyboard"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Which storyboard?")), qPrintable(r.err));
        r = cli.run({"storyboard", cli.home.filePath("missing.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be opened")), qPrintable(r.err));
        QByteArray bad = projectJson();
        bad.replace("\"animation_frames\": 5", "\"animation_frames\": 99");
        r = cli.run({"storyboard", writeProject(cli, bad)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a usable storyboard:\nTransition 2 (prompt 2 → 3): num_animation_frames: ")), qPrintable(r.err));
        r = cli.run({"storyboard", writeProject(cli, "{ not json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not valid JSON")), qPrintable(r.err));
        r = cli.run({"storyboard", writeProject(cli, projectJson()), "--rerun", "4"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--rerun: expected a transition from 1 to 3, got \"4\"")), qPrintable(r.err));
        QVERIFY(!QFile::exists(cli.historyPath()));
    }

    void runsStitchesAndReRunsOneTransition()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01"}));
        CliHarness cli;
        const QString project = writeProject(cli, projectJson());
        const QString out = cli.home.filePath("film.gif");
        const QStringList args{"storyboard", project, "--base-url", emulator.apiBase.toString(), "--out", out};
        auto r = cli.run(args, "any-token", 400000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);
        QVERIFY2(r.err.contains(QStringLiteral("Stitched 24 frames; the transitions start at frames 0, 5, 19.")), qPrintable(r.err));
        QCOMPARE(testing::probedFrameCount(out), 24);
        QCOMPARE(testing::countEmulatorRequests(emulator.control, "POST", "/v1/predictions"), 3);
        QStringList errors;
        const auto first = storyboard::Storyboard::load(project, &errors);
        QVERIFY2(first, qPrintable(errors.join('\n')));
        QCOMPARE(first->pendingTransitions(), QList<int>{});
        QCOMPARE(first->stitchedFile, out);
        QCOMPARE(first->boundaryFrames, (QList<int>{0, 5, 19}));
        QCOMPARE(cli.historyRowCount(), 3);

        QList<QDateTime> mtimes;
        for (const auto &t : first->transitions) mtimes << QFileInfo(t.outputFile).lastModified();
        r = cli.run(QStringList{"storyboard", project, "--base-url", emulator.apiBase.toString(), "--rerun", "2"}, "any-token", 400000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);   // the project's last stitched file
        QCOMPARE(testing::countEmulatorRequests(emulator.control, "POST", "/v1/predictions"), 4);
        const auto second = storyboard::Storyboard::load(project, &errors);
        QVERIFY(second);
        for (int i : {0, 2}) {
            QCOMPARE(second->transitions.at(i).predictionId, first->transitions.at(i).predictionId);
            QCOMPARE(QFileInfo(second->transitions.at(i).outputFile).lastModified(), mtimes.at(i));
        }
        QVERIFY(second->transitions.at(1).predictionId != first->transitions.at(1).predictionId);
        QCOMPARE(testing::probedFrameCount(out), 24);

        // Up to date: nothing is created, the file is only stitched again.
        r = cli.run(QStringList{"storyboard", project, "--base-url", emulator.apiBase.toString()}, "any-token", 400000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("to run now: nothing")), qPrintable(r.err));
        QCOMPARE(testing::countEmulatorRequests(emulator.control, "POST", "/v1/predictions"), 4);
    }
};

QTEST_MAIN(TestCliStoryboard)
#include "tst_cli_storyboard.moc"
