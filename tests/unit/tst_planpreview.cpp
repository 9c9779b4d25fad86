// PlanPreview and RunEstimates: what the form says about the current inputs, without widgets.
#include "model/AnimationPlan.h"
#include "model/RunEstimator.h"
#include "session/InputModel.h"
#include "session/PlanPreview.h"
#include "session/RunEstimateText.h"
#include "session/RunEstimates.h"
#include "settings/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using session::PlanPreview;

class TestPlanPreview : public QObject
{
    Q_OBJECT
private slots:
    void followsTheModel()
    {
        session::InputModel model;
        PlanPreview preview(&model, nullptr);
        QCOMPARE(preview.plan().videoFrames, 73);
        QSignalSpy changed(&preview, &PlanPreview::changed);
        model.setValue(QStringLiteral("num_animation_frames"), 4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(preview.plan().videoFrames, 25);  // N = 4, ×8 → 3·8 + 1
        QVERIFY2(preview.summary().contains(QStringLiteral("→ 25 video frame")), qPrintable(preview.summary()));
        QVERIFY(!preview.hasEstimate());
        QVERIFY(preview.estimateText().isEmpty());
    }

    void blankPromptsOnlyWarnOnceTheFieldIsFilledIn()
    {
        session::InputModel model;
        PlanPreview preview(&model, nullptr);
        // A fresh form: the prompts are missing, which the Run bar says; no warnings, no "(2 empty)".
        QVERIFY(preview.notes(QStringLiteral("prompt_start")).isEmpty());
        QVERIFY(preview.notes(QStringLiteral("prompt_end")).isEmpty());
        QVERIFY(!preview.summary().contains(QStringLiteral("empty")));

        model.setValue(QStringLiteral("prompt_end"), QStringLiteral("a | | b"));
        const auto end = preview.notes(QStringLiteral("prompt_end"));
        QCOMPARE(end.size(), 1);
        QVERIFY(end.first().warning);
        QVERIFY2(end.first().text.startsWith(QStringLiteral("End prompt 2 is empty")), qPrintable(end.first().text));
        QVERIFY(preview.notes(QStringLiteral("prompt_start")).isEmpty());  // still just missing
        QVERIFY2(preview.summary().contains(QStringLiteral("(1 empty)")), qPrintable(preview.summary()));

        model.setValue(QStringLiteral("prompt_start"), QStringLiteral(" "));
        const auto start = preview.notes(QStringLiteral("prompt_start"));
        QCOMPARE(start.size(), 1);
        QVERIFY(start.first().warning);
        QVERIFY2(preview.summary().contains(QStringLiteral("(2 empty)")), qPrintable(preview.summary()));
        QVERIFY(model.isValid());  // none of it blocks
    }

    void notesBelongToTheirFields()
    {
        session::InputModel model;
        model.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        model.setValue(QStringLiteral("prompt_end"), QStringLiteral("b"));
        PlanPreview preview(&model, nullptr);
        QVERIFY(preview.notes(QStringLiteral("prompt_strength")).isEmpty());
        QVERIFY(preview.notes(QStringLiteral("width")).isEmpty());

        model.setValue(QStringLiteral("prompt_strength"), 1.5);
        const auto strength = preview.notes(QStringLiteral("prompt_strength"));
        QCOMPARE(strength.size(), 1);
        QVERIFY(strength.first().warning);
        QVERIFY2(strength.first().text.startsWith(QStringLiteral("Strength 1.5 is above 1")), qPrintable(strength.first().text));
        QVERIFY(model.isValid());

        // Without ping-pong: the never-reached last prompt; with it: the extra segment. Hints only.
        auto pingPong = preview.notes(QStringLiteral("gif_ping_pong"));
        QCOMPARE(pingPong.size(), 1);
        QVERIFY(!pingPong.first().warning);
        QVERIFY(pingPong.first().text.contains(QStringLiteral("never fully shows it")));
        model.setValue(QStringLiteral("gif_ping_pong"), true);
        pingPong = preview.notes(QStringLiteral("gif_ping_pong"));
        QCOMPARE(pingPong.size(), 1);
        QVERIFY(!pingPong.first().warning);
        QVERIFY(pingPong.first().text.contains(QStringLiteral("whole extra segment")));
    }

    void interpolationStepsOfferTheSmallestEquivalent()
    {
        session::InputModel model;
        PlanPreview preview(&model, nullptr);
        auto steps = preview.notes(QStringLiteral("num_interpolation_steps"));
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps.first().warning);
        QVERIFY(steps.first().text.endsWith(QStringLiteral(": ×8 — 5 to 8 give the same video")));
        QVERIFY(steps.first().actionText.isEmpty());

        model.setValue(QStringLiteral("num_interpolation_steps"), 4);
        steps = preview.notes(QStringLiteral("num_interpolation_steps"));
        QVERIFY(steps.first().text.endsWith(QStringLiteral(": ×4 — 3 to 4 give the same video")));
        QCOMPARE(steps.first().actionText, QStringLiteral("Use 3"));
        QCOMPARE(steps.first().actionValue, QJsonValue(3));
        QVERIFY(!steps.first().actionToolTip.isEmpty());

        // The range stops at the schema's maximum (50), not at 2^6 = 64.
        model.setValue(QStringLiteral("num_interpolation_steps"), 40);
        steps = preview.notes(QStringLiteral("num_interpolation_steps"));
        QVERIFY(steps.first().text.endsWith(QStringLiteral(": ×64 — 33 to 50 give the same video")));
        QCOMPARE(steps.first().actionValue, QJsonValue(33));

        model.setValue(QStringLiteral("film_interpolation"), false);
        steps = preview.notes(QStringLiteral("num_interpolation_steps"));
        QVERIFY(steps.first().text.startsWith(QStringLiteral("Latent interpolation: 40 frame")));
        QVERIFY(steps.first().actionText.isEmpty());
    }

