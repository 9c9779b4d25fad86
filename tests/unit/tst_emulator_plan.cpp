// The emulator's model of predict() (spec §9) and its header grammars, without any server.
#include "emulator/HeaderParsers.h"
#include "emulator/ModelRunPlan.h"

#include <QJsonObject>
#include <QTest>

using namespace sdanim::emulator;

class TestEmulatorPlan : public QObject
{
    Q_OBJECT

private slots:
    void initialLatentSteps_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("strength");
        QTest::addColumn<int>("expected");
        QTest::newRow("defaults 50×0.2 = 9.999…") << 50 << 0.8 << 9;
        QTest::newRow("30×0.1 = 2.999…") << 30 << 0.9 << 2;
        QTest::newRow("10×0.3 = 3.000…4") << 10 << 0.7 << 3;
        QTest::newRow("25×0.4 = 10") << 25 << 0.6 << 10;
        QTest::newRow("strength 1") << 50 << 1.0 << 0;
        QTest::newRow("strength above 1 truncates toward zero") << 10 << 1.15 << -1;
    }
    void initialLatentSteps()
    {
        QFETCH(int, steps);
        QFETCH(double, strength);
        QFETCH(int, expected);
        QCOMPARE(ModelRunPlan::initialLatentSteps(steps, strength), expected);
    }

    void keyframePrompts()
    {
        QCOMPARE(ModelRunPlan::keyframePrompts(QStringLiteral(" a "), QStringLiteral("  b | c|d  ")),
                 (QStringList{"a", "b", "c", "d"}));
        QCOMPARE(ModelRunPlan::keyframePrompts(QStringLiteral("a"), QStringLiteral("b")), (QStringList{"a", "b"}));
    }

    void nsfwWord()
    {
        QVERIFY(ModelRunPlan::mentionsNsfw({QStringLiteral("x"), QStringLiteral("very NSFW stuff")}));
        QVERIFY(ModelRunPlan::mentionsNsfw({QStringLiteral("nsfw")}));
        QVERIFY(!ModelRunPlan::mentionsNsfw({QStringLiteral("unsfwx"), QStringLiteral("safe")}));
    }

    void defaultPlanTiming()
    {
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"width", 512}, {"height", 512},
                        {"num_inference_steps", 50}, {"prompt_strength", 0.8}, {"num_animation_frames", 10},
                        {"num_interpolation_steps", 5}, {"film_interpolation", true}, {"output_format", "gif"}},
            123456);
        QCOMPARE(plan.seed, 123456 % 65536);
        QCOMPARE(plan.lines.first().text, QStringLiteral("Using seed: %1").arg(123456 % 65536));
        QCOMPARE(plan.lines.size(), 3 + 10 + 2);
        QCOMPARE(plan.outputs.size(), 1);
        QCOMPARE(plan.outputs.last().basename, QStringLiteral("video.gif"));
        // ≈ 51 s of predict() at time scale 1 (docs/emulator.md, "Timing model").
        QVERIFY(plan.endAt > 45 && plan.endAt < 60);
        for (int i = 1; i < plan.lines.size(); ++i)
            QVERIFY(plan.lines[i].at > plan.lines[i - 1].at);
        QVERIFY(plan.outputs.last().at > plan.lines.last().at);
    }

    void intermediateOutputsAndSegments()
    {
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b|c"}, {"width", 128}, {"height", 128},
                        {"num_animation_frames", 4}, {"num_interpolation_steps", 2}, {"gif_ping_pong", true},
                        {"intermediate_output", true}, {"output_format", "mp4"}, {"seed", 3}},
            0);
        QCOMPARE(plan.spec.keyframePrompts, (QStringList{"a", "b", "c"}));
        QStringList names;
        for (const auto &o : plan.outputs)
            names << o.basename;
        // 1 + segments × (frames − 1) PNGs with segments = 2 + 1, then the video.
        QCOMPARE(names.size(), 1 + 3 * 3 + 1);
        QCOMPARE(names.first(), QStringLiteral("output-0.png"));
        QCOMPARE(names.mid(1, 3), (QStringList{"output-1.png", "output-2.png", "output-3.png"}));
        QCOMPARE(names.last(), QStringLiteral("output.mp4"));
        QCOMPARE(plan.lines.last().text, QStringLiteral("Saving MP4"));
        QCOMPARE(plan.lines[3].text, QStringLiteral("Generating frame 0 of keyframe 0"));
        QCOMPARE(plan.lines[3 + 3 * 4 - 1].text, QStringLiteral("Generating frame 3 of keyframe 2"));
        // output-0.png is yielded when the keyframes are done, as the first frame starts.
        QCOMPARE(plan.outputs.first().at, plan.lines[3].at);
    }

    void nsfwPlanStopsAfterKeyframes()
    {
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b | NSFW c"}, {"intermediate_output", true}}, 0);
        QVERIFY(plan.fails);
        QCOMPARE(plan.error, QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
        QCOMPARE(plan.lines.last().text, QStringLiteral("Generating first and last keyframes"));
        QVERIFY(plan.outputs.isEmpty());
        QVERIFY(plan.failAt > plan.lines.last().at);
    }

    void waitPreference()
    {
        QCOMPARE(HeaderParsers::parseWait(QStringLiteral("wait"))->seconds, 60);
        QCOMPARE(HeaderParsers::parseWait(QStringLiteral("wait"))->applied, QStringLiteral("wait"));
        QCOMPARE(HeaderParsers::parseWait(QStringLiteral("wait=5"))->seconds, 5);
        QCOMPARE(HeaderParsers::parseWait(QStringLiteral("respond-async, wait=10"))->applied, QStringLiteral("wait=10"));
        QCOMPARE(HeaderParsers::parseWait(QStringLiteral("wait=99"))->seconds, 60);
        QVERIFY(!HeaderParsers::parseWait(QStringLiteral("wait=0")));
        QVERIFY(!HeaderParsers::parseWait(QStringLiteral("wait=100")));
        QVERIFY(!HeaderParsers::parseWait(QStringLiteral("wait=05")));
        QVERIFY(!HeaderParsers::parseWait(QString()));
    }

    void cancelAfterDurations()
    {
        QCOMPARE(*HeaderParsers::parseDuration(QStringLiteral("30")), 30);
        QCOMPARE(*HeaderParsers::parseDuration(QStringLiteral("30s")), 30);
        QCOMPARE(*HeaderParsers::parseDuration(QStringLiteral("5m")), 300);
        QCOMPARE(*HeaderParsers::parseDuration(QStringLiteral("1h30m45s")), 5445);
        QCOMPARE(*HeaderParsers::parseDuration(QStringLiteral("2h")), 7200);
        QVERIFY(!HeaderParsers::parseDuration(QString()));
        QVERIFY(!HeaderParsers::parseDuration(QStringLiteral("5x")));
        QVERIFY(!HeaderParsers::parseDuration(QStringLiteral("m")));
        QVERIFY(!HeaderParsers::parseDuration(QStringLiteral("30s5m")));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPlan)
#include "tst_emulator_plan.moc"
