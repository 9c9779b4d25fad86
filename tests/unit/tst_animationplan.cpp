// The model's arithmetic (spec §9.4–9.5) against cases worked out by hand from predict_animate.py and
// FILM's eval/util.py. Every expected value is written out here, never recomputed with the plan's code.
#include "model/AnimationPlan.h"

#include <QJsonObject>
#include <QTest>

using sdanim::model::AnimationPlan;
using sdanim::model::ComputeUnits;

namespace {

QJsonObject input(std::initializer_list<std::pair<QString, QJsonValue>> extra = {})
{
    QJsonObject in{{"prompt_start", "a red fox"}, {"prompt_end", "a blue fox"}};
    for (const auto &[k, v] : extra)
        in.insert(k, v);
    return in;
}

} // namespace

class TestAnimationPlan : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const AnimationPlan p = AnimationPlan::fromInput(input());
        QCOMPARE(p.promptCount(), 2);
        QCOMPARE(p.segments, 1);
        QCOMPARE(p.frameLatents, 10);
        QCOMPARE(p.recursions, 3);
        QCOMPARE(p.multiplier, 8);
        QCOMPARE(p.videoFrames, 73);
        QCOMPARE(p.durationSeconds, 3.65);
        QCOMPARE(p.fps, 20);
        QCOMPARE(p.gifDelayCentiseconds(p.fps), 5);
        QCOMPARE(p.initialLatentSteps, 9);
        QCOMPARE(p.timesteps, 59);
        QCOMPARE(p.sharedSteps, 8);
        QCOMPARE(p.stepsPerFrame, 50);
        QVERIFY(p.classifierFreeGuidance);
        QCOMPARE(p.keyframePromptIndex, 0);
        QCOMPARE(p.keyframePrompt(), QStringLiteral("a red fox"));
        QVERIFY(p.intermediateNames.isEmpty());
        QCOMPARE(p.outputNames(), QStringList{QStringLiteral("video.gif")});
        QVERIFY(!p.hasSeed);
    }

    void filmMultiplier_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("multiplier");
        QTest::addColumn<int>("frames");     // K = 2, F = 10 → N = 10: 9 · 2^r + 1
        QTest::addColumn<int>("smallest");
        QTest::newRow("n=1") << 1 << 2 << 19 << 1;
        QTest::newRow("n=2") << 2 << 2 << 19 << 1;
        QTest::newRow("n=3") << 3 << 4 << 37 << 3;
        QTest::newRow("n=4") << 4 << 4 << 37 << 3;
        QTest::newRow("n=5") << 5 << 8 << 73 << 5;
        QTest::newRow("n=8") << 8 << 8 << 73 << 5;
        QTest::newRow("n=9") << 9 << 16 << 145 << 9;
        QTest::newRow("n=16") << 16 << 16 << 145 << 9;
        QTest::newRow("n=17") << 17 << 32 << 289 << 17;
        QTest::newRow("n=32") << 32 << 32 << 289 << 17;
        QTest::newRow("n=33") << 33 << 64 << 577 << 33;
        QTest::newRow("n=50") << 50 << 64 << 577 << 33;
    }
    void filmMultiplier()
    {
        QFETCH(int, n);
        QFETCH(int, multiplier);
        QFETCH(int, frames);
        QFETCH(int, smallest);
        const AnimationPlan p = AnimationPlan::fromInput(input({{"num_interpolation_steps", n}}));
        QCOMPARE(p.multiplier, multiplier);
        QCOMPARE(p.videoFrames, frames);
        QCOMPARE(AnimationPlan::smallestStepsWithSameMultiplier(n), smallest);
        // The FILM work: 2^r − 1 inferences between each of the 9 pairs.
        QCOMPARE(p.phaseUnits(AnimationPlan::Phase::Interpolation).film, 9.0 * (multiplier - 1));
    }

    void pingPong()
    {
        // Spec §9.4 worked example: K = 3, F = 4, n = 2, FILM, ping-pong → S = 3, N = 13 → 25 frames.
        const AnimationPlan p = AnimationPlan::fromInput(
            input({{"prompt_end", "b | c"}, {"num_animation_frames", 4}, {"num_interpolation_steps", 2},
                   {"gif_ping_pong", true}}));
        QCOMPARE(p.promptCount(), 3);
        QCOMPARE(p.segments, 3);
        QCOMPARE(p.frameLatents, 13);
        QCOMPARE(p.videoFrames, 25);
        QCOMPARE(p.durationSeconds, 1.25);

        // Defaults with ping-pong: S = 2, N = 21 → 20 · 8 + 1.
        const AnimationPlan d = AnimationPlan::fromInput(input({{"gif_ping_pong", true}}));
        QCOMPARE(d.segments, 2);
        QCOMPARE(d.frameLatents, 21);
        QCOMPARE(d.videoFrames, 161);
        // The extra segment is rendered, not copied: 2 · 10 frames of 50 steps, batch 2.
        QCOMPARE(d.phaseUnits(AnimationPlan::Phase::Frames).unet, 2000.0);
    }

    void latentMode()
    {
        // Spec §9.4: K = 2, F = 4, n = 5, FILM off → N = 4 → 3 · 5 = 15 (the last latent is never decoded).
        const AnimationPlan p = AnimationPlan::fromInput(
            input({{"num_animation_frames", 4}, {"num_interpolation_steps", 5}, {"film_interpolation", false}}));
        QCOMPARE(p.frameLatents, 4);
        QCOMPARE(p.multiplier, 5);
        QCOMPARE(p.videoFrames, 15);
        QCOMPARE(p.durationSeconds, 0.75);
        const ComputeUnits interp = p.phaseUnits(AnimationPlan::Phase::Interpolation);
        QCOMPARE(interp.vae, 15.0);
        QCOMPARE(interp.film, 0.0);

        // Latent mode with ping-pong: S = 2, N = 9 → 8 · 3 = 24.
        const AnimationPlan q = AnimationPlan::fromInput(
            input({{"num_animation_frames", 4}, {"num_interpolation_steps", 3}, {"film_interpolation", false},
                   {"gif_ping_pong", true}}));
        QCOMPARE(q.frameLatents, 9);
        QCOMPARE(q.videoFrames, 24);
    }

    void keyframePrompt_data()
    {
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("prompt");
        QTest::newRow("K=2") << "b" << 2 << 0 << "a red fox";
        QTest::newRow("K=3") << "b|c" << 3 << 1 << "b";
        QTest::newRow("K=4") << "b|c|d" << 4 << 1 << "b";
        QTest::newRow("K=5") << "b|c|d|e" << 5 << 2 << "c";
    }
    void keyframePrompt()
    {
        QFETCH(QString, end);
        QFETCH(int, count);
        QFETCH(int, index);
        QFETCH(QString, prompt);
        const AnimationPlan p = AnimationPlan::fromInput(input({{"prompt_end", end}}));
        QCOMPARE(p.promptCount(), count);
        QCOMPARE(p.segments, count - 1);
        QCOMPARE(p.keyframePromptIndex, index);
        QCOMPARE(p.keyframePrompt(), prompt);
    }

    void promptSplitting()
    {
        // prompt_end and each piece are stripped; prompt_start is taken as given; empty pieces stay.
        QCOMPARE(AnimationPlan::splitPrompts(QStringLiteral(" a "), QStringLiteral("  b | c|d  ")),
                 (QStringList{" a ", "b", "c", "d"}));
        QCOMPARE(AnimationPlan::splitPrompts(QStringLiteral("a"), QStringLiteral("b||c")),
                 (QStringList{"a", "b", "", "c"}));
        QCOMPARE(AnimationPlan::splitPrompts(QStringLiteral("a"), QStringLiteral("b | | c")),
                 (QStringList{"a", "b", "", "c"}));
        QCOMPARE(AnimationPlan::splitPrompts(QStringLiteral("a"), QString()), (QStringList{"a", ""}));
        QCOMPARE(AnimationPlan::splitPrompts(QStringLiteral("a"), QStringLiteral("b|")), (QStringList{"a", "b", ""}));

        const AnimationPlan p = AnimationPlan::fromInput(input({{"prompt_end", "a | | b"}}));
        QCOMPARE(p.promptCount(), 4);
        QCOMPARE(p.segments, 3);
        QCOMPARE(p.frameLatents, 30);
        QCOMPARE(p.videoFrames, 233); // 29 · 8 + 1
    }

    void initialSteps_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("strength");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("shared");   // len(timesteps[1:k]), T = steps + 9
        QTest::addColumn<int>("perFrame"); // len(timesteps[k:])
        QTest::newRow("defaults: 50 × 0.2 = 9.999…") << 50 << 0.8 << 9 << 8 << 50;
        QTest::newRow("30 × 0.1 = 2.999…") << 30 << 0.9 << 2 << 1 << 37;
        QTest::newRow("10 × 0.3 = 3.000…04") << 10 << 0.7 << 3 << 2 << 16;
        QTest::newRow("25 × 0.4 = 10") << 25 << 0.6 << 10 << 9 << 24;
        QTest::newRow("strength 1: no shared start") << 50 << 1.0 << 0 << 0 << 59;
        QTest::newRow("strength 0") << 50 << 0.0 << 50 << 49 << 9;
        QTest::newRow("strength −0.5: past the end") << 50 << -0.5 << 75 << 58 << 0;
        QTest::newRow("strength 1.5: negative slice") << 50 << 1.5 << -25 << 33 << 25;
        QTest::newRow("10 × −0.15 truncates toward zero") << 10 << 1.15 << -1 << 17 << 1;
    }
    void initialSteps()
    {
        QFETCH(int, steps);
        QFETCH(double, strength);
        QFETCH(int, k);
        QFETCH(int, shared);
        QFETCH(int, perFrame);
        QCOMPARE(AnimationPlan::initialSteps(steps, strength), k);
        const AnimationPlan p = AnimationPlan::fromInput(
            input({{"num_inference_steps", steps}, {"prompt_strength", strength}}));
        QCOMPARE(p.initialLatentSteps, k);
        QCOMPARE(p.sharedSteps, shared);
        QCOMPARE(p.stepsPerFrame, perFrame);
    }

    void gifDelay_data()
    {
        QTest::addColumn<int>("fps");
        QTest::addColumn<int>("ms");
        QTest::addColumn<int>("cs");
        QTest::newRow("20") << 20 << 50 << 5;
        QTest::newRow("15") << 15 << 66 << 6;
        QTest::newRow("12") << 12 << 83 << 8;
        QTest::newRow("30") << 30 << 33 << 3;
        QTest::newRow("50") << 50 << 20 << 2;
        QTest::newRow("7") << 7 << 142 << 14;
        QTest::newRow("1") << 1 << 1000 << 100;
    }
    void gifDelay()
    {
        QFETCH(int, fps);
        QFETCH(int, ms);
        QFETCH(int, cs);
        QCOMPARE(AnimationPlan::gifFrameDelayMs(fps), ms);
        QCOMPARE(AnimationPlan::gifDelayCentiseconds(fps), cs);
    }

    void intermediateOutputs()
    {
        // K = 3, F = 3, ping-pong → S = 3: output-0 then output-1, output-2 per segment, then the video.
        const AnimationPlan p = AnimationPlan::fromInput(
            input({{"prompt_end", "b|c"}, {"num_animation_frames", 3}, {"gif_ping_pong", true},
                   {"intermediate_output", true}, {"output_format", "mp4"}}));
        QCOMPARE(p.intermediateNames,
                 (QStringList{"output-0.png", "output-1.png", "output-2.png", "output-1.png", "output-2.png",
                              "output-1.png", "output-2.png"}));
        QCOMPARE(p.outputNames().size(), 8);
        QCOMPARE(p.outputNames().last(), QStringLiteral("output.mp4"));
    }

    void computeUnits()
    {
        const AnimationPlan p = AnimationPlan::fromInput(input());
        using Phase = AnimationPlan::Phase;
        QCOMPARE(p.phaseUnits(Phase::SharedStart).unet, 16.0);  // 8 steps × batch 2
        QCOMPARE(p.phaseUnits(Phase::Keyframes).unet, 200.0);   // 2 × 50 × 2
        QCOMPARE(p.phaseUnits(Phase::Keyframes).vae, 2.0);
        QCOMPARE(p.phaseUnits(Phase::Frames).unet, 1000.0);     // 1 × 10 × 50 × 2
        QCOMPARE(p.phaseUnits(Phase::Interpolation).vae, 10.0); // N decodes
        QCOMPARE(p.phaseUnits(Phase::Interpolation).film, 63.0); // 9 pairs × 7
        QCOMPARE(p.phaseUnits(Phase::Saving).encode, 73.0);
        const ComputeUnits t = p.totalUnits();
        QCOMPARE(t.unet, 1216.0);
        QCOMPARE(t.vae, 12.0);
        QCOMPARE(t.film, 63.0);
        QCOMPARE(t.encode, 73.0);

        // 256 × 256 is a quarter of the pixels (UNet, FILM); decodes and encoded frames are counts;
        // guidance 1 turns classifier-free guidance off.
        const AnimationPlan small = AnimationPlan::fromInput(
            input({{"width", 256}, {"height", 256}, {"guidance_scale", 1.0}}));
        QVERIFY(!small.classifierFreeGuidance);
        QCOMPARE(small.totalUnits().unet, 152.0); // (8 + 100 + 500) × 0.25
        QCOMPARE(small.totalUnits().film, 15.75); // 63 × 0.25
        QCOMPARE(small.totalUnits().vae, 12.0);
        QCOMPARE(small.totalUnits().encode, 73.0);
    }

    void positions()
    {
        const AnimationPlan p = AnimationPlan::fromInput(input());
        const AnimationPlan::LatentPosition l = p.latentPosition(3);
        QCOMPARE(l.segment, 0);
        QCOMPARE(l.frame, 3);
        QCOMPARE(l.t, 0.3);
        QCOMPARE(l.fromPrompt, 0);
        QCOMPARE(l.toPrompt, 1);
        QCOMPARE(p.latentPosition(9).t, 0.9); // the last latent never reaches the end prompt
        const AnimationPlan::VideoFramePosition v = p.videoFramePosition(9);
        QCOMPARE(v.latent, 1);
        QCOMPARE(v.fraction, 0.125);
        QCOMPARE(p.videoFramePosition(72).latent, 9);
        QCOMPARE(p.videoFramePosition(72).fraction, 0.0);

        const AnimationPlan pp = AnimationPlan::fromInput(
            input({{"num_animation_frames", 4}, {"gif_ping_pong", true}}));
        QCOMPARE(pp.frameLatents, 9);
        QCOMPARE(pp.latentPosition(5).segment, 1);
        QCOMPARE(pp.latentPosition(5).t, 0.25);
        QCOMPARE(pp.latentPosition(5).fromPrompt, 1);
        QCOMPARE(pp.latentPosition(5).toPrompt, 0);
        QCOMPARE(pp.latentPosition(8).segment, 0); // frames_latents[0] appended: the loop closes
        QCOMPARE(pp.latentPosition(8).frame, 0);

        const AnimationPlan latent = AnimationPlan::fromInput(
            input({{"num_animation_frames", 4}, {"film_interpolation", false}}));
        QCOMPARE(latent.videoFramePosition(7).latent, 1);
        QCOMPARE(latent.videoFramePosition(7).fraction, 0.4);
        QCOMPARE(latent.videoFramePosition(14).latent, 2); // the final latent itself is never a frame
    }

    void lenientValuesAndSeed()
    {
        // The default example stored numbers as strings.
        const AnimationPlan p = AnimationPlan::fromInput(
            input({{"num_animation_frames", "25"}, {"gif_ping_pong", "true"}, {"seed", 14899}}));
        QCOMPARE(p.animationFrames, 25);
        QVERIFY(p.pingPong);
        QVERIFY(p.hasSeed);
        QCOMPARE(p.seed, 14899);
        QCOMPARE(p.frameLatents, 51);
        const AnimationPlan garbage = AnimationPlan::fromInput(
            input({{"num_animation_frames", "many"}, {"num_interpolation_steps", 0}, {"gif_frames_per_second", 0}}));
        QCOMPARE(garbage.animationFrames, 10);
        QCOMPARE(garbage.durationSeconds, 0.0);
        QVERIFY(garbage.videoFrames > 0);
    }

    void notices()
    {
        using W = AnimationPlan::Warning;
        auto kinds = [](const AnimationPlan &p) {
            QList<W> out;
            for (const AnimationPlan::Notice &n : p.notices())
                out << n.warning;
            return out;
        };
        QCOMPARE(kinds(AnimationPlan::fromInput(input())), QList<W>{W::LastPromptNeverReached});
        QCOMPARE(kinds(AnimationPlan::fromInput(input({{"gif_ping_pong", true}}))), QList<W>{W::PingPongExtraSegment});
        QCOMPARE(kinds(AnimationPlan::fromInput(input({{"prompt_strength", 1.5}}))),
                 (QList<W>{W::StrengthAboveOne, W::LastPromptNeverReached}));
        QCOMPARE(kinds(AnimationPlan::fromInput(input({{"prompt_strength", 1.0}}))),
                 (QList<W>{W::StrengthOne, W::LastPromptNeverReached}));
        QCOMPARE(kinds(AnimationPlan::fromInput(input({{"prompt_strength", 0}}))),
                 (QList<W>{W::StrengthNotPositive, W::LastPromptNeverReached}));
        const AnimationPlan empty = AnimationPlan::fromInput(
            input({{"prompt_start", "  "}, {"prompt_end", "a | | b"}}));
        const QList<AnimationPlan::Notice> n = empty.notices();
        QCOMPARE(n.size(), 3);
        QCOMPARE(n[0].warning, W::EmptyStartPrompt);
        QCOMPARE(n[0].field, QStringLiteral("prompt_start"));
        QCOMPARE(n[1].warning, W::EmptyEndPrompt);
        QCOMPARE(n[1].field, QStringLiteral("prompt_end"));
        QCOMPARE(n[1].index, 1);
    }
};

QTEST_GUILESS_MAIN(TestAnimationPlan)
#include "tst_animationplan.moc"