    void estimatesUseTheDefaultsThePriceAndTheBackend()
    {
        QTemporaryDir dir;
        settings::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setPricePerSecondUsd(0.002);
        session::RunEstimates estimates(nullptr, &settings);
        session::InputModel model;
        PlanPreview preview(&model, &estimates);
        QVERIFY(preview.hasEstimate());
        const model::RunEstimate expected = model::RunEstimator().estimate(preview.plan(), 0.002);
        const model::RunEstimate got = preview.estimate();
        QCOMPARE(got.seconds, expected.seconds);
        QCOMPARE(got.usd, expected.usd);
        QVERIFY(got.fromDefaults());
        QCOMPARE(preview.estimateText(), session::RunEstimateText::describe(expected, false));
        QVERIFY(preview.estimateText().contains(QStringLiteral("documented A100 defaults")));

        QSignalSpy changed(&preview, &PlanPreview::changed);
        preview.setLocalBackend(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(preview.estimateText().contains(QStringLiteral("free (local)")));
        preview.setLocalBackend(true);
        QCOMPARE(changed.size(), 1);  // no change, no signal

        settings.setPricePerSecondUsd(0.004);
        estimates.priceChanged();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(preview.estimate().usd, model::RunEstimator().estimate(preview.plan(), 0.004).usd);
        // Without settings: the documented A100 price.
        session::RunEstimates unset(nullptr, nullptr);
        QCOMPARE(unset.pricePerSecondUsd(), settings::AppSettings::DefaultPricePerSecondUsd);
        QCOMPARE(unset.describe(model.input(), false), session::RunEstimateText::describe(
                     model::RunEstimator().estimate(preview.plan(), settings::AppSettings::DefaultPricePerSecondUsd), false));
        QSignalSpy refreshed(&unset, &session::RunEstimates::changed);
        unset.refresh();
        QCOMPARE(refreshed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanPreview)
#include "tst_planpreview.moc"
