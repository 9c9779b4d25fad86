#include "model/AnimationPlan.h"
#include "session/AnimationSummary.h"
#include "session/InputModel.h"
#include "session/PromptSequence.h"
#include "settings/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim::session;

class TestInputModel : public QObject
{
    Q_OBJECT
private slots:
    void startsWithSchemaDefaults()
    {
        InputModel m;
        QCOMPARE(m.value(QStringLiteral("width")).toInt(), 512);
        QCOMPARE(m.value(QStringLiteral("film_interpolation")).toBool(), true);
        QVERIFY(m.value(QStringLiteral("seed")).isUndefined());
        QVERIFY(!m.isValid()); // the two prompts are required
        QVERIFY(m.isOnlyIncomplete());
        QVERIFY(m.blockingReason().startsWith(QStringLiteral("Fill in Start prompt")));
        QVERIFY(m.blockingReason().endsWith(QStringLiteral("End prompts to run.")));
    }

    void validatesWithServerMessages()
    {
        InputModel m;
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        m.setValue(QStringLiteral("prompt_end"), QStringLiteral("b"));
        QVERIFY(m.isValid());
        QSignalSpy errs(&m, &InputModel::errorsChanged);
        m.setValue(QStringLiteral("num_inference_steps"), 501);
        QCOMPARE(errs.size(), 1);
        const auto e = m.errors(QStringLiteral("num_inference_steps"));
        QCOMPARE(e.size(), 1);
        QCOMPARE(e.first().description, QStringLiteral("Must be less than or equal to 500"));
        QVERIFY(!m.isValid());
        m.resetToDefault(QStringLiteral("num_inference_steps"));
        QVERIFY(m.isValid());
        // prompt_strength has no range: anything numeric is accepted.
        m.setValue(QStringLiteral("prompt_strength"), 3.5);
        QVERIFY(m.isValid());
    }

