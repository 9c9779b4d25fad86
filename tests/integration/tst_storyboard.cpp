// A storyboard against the in-process emulator: one prediction per transition, stitched into one
// file whose frame count is the sum of the parts minus the crossfades; a re-run of one transition
// sends one create and leaves the other runs' files alone.
#include "api/ReplicateBackend.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "storyboard/Storyboard.h"
#include "storyboard/StoryboardEstimate.h"
#include "storyboard/StoryboardRunner.h"
#include "storyboard/StoryboardStitcher.h"
#include "support/EmulatorHarness.h"
#include "support/VideoProbe.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QtTest>

using namespace sdanim;
using storyboard::Storyboard;
using storyboard::StoryboardRunner;
using storyboard::StoryboardStitcher;

namespace {

// Parts of 7, 17 and 5 frames (spec §9.4: (F − 1) · 2^r + 1) with crossfades of 2 and 3.
Storyboard threeTransitions(const QString &format)
{
    Storyboard s;
    s.prompts = QStringList{"a lighthouse", "a storm at sea", "a calm harbour", "a sunrise"};
    s.fitTransitions();
    s.transitions[0].animationFrames = 4;
    s.transitions[0].interpolationSteps = 2;
    s.transitions[0].crossfadeFrames = 2;
    s.transitions[1].animationFrames = 5;
    s.transitions[1].interpolationSteps = 3;
    s.transitions[1].crossfadeFrames = 3;
    s.transitions[2].animationFrames = 3;
    s.transitions[2].interpolationSteps = 2;
    s.seed = 1234;
    s.width = 128;
    s.height = 128;
    s.inferenceSteps = 10;
    s.fps = 10;
    s.outputFormat = format;
    return s;
}

api::JobOptions quickOptions(const QString &out)
{
    api::JobOptions o;
    o.outputDirectory = out;
    o.pollIntervalMs = 40;
    o.maxPollIntervalMs = 200;
    return o;
}

struct Rig
{
    QTemporaryDir dir;
    testing::EmulatorHarness emu{0.01};
    store::AsyncHistoryStore history{dir.filePath("history.sqlite")};
    store::HistoryRecorder recorder{&history};
    std::unique_ptr<api::ReplicateBackend> backend;

    Rig()
    {
        backend = std::make_unique<api::ReplicateBackend>(emu.apiBase(), emu.token(), quickOptions(dir.filePath("out")));
        history.open().waitForFinished();
    }
    int creates() { return emu.countRequests("POST", "/v1/predictions"); }

    // Runs what the storyboard needs (plus `forced`) to its end; the storyboard with the results.
    Storyboard run(const Storyboard &s, const QList<int> &forced, QList<int> *started)
    {
        StoryboardRunner runner(backend.get());
        runner.setHistory(&recorder, store::BackendIdentity{"emulator", emu.apiBase().toString(), true});
        QSignalSpy done(&runner, &StoryboardRunner::finished);
        runner.start(s, forced);
        if (!done.wait(120000)) qWarning("the storyboard did not finish");
        if (!done.isEmpty() && !done.first().first().toBool()) qWarning("%s", qPrintable(runner.errors().join('\n')));
        *started = runner.started();
        return runner.storyboard();
    }

    StoryboardStitcher::Result stitch(const Storyboard &s, const QString &path)
    {
        StoryboardStitcher stitcher;
        QSignalSpy done(&stitcher, &StoryboardStitcher::finished);
        stitcher.start(StoryboardStitcher::inputOf(s), path);
        if (!done.wait(120000)) qWarning("the stitch did not finish");
        return stitcher.result();
    }
};

} // namespace

class TestStoryboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe is not installed (scripts/setup.sh installs ffmpeg)");
    }

    void planCountsTheFramesFromTheModelsArithmetic()
    {
        const Storyboard s = threeTransitions("gif");
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join('\n')));
        QCOMPARE(s.partFrames(0), 7);
        QCOMPARE(s.partFrames(1), 17);
        QCOMPARE(s.partFrames(2), 5);
        QCOMPARE(s.stitchedFrames(), 7 + 17 + 5 - 2 - 3);
        QCOMPARE(s.plannedBoundaries(), (QList<int>{0, 5, 19}));
        const auto estimate = storyboard::StoryboardEstimate::of(s, s.pendingTransitions(), model::RunEstimator(), 0.00115, false);
        QCOMPARE(estimate.whole.runs.size(), 3);
        QVERIFY(estimate.whole.total.seconds > 0);
        QVERIFY(estimate.whole.total.usd > 0);
        QVERIFY2(estimate.describe().contains(QStringLiteral("3 transition")), qPrintable(estimate.describe()));
    }

    void threeTransitionsStitchAndOneReRunsAlone_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gif") << QStringLiteral("gif");
        QTest::newRow("mp4") << QStringLiteral("mp4");
    }

    void threeTransitionsStitchAndOneReRunsAlone()
    {
        QFETCH(QString, format);
        Rig rig;
        QVERIFY(rig.emu.started());
        QList<int> started;
        Storyboard s = rig.run(threeTransitions(format), {}, &started);
        QCOMPARE(started, (QList<int>{0, 1, 2}));
        QCOMPARE(rig.creates(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(QFileInfo(s.transitions.at(i).outputFile).isFile(), qPrintable(s.transitions.at(i).outputFile));
            QVERIFY(!s.transitions.at(i).predictionId.isEmpty());
            QVERIFY(!s.needsRun(i));
            QCOMPARE(testing::probedFrameCount(s.transitions.at(i).outputFile), s.partFrames(i));
        }

        const QString out = rig.dir.filePath("story." + format);
        StoryboardStitcher::Result stitched = rig.stitch(s, out);
        QCOMPARE(stitched.error, QString());
        QVERIFY(!QFileInfo::exists(out + ".part"));
        const int expected = 7 + 17 + 5 - 2 - 3;
        QCOMPARE(stitched.frames, expected);
        QCOMPARE(testing::probedFrameCount(out), expected);
        QCOMPARE(testing::probeVideo(out).value("width").toInt(), 128);
        QCOMPARE(stitched.transitionStarts, s.plannedBoundaries());

        // Nothing changed: nothing runs.
        Storyboard again = rig.run(s, {}, &started);
        QVERIFY(started.isEmpty());
        QCOMPARE(rig.creates(), 3);

        // Re-running the middle transition: one new create, the other two files untouched.
        QList<QDateTime> mtimes;
        for (int i = 0; i < 3; ++i) mtimes << QFileInfo(s.transitions.at(i).outputFile).lastModified();
        const QDateTime stitchedTime = QFileInfo(out).lastModified();
        Storyboard rerun = rig.run(s, {1}, &started);
        QCOMPARE(started, QList<int>{1});
        QCOMPARE(rig.creates(), 4);
        for (int i : {0, 2}) {
            QCOMPARE(rerun.transitions.at(i).outputFile, s.transitions.at(i).outputFile);
            QCOMPARE(rerun.transitions.at(i).predictionId, s.transitions.at(i).predictionId);
            QCOMPARE(QFileInfo(rerun.transitions.at(i).outputFile).lastModified(), mtimes.at(i));
        }
        QVERIFY(rerun.transitions.at(1).predictionId != s.transitions.at(1).predictionId);
        QVERIFY(QFileInfo(rerun.transitions.at(1).outputFile).isFile());
        QTest::qWait(1100);   // so the re-stitched file's mtime can differ at one-second resolution
        stitched = rig.stitch(rerun, out);
        QCOMPARE(stitched.error, QString());
        QCOMPARE(testing::probedFrameCount(out), expected);
        QVERIFY(QFileInfo(out).lastModified() > stitchedTime);

        // A changed transition runs again by itself, and the project file keeps what ran.
        rerun.transitions[2].animationFrames = 4;
        QCOMPARE(rerun.pendingTransitions(), QList<int>{2});
        const QString project = rig.dir.filePath("story.json");
        QString error;
        QVERIFY2(rerun.save(project, &error), qPrintable(error));
        QStringList errors;
        const auto loaded = Storyboard::load(project, &errors);
        QVERIFY2(loaded, qPrintable(errors.join('\n')));
        QCOMPARE(loaded->pendingTransitions(), QList<int>{2});
        QCOMPARE(loaded->transitions.at(1).predictionId, rerun.transitions.at(1).predictionId);
    }

    // Cancel right after the start: the transitions not run yet are skipped, the runner says so,
    // and nothing is recorded for them (the next run starts them again).
    void cancelledRunKeepsWhatFinishedOnly()
    {
        Rig rig;
        QVERIFY(rig.emu.started());
        StoryboardRunner runner(rig.backend.get());
        runner.setHistory(&rig.recorder, store::BackendIdentity{"emulator", rig.emu.apiBase().toString(), true});
        QSignalSpy done(&runner, &StoryboardRunner::finished);
        runner.start(threeTransitions("gif"));
        runner.cancel();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!runner.complete());
        QVERIFY2(runner.errors().contains(QStringLiteral("Transition 3: not run")), qPrintable(runner.errors().join('\n')));
        for (int i : {1, 2}) {
            QVERIFY(runner.storyboard().transitions.at(i).outputFile.isEmpty());
            QVERIFY(runner.storyboard().needsRun(i));
        }
        QVERIFY(rig.creates() <= 1);
        QVERIFY(runner.storyboard().pendingTransitions().contains(1));
    }

    void cancelledStitchLeavesNoFile()
    {
        Rig rig;
        QVERIFY(rig.emu.started());
        QList<int> started;
        const Storyboard s = rig.run(threeTransitions("gif"), {}, &started);
        const QString out = rig.dir.filePath("canceled.gif");
        StoryboardStitcher stitcher;
        QSignalSpy done(&stitcher, &StoryboardStitcher::finished);
        stitcher.start(StoryboardStitcher::inputOf(s), out);
        stitcher.cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(!done.first().at(1).toString().isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + ".part"));
    }
};

QTEST_MAIN(TestStoryboard)
#include "tst_storyboard.moc"
