// The emulator's schedule of predict() (spec §9.2, §9.3, §9.5) and its header grammars, without any
// server. Every expected value is worked out by hand; the simulated seconds follow the default
// per-unit rates documented in docs/emulator.md ("Timing model").
#include "emulator/EmulatorCommandLine.h"
#include "emulator/HeaderParsers.h"
#include "emulator/ModelRunPlan.h"

#include <QJsonObject>
#include <QTest>

using namespace sdanim::emulator;

namespace {

QStringList textsOf(const QList<ModelRunPlan::Line> &lines)
{
    QStringList out;
    for (const auto &line : lines)
        out << line.text;
    return out;
}

QStringList namesOf(const ModelRunPlan &plan)
{
    QStringList out;
    for (const auto &o : plan.outputs)
        out << o.basename;
    return out;
}

QStringList frameLines(int segments, int frames)
{
    QStringList out;
    for (int s = 0; s < segments; ++s)
        for (int i = 0; i < frames; ++i)
            out << QStringLiteral("Generating frame %1 of keyframe %2").arg(i).arg(s);
    return out;
}

} // namespace

class TestEmulatorPlan : public QObject
{
    Q_OBJECT

private slots:
    void omittedSeedIsTwoRandomBytes()
    {
        const ModelRunPlan drawn = ModelRunPlan::fromInput(QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}}, 123456);
        QCOMPARE(drawn.seed(), 57920); // 123456 mod 65536
        QCOMPARE(drawn.lines.first().text, QStringLiteral("Using seed: 57920"));
        QVERIFY(drawn.animation.hasSeed);
        const ModelRunPlan top = ModelRunPlan::fromInput(QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}}, 0xFFFFFFFFu);
        QCOMPARE(top.seed(), 65535);
        // A given seed is used as is: the schema puts no bound on it.
        const ModelRunPlan given = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"seed", 70000}}, 123456);
        QCOMPARE(given.seed(), 70000);
        QCOMPARE(given.lines.first().text, QStringLiteral("Using seed: 70000"));
    }

    void nsfwWord()
    {
        QVERIFY(ModelRunPlan::mentionsNsfw(QStringLiteral("very NSFW stuff")));
        QVERIFY(ModelRunPlan::mentionsNsfw(QStringLiteral("nsfw")));
        QVERIFY(!ModelRunPlan::mentionsNsfw(QStringLiteral("unsfwx")));
    }

    void defaultsLinesAndTiming()
    {
        // The schema defaults as the API fills them in.
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"width", 512}, {"height", 512},
                        {"num_inference_steps", 50}, {"prompt_strength", 0.8}, {"num_animation_frames", 10},
                        {"num_interpolation_steps", 5}, {"guidance_scale", 7.5}, {"gif_frames_per_second", 20},
                        {"gif_ping_pong", false}, {"film_interpolation", true}, {"intermediate_output", false},
                        {"output_format", "gif"}, {"seed", 14899}},
            0);
        const QStringList expected = QStringList{"Using seed: 14899", "Generating initial latents for 9 steps",
                                                 "Generating first and last keyframes"}
                                     + frameLines(1, 10)
                                     + QStringList{"Interpolating images with FILM", "Saving GIF"};
        QCOMPARE(textsOf(plan.lines), expected);
        QCOMPARE(namesOf(plan), QStringList{"video.gif"});
        QCOMPARE(plan.outputs.last().content, ModelRunPlan::Output::Content::Video);
        QVERIFY(!plan.fails);

        // 512², CFG batch 2, k = 9, T = 59: shared start 8 steps × 2 = 16 UNet units × 0.03 s = 0.48 s;
        // keyframes 2 × 50 × 2 = 200 units = 6 s plus 2 VAE decodes × 0.08 s = 6.16 s; frames
        // 10 × 50 × 2 = 1000 units = 30 s (3 s a frame); FILM: 10 decodes = 0.8 s plus 9 × 7 inferences
        // × 0.25 s = 15.75 s; saving 73 frames × 0.01 s = 0.73 s; then 1 s overhead.
        const double at[] = {0, 0, 0.48, 6.64, 9.64, 12.64, 15.64, 18.64, 21.64, 24.64, 27.64, 30.64, 33.64,
                             36.64, 53.19};
        QCOMPARE(plan.lines.size(), qsizetype(std::size(at)));
        for (int i = 0; i < plan.lines.size(); ++i)
            QVERIFY2(qAbs(plan.lines[i].at - at[i]) < 1e-9,
                     qPrintable(QStringLiteral("line %1 at %2, expected %3").arg(i).arg(plan.lines[i].at).arg(at[i])));
        QVERIFY(qAbs(plan.outputs.last().at - 53.92) < 1e-9);
        QVERIFY(qAbs(plan.endAt - 54.92) < 1e-9);
    }

    void smallLatentModeTiming()
    {
        // 256² = ¼ of 512²; K = 2, F = 4, n = 5, latent mode: N = 4, 3 × 5 = 15 video frames.
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"width", 256}, {"height", 256},
                        {"num_animation_frames", 4}, {"num_interpolation_steps", 5},
                        {"film_interpolation", false}, {"output_format", "mp4"}, {"seed", 1}},
            0);
        QCOMPARE(textsOf(plan.lines), (QStringList{"Using seed: 1", "Generating initial latents for 9 steps",
                                                   "Generating first and last keyframes"}
                                       + frameLines(1, 4)
                                       + QStringList{"Interpolating images from latents", "Saving MP4"}));
        QCOMPARE(namesOf(plan), QStringList{"output.mp4"});
        // UNet work scales with the pixels, decodes and encoded frames are counts (model/ComputeUnits.h).
        // Shared 16 × ¼ = 4 units = 0.12 s; keyframes 200 × ¼ = 50 units = 1.5 s + 2 decodes = 0.16 s;
        // frames 4 × 100 × ¼ = 100 units = 3 s (0.75 s each); latents: 3 × 5 decodes × 0.08 = 1.2 s;
        // saving 15 × 0.01 = 0.15 s; overhead 1 s.
        const double at[] = {0, 0, 0.12, 1.78, 2.53, 3.28, 4.03, 4.78, 5.98};
        QCOMPARE(plan.lines.size(), qsizetype(std::size(at)));
        for (int i = 0; i < plan.lines.size(); ++i)
            QVERIFY2(qAbs(plan.lines[i].at - at[i]) < 1e-9, qPrintable(QString::number(i)));
        QVERIFY(qAbs(plan.outputs.last().at - 6.13) < 1e-9);
        QVERIFY(qAbs(plan.endAt - 7.13) < 1e-9);
    }

    void intermediateOutputsOfThreePromptsPingPong()
    {
        // K = 3, F = 3, ping-pong: S = 3; 1 + 3 × 2 = 7 PNGs, names repeating per segment.
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b | c"}, {"width", 128}, {"height", 128},
                        {"num_animation_frames", 3}, {"num_interpolation_steps", 2}, {"gif_ping_pong", true},
                        {"intermediate_output", true}, {"output_format", "gif"}, {"seed", 3}},
            0);
        QCOMPARE(namesOf(plan), (QStringList{"output-0.png", "output-1.png", "output-2.png", "output-1.png",
                                             "output-2.png", "output-1.png", "output-2.png", "video.gif"}));
        using Content = ModelRunPlan::Output::Content;
        QCOMPARE(plan.outputs[0].content, Content::Keyframe);
        const int latents[] = {1, 2, 4, 5, 7, 8}; // s·F + i for s = 0, 1, 2 and i = 1, 2
        for (int j = 0; j < 6; ++j) {
            QCOMPARE(plan.outputs[j + 1].content, Content::Latent);
            QCOMPARE(plan.outputs[j + 1].latent, latents[j]);
        }
        QCOMPARE(plan.outputs[7].content, Content::Video);
        QCOMPARE(textsOf(plan.lines), (QStringList{"Using seed: 3", "Generating initial latents for 9 steps",
                                                   "Generating first and last keyframes"}
                                       + frameLines(3, 3)
                                       + QStringList{"Interpolating images with FILM", "Saving GIF"}));
        // output-0.png is yielded when the keyframes are done, before the first frame line; each
        // other PNG at the end of its frame, before the next frame's line.
        QCOMPARE(plan.outputs[0].at, plan.lines[3].at);
        QCOMPARE(plan.outputs[1].at, plan.lines[5].at);
        QCOMPARE(plan.outputs[2].at, plan.lines[6].at);
        for (int i = 1; i < plan.lines.size(); ++i)
            QVERIFY(plan.lines[i].at >= plan.lines[i - 1].at);
        QVERIFY(plan.outputs.last().at > plan.lines.last().at);
        QVERIFY(plan.endAt > plan.outputs.last().at);
    }

    void emptyPieceIsAPromptAndStartIsNotStripped()
    {
        // `a | | b`: K = 4 with an empty prompt; S = 3 segments of 2 frames. prompt_start keeps its spaces.
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "  x "}, {"prompt_end", " a | | b "}, {"num_animation_frames", 2},
                        {"seed", 5}},
            0);
        QCOMPARE(plan.animation.prompts, (QStringList{"  x ", "a", "", "b"}));
        QCOMPARE(textsOf(plan.lines).mid(3, 6), frameLines(3, 2));
        QCOMPARE(plan.lines.size(), 3 + 6 + 2);
    }

    void strengthAboveOnePrintsNegativeSteps()
    {
        // int(10 × (1 − 1.15)) = int(−1.4999…) = −1, as Python prints it.
        const ModelRunPlan plan = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"num_inference_steps", 10},
                        {"prompt_strength", 1.15}, {"seed", 1}},
            0);
        QCOMPARE(plan.lines[1].text, QStringLiteral("Generating initial latents for -1 steps"));
        const ModelRunPlan thirty = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"num_inference_steps", 30},
                        {"prompt_strength", 0.9}, {"seed", 1}},
            0);
        QCOMPARE(thirty.lines[1].text, QStringLiteral("Generating initial latents for 2 steps"));
    }

    void nsfwLooksAtTheKeyframePromptOnly()
    {
        // K = 3: the keyframe image shows the middle prompt, so only that one trips the checker.
        const ModelRunPlan middle = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "a"}, {"prompt_end", "NSFW b | c"}, {"intermediate_output", true}}, 0);
        QVERIFY(middle.fails);
        QCOMPARE(middle.error, QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
        QCOMPARE(middle.lines.last().text, QStringLiteral("Generating first and last keyframes"));
        QVERIFY(middle.outputs.isEmpty());
        QVERIFY(middle.failAt > middle.lines.last().at);
        QCOMPARE(middle.endAt, middle.failAt);

        const ModelRunPlan start = ModelRunPlan::fromInput(
            QJsonObject{{"prompt_start", "nsfw a"}, {"prompt_end", "b | c"}}, 0);
        QVERIFY(!start.fails);
        QCOMPARE(start.outputs.size(), 1);
        // K = 2: the keyframe is prompt_start; the end prompt is never checked.
        QVERIFY(ModelRunPlan::fromInput(QJsonObject{{"prompt_start", "an nsfw a"}, {"prompt_end", "b"}}, 0).fails);
        QVERIFY(!ModelRunPlan::fromInput(QJsonObject{{"prompt_start", "a"}, {"prompt_end", "nsfw b"}}, 0).fails);
    }

    void coldBootSetupLines()
    {
        const QList<ModelRunPlan::Line> lines = ModelRunPlan::setupLines(8);
        QCOMPARE(textsOf(lines), (QStringList{"Loading pipeline...", "Loading interpolator..."}));
        QCOMPARE(lines[0].at, 0.0);
        QCOMPARE(lines[1].at, 6.0);
    }

    void coldBootFlag()
    {
        EmulatorOptions options;
        QString message;
        QCOMPARE(EmulatorCommandLine::parse({"sdanim-emulator"}, &options, &message), EmulatorCommandLine::Result::Run);
        QCOMPARE(options.coldBootSeconds, 0.0);
        QCOMPARE(EmulatorCommandLine::parse({"sdanim-emulator", "--cold-boot-seconds", "30"}, &options, &message),
                 EmulatorCommandLine::Result::Run);
        QCOMPARE(options.coldBootSeconds, 30.0);
        QCOMPARE(EmulatorCommandLine::parse({"sdanim-emulator", "--port", "8791", "--cold-boot-seconds", "2.5"}, &options, &message),
                 EmulatorCommandLine::Result::Run);
        QCOMPARE(options.port, quint16(8791));
        QCOMPARE(options.coldBootSeconds, 2.5);
        QCOMPARE(EmulatorCommandLine::parse({"sdanim-emulator", "--cold-boot-seconds", "-1"}, &options, &message),
                 EmulatorCommandLine::Result::Error);
        QVERIFY2(message.contains(QLatin1String("--cold-boot-seconds")), qPrintable(message));
        QCOMPARE(EmulatorCommandLine::parse({"sdanim-emulator", "--cold-boot-seconds", "soon"}, &options, &message),
                 EmulatorCommandLine::Result::Error);
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