    void blankPromptsDoNotBlock()
    {
        // The API accepts them (required only means present) and the model embeds "": the form
        // warns next to the field (PlanPreview) instead of refusing the run.
        InputModel m;
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        m.setValue(QStringLiteral("prompt_end"), PromptSequence::joinEndPrompts({QStringLiteral("b"), QString()}));
        QVERIFY(m.errors(QStringLiteral("prompt_end")).isEmpty());
        QVERIFY(m.isValid());
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("  "));
        QVERIFY(m.isValid());
        QVERIFY(m.blockingReason().isEmpty());
        // Absent is still missing: a fresh form says what to fill in.
        m.resetToDefault(QStringLiteral("prompt_start"));
        QVERIFY(m.value(QStringLiteral("prompt_start")).isUndefined());
        QVERIFY(m.isOnlyIncomplete());
    }

    void serverErrorsStayUntilEdited()
    {
        InputModel m;
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        m.setValue(QStringLiteral("prompt_end"), QStringLiteral("b"));
        m.setServerErrors({{QStringLiteral("number_lte"), QStringLiteral("input.guidance_scale"),
                            QStringLiteral("Must be less than or equal to 20")}});
        QCOMPARE(m.errors(QStringLiteral("guidance_scale")).size(), 1);
        QVERIFY(!m.isValid());
        m.setValue(QStringLiteral("guidance_scale"), 8.0);
        QVERIFY(m.errors(QStringLiteral("guidance_scale")).isEmpty());
        QVERIFY(m.isValid());
    }

    void seedLockAndDraw()
    {
        InputModel m;
        QVERIFY(!m.isSeedLocked());
        const QJsonObject first = m.prepareRunInput();
        QVERIFY(first.value(QStringLiteral("seed")).isDouble());
        QVERIFY(!m.isSeedLocked());
        m.reuseSeed(1234);
        QVERIFY(m.isSeedLocked());
        QCOMPARE(m.prepareRunInput().value(QStringLiteral("seed")).toInt(), 1234);
        QCOMPARE(m.prepareRunInput().value(QStringLiteral("seed")).toInt(), 1234);
        m.resetToDefault(QStringLiteral("seed"));
        QVERIFY(!m.isSeedLocked());
        QVERIFY(!m.input().contains(QStringLiteral("seed")));
    }

    void loadsOldPredictionInputs()
    {
        InputModel m;
        const QStringList ignored = m.load({{QStringLiteral("prompt_start"), QStringLiteral("x")},
                                            {QStringLiteral("prompt_end"), QStringLiteral("y|z")},
                                            {QStringLiteral("num_animation_frames"), QStringLiteral("25")},
                                            {QStringLiteral("seed"), 7},
                                            {QStringLiteral("unknown"), 1}});
        QCOMPARE(ignored, QStringList{QStringLiteral("unknown")});
        QCOMPARE(m.value(QStringLiteral("num_animation_frames")), QJsonValue(25));
        QCOMPARE(m.value(QStringLiteral("width")).toInt(), 512);
        QVERIFY(m.isSeedLocked());
        QVERIFY(m.isValid());
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        sdanim::settings::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        {
            InputModel m;
            m.setValue(QStringLiteral("prompt_start"), QStringLiteral("sun"));
            m.setValue(QStringLiteral("height"), 256);
            m.reuseSeed(99);
            m.saveTo(settings);
        }
        InputModel m;
        m.restoreFrom(settings);
        QCOMPARE(m.value(QStringLiteral("prompt_start")).toString(), QStringLiteral("sun"));
        QCOMPARE(m.value(QStringLiteral("height")).toInt(), 256);
        QCOMPARE(m.value(QStringLiteral("seed")).toInt(), 99);
        QVERIFY(m.isSeedLocked());
    }

    void summaryIsTheModelsPlan()
    {
        using sdanim::model::AnimationPlan;
        // Defaults (spec §9.4 worked example): N = 10 latents, FILM ×8 → 9·8 + 1 = 73 frames, 3.65 s.
        const QString defaults = AnimationSummary::describe(AnimationPlan::fromInput(
            {{QStringLiteral("prompt_start"), QStringLiteral("a")}, {QStringLiteral("prompt_end"), QStringLiteral("b")}}));
        QVERIFY2(defaults.contains(QStringLiteral("→ 73 video frame")), qPrintable(defaults));
        QVERIFY2(defaults.endsWith(QStringLiteral("≈ 3.65 s at 20 fps")), qPrintable(defaults));
        QVERIFY(!defaults.contains(QStringLiteral("empty")));
        QVERIFY(!defaults.contains(QStringLiteral("back to the start")));

        // K = 3, F = 4, n = 2, ping-pong: S = 3 (one back to the start), N = 13 → 12·2 + 1 = 25 frames.
        const QString pingPong = AnimationSummary::describe(AnimationPlan::fromInput(
            {{QStringLiteral("prompt_start"), QStringLiteral("a")}, {QStringLiteral("prompt_end"), QStringLiteral(" b |c ")},
             {QStringLiteral("gif_ping_pong"), true}, {QStringLiteral("num_animation_frames"), 4},
             {QStringLiteral("num_interpolation_steps"), 2}}));
        QVERIFY2(pingPong.contains(QStringLiteral("(the last one back to the start)")), qPrintable(pingPong));
        QVERIFY2(pingPong.contains(QStringLiteral("→ 25 video frame")), qPrintable(pingPong));
        QVERIFY2(pingPong.endsWith(QStringLiteral("≈ 1.25 s at 20 fps")), qPrintable(pingPong));

        // "x | | y": the empty piece is a keyframe of its own: K = 4, S = 3, N = 30 → 29·8 + 1 = 233.
        const QString empty = AnimationSummary::describe(AnimationPlan::fromInput(
            {{QStringLiteral("prompt_start"), QStringLiteral("a")}, {QStringLiteral("prompt_end"), QStringLiteral("x | | y")}}));
        QVERIFY2(empty.contains(QStringLiteral("(1 empty)")), qPrintable(empty));
        QVERIFY2(empty.contains(QStringLiteral("→ 233 video frame")), qPrintable(empty));
        QVERIFY2(empty.endsWith(QStringLiteral("≈ 11.65 s at 20 fps")), qPrintable(empty));
        // The caller decides which blank prompts are the user's (a fresh form's are not).
        QVERIFY(!AnimationSummary::describe(AnimationPlan::fromInput({}), 0).contains(QStringLiteral("empty")));

        // Latent mode, F = 4, n = 5: N = 4 → 3·5 = 15 frames (the last latent is never decoded), 0.75 s.
        const QString latent = AnimationSummary::describe(AnimationPlan::fromInput(
            {{QStringLiteral("prompt_end"), QStringLiteral("b")}, {QStringLiteral("film_interpolation"), false},
             {QStringLiteral("num_animation_frames"), 4}}));
        QVERIFY2(latent.contains(QStringLiteral("→ 15 video frame")), qPrintable(latent));
        QVERIFY2(latent.endsWith(QStringLiteral("≈ 0.75 s at 20 fps")), qPrintable(latent));

        QCOMPARE(AnimationSummary::formatSeconds(3.65), QStringLiteral("3.65"));
        QCOMPARE(AnimationSummary::formatSeconds(2.5), QStringLiteral("2.5"));
        QCOMPARE(AnimationSummary::formatSeconds(150), QStringLiteral("150"));
        QCOMPARE(AnimationSummary::formatSeconds(24.3333), QStringLiteral("24.33"));
        QCOMPARE(PromptSequence::splitEndPrompts(QStringLiteral(" b |c ")), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(PromptSequence::joinEndPrompts({QStringLiteral("b "), QStringLiteral("c")}), QStringLiteral("b | c"));
    }

    void interpolationTextSaysWhatFilmDoes()
    {
        using sdanim::model::AnimationPlan;
        const auto plan = [](int n, bool film = true) {
            return AnimationPlan::fromInput({{QStringLiteral("num_interpolation_steps"), n},
                                             {QStringLiteral("film_interpolation"), film}});
        };
        // n → (×multiplier, equivalent range capped by the schema's maximum 50, smallest n)
        QVERIFY(AnimationSummary::describeInterpolation(plan(5), 50).endsWith(QStringLiteral(": ×8 — 5 to 8 give the same video")));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(5)), std::nullopt);
        QVERIFY(AnimationSummary::describeInterpolation(plan(4), 50).endsWith(QStringLiteral(": ×4 — 3 to 4 give the same video")));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(4)), std::optional<int>(3));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(3)), std::nullopt);
        QVERIFY(AnimationSummary::describeInterpolation(plan(2), 50).endsWith(QStringLiteral(": ×2 — 1 to 2 give the same video")));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(2)), std::optional<int>(1));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(1)), std::nullopt);
        QVERIFY(AnimationSummary::describeInterpolation(plan(16), 50).endsWith(QStringLiteral(": ×16 — 9 to 16 give the same video")));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(16)), std::optional<int>(9));
        QVERIFY(AnimationSummary::describeInterpolation(plan(40), 50).endsWith(QStringLiteral(": ×64 — 33 to 50 give the same video")));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(50)), std::optional<int>(33));
        QVERIFY(AnimationSummary::describeInterpolation(plan(5), 50).startsWith(QStringLiteral("FILM doubles 3 time")));
        // Without FILM every step is a decoded frame: nothing to snap to.
        QVERIFY(AnimationSummary::describeInterpolation(plan(5, false), 50).startsWith(QStringLiteral("Latent interpolation: 5 frame")));
        QVERIFY(AnimationSummary::describeInterpolation(plan(5, false), 50).endsWith(QStringLiteral("the last latent is never decoded")));
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(4, false)), std::nullopt);
        // Garbage does not crash and offers nothing.
        QCOMPARE(AnimationSummary::smallerEquivalentSteps(plan(0)), std::nullopt);
        QVERIFY(!AnimationSummary::describeInterpolation(plan(-3), 50).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInputModel)
#include "tst_inputmodel.moc"
