#include "model/AnimationPlan.h"
#include "model/RunEstimator.h"
#include "schema/InputValidator.h"
#include "session/RunEstimates.h"
#include "settings/AppSettings.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepSpec.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::sweep;

namespace {

const QJsonObject kBase{{"prompt_start", "a lighthouse"}, {"prompt_end", "a storm | the dawn"}};

QList<QJsonValue> valuesOf(const QString &vary, QStringList *errors = nullptr)
{
    QStringList local;
    const auto axis = SweepAxis::parse(vary, schema::ModelSchema::pinned(), errors ? errors : &local);
    return axis ? axis->values : QList<QJsonValue>();
}

bool mentions(const QStringList &errors, const QString &text)
{
    for (const QString &e : errors)
        if (e.contains(text)) return true;
    return false;
}

} // namespace

class TestSweepSpec : public QObject
{
    Q_OBJECT
private slots:
    void listsAreTypedByTheSchema()
    {
        const auto seeds = valuesOf(QStringLiteral("seed=1, 2,3"));
        QCOMPARE(seeds, (QList<QJsonValue>{1, 2, 3}));
        QVERIFY(seeds.first().isDouble());
        QStringList errors;
        const auto axis = SweepAxis::parse(QStringLiteral("guidance-scale=7.5,12"), schema::ModelSchema::pinned(), &errors);
        QVERIFY2(axis, qPrintable(errors.join('\n')));
        QCOMPARE(axis->name, QStringLiteral("guidance_scale"));
        QCOMPARE(axis->labels, (QStringList{"guidance_scale=7.5", "guidance_scale=12"}));
        // Quotes keep commas inside a prompt.
        const auto prompts = valuesOf(QStringLiteral("prompt_start=\"a red, blue sky\",a cat"));
        QCOMPARE(prompts, (QList<QJsonValue>{QStringLiteral("a red, blue sky"), QStringLiteral("a cat")}));
    }

    // Booleans are spelled as on the command line (schema::Parameter::valueFromText).
    void booleansTakeTheCommandLineSpellings()
    {
        QStringList errors;
        const auto values = valuesOf(QStringLiteral("gif_ping_pong=on,off,YES,0"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(values, (QList<QJsonValue>{true, false, true, false}));
    }

    void rangesIncludeTheEndWhenTheyLandOnIt_data()
    {
        QTest::addColumn<QString>("vary");
        QTest::addColumn<QList<QJsonValue>>("expected");
        QTest::newRow("lands") << "guidance_scale=5:9:2" << QList<QJsonValue>{5.0, 7.0, 9.0};
        QTest::newRow("overshoots") << "guidance_scale=5:10:2" << QList<QJsonValue>{5.0, 7.0, 9.0};
        QTest::newRow("no step: 1") << "num_inference_steps=10:13" << QList<QJsonValue>{10, 11, 12, 13};
        QTest::newRow("descending") << "num_animation_frames=9:5:-2" << QList<QJsonValue>{9, 7, 5};
        QTest::newRow("one value") << "seed=4:4:1" << QList<QJsonValue>{4};
        // start + i × step, rounded to 12 digits: 0.1 + 2 × 0.1 is 0.3 here, not 0.30000000000000004.
        QTest::newRow("float steps") << "prompt_strength=0.1:0.3:0.1" << QList<QJsonValue>{0.1, 0.2, 0.3};
        QTest::newRow("float end reached") << "prompt_strength=0:1:0.25" << QList<QJsonValue>{0.0, 0.25, 0.5, 0.75, 1.0};
        QTest::newRow("many float steps") << "guidance_scale=1:2:0.1"
                                          << QList<QJsonValue>{1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0};
    }
    void rangesIncludeTheEndWhenTheyLandOnIt()
    {
        QFETCH(QString, vary);
        QFETCH(QList<QJsonValue>, expected);
        QStringList errors;
        const auto values = valuesOf(vary, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(values, expected);
    }

    void badValuesGetOneMessageEach_data()
    {
        QTest::addColumn<QString>("vary");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("above maximum") << "guidance_scale=5,25,30"
                                       << QStringList{"--vary guidance_scale: value 25: Must be less than or equal to 20",
                                                      "--vary guidance_scale: value 30: Must be less than or equal to 20"};
        QTest::newRow("range leaves the schema") << "num_animation_frames=1:3"
                                                 << QStringList{"--vary num_animation_frames: value 1: Must be greater than or equal to 2"};
        QTest::newRow("not a number") << "seed=1,two" << QStringList{"--vary seed: expected a whole number, got \"two\""};
        QTest::newRow("not finite") << "guidance_scale=5,nan" << QStringList{"--vary guidance_scale: expected a number, got \"nan\""};
        QTest::newRow("not a boolean") << "gif_ping_pong=true,maybe" << QStringList{"--vary gif_ping_pong: expected true or false, got \"maybe\""};
        QTest::newRow("fraction for an integer") << "seed=1:2:0.5" << QStringList{"takes whole numbers"};
        QTest::newRow("zero step") << "guidance_scale=5:9:0" << QStringList{"must be non-zero"};
        QTest::newRow("wrong direction") << "guidance_scale=9:5:1" << QStringList{"must be non-zero and go from the start towards the end"};
        QTest::newRow("range not numeric") << "guidance_scale=5:x:1" << QStringList{"\"x\" in the range 5:x:1 is not a number"};
        QTest::newRow("enum") << "width=128,500" << QStringList{"--vary width: value 500: width must be one of the following"};
        QTest::newRow("unknown input") << "colour=red,blue" << QStringList{"--vary colour: the model has no such input"};
        QTest::newRow("no equals") << "seed" << QStringList{"expected NAME=VALUES"};
        QTest::newRow("no values") << "seed=" << QStringList{"--vary seed: no values"};
        QTest::newRow("too many") << "seed=0:1000" << QStringList{"more than 100 values"};
        QTest::newRow("end prompt 0") << "prompt_end[0]=a" << QStringList{"counted from 1"};
        QTest::newRow("pipe in one end prompt") << "prompt_end[1]=a|b" << QStringList{"cannot contain \"|\""};
        QTest::newRow("pair without arrow") << "prompts=a cat" << QStringList{"is not a prompt pair"};
    }
    void badValuesGetOneMessageEach()
    {
        QFETCH(QString, vary);
        QFETCH(QStringList, messages);
        QStringList errors;
        QVERIFY(!SweepAxis::parse(vary, schema::ModelSchema::pinned(), &errors));
        QCOMPARE(errors.size(), messages.size());
        for (int i = 0; i < messages.size(); ++i) QVERIFY2(errors.at(i).contains(messages.at(i)), qPrintable(errors.at(i)));
    }

    void twoAxesMakeAGridRowByRow()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        const auto spec = SweepSpec::parse({"seed=1,2,3", "guidance_scale=5:9:4"}, schema, &errors);
        QVERIFY2(spec, qPrintable(errors.join('\n')));
        QCOMPARE(spec->columnCount(), 3);
        QCOMPARE(spec->rowCount(), 2);
        const auto plan = spec->expand(kBase, schema, 77, &errors);
        QVERIFY2(plan, qPrintable(errors.join('\n')));
        QCOMPARE(plan->columnLabels, (QStringList{"seed=1", "seed=2", "seed=3"}));
        QCOMPARE(plan->rowLabels, (QStringList{"guidance_scale=5", "guidance_scale=9"}));
        QCOMPARE(plan->cells.size(), 6);
        const SweepCell &cell = plan->cells.at(4);   // second row, middle column
        QCOMPARE(cell.index, 4);
        QCOMPARE(cell.row, 1);
        QCOMPARE(cell.column, 1);
        QCOMPARE(cell.label(), QStringLiteral("seed=2, guidance_scale=9"));
        QCOMPARE(cell.input.value("seed").toInt(), 2);
        QCOMPARE(cell.input.value("guidance_scale").toDouble(), 9.0);
        QCOMPARE(cell.input.value("prompt_start").toString(), QStringLiteral("a lighthouse"));
        // The seed is varied, so the drawn one is not used.
        QVERIFY(!plan->base.contains("seed"));
        for (const SweepCell &c : plan->cells) QVERIFY(schema::InputValidator(schema).validate(c.input).isEmpty());
    }

    void anUnvariedSeedIsFixedForEveryCell()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        const auto spec = SweepSpec::parse({"prompt_strength=0.5,0.9"}, schema, &errors);
        QVERIFY(spec);
        auto plan = spec->expand(kBase, schema, 1234, &errors);
        QVERIFY(plan);
        QCOMPARE(plan->rowLabels, QStringList{QString()});
        QCOMPARE(plan->cells.first().label(), QStringLiteral("prompt_strength=0.5"));
        for (const SweepCell &c : plan->cells) QCOMPARE(c.input.value("seed").toInt(), 1234);
        // A seed in the base wins; a negative fixed seed leaves it to the model.
        QJsonObject seeded = kBase;
        seeded.insert("seed", 5);
        plan = spec->expand(seeded, schema, 1234, &errors);
        for (const SweepCell &c : plan->cells) QCOMPARE(c.input.value("seed").toInt(), 5);
        plan = spec->expand(kBase, schema, -1, &errors);
        for (const SweepCell &c : plan->cells) QVERIFY(!c.input.contains("seed"));
    }

    void promptAxes()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        auto spec = SweepSpec::parse({"prompt_end[2]=rain,snow", "prompt_start=a ship"}, schema, &errors);
        QVERIFY2(spec, qPrintable(errors.join('\n')));
        auto plan = spec->expand(kBase, schema, 1, &errors);
        QVERIFY2(plan, qPrintable(errors.join('\n')));
        QCOMPARE(plan->cells.at(1).input.value("prompt_end").toString(), QStringLiteral("a storm | snow"));
        QCOMPARE(plan->cells.at(1).input.value("prompt_start").toString(), QStringLiteral("a ship"));

        spec = SweepSpec::parse({"prompts=a cat => a dog | a fox,\"x, y\" => z", "seed=1,2"}, schema, &errors);
        QVERIFY2(spec, qPrintable(errors.join('\n')));
        plan = spec->expand(kBase, schema, 1, &errors);
        QVERIFY(plan);
        QCOMPARE(plan->cells.at(0).input.value("prompt_start").toString(), QStringLiteral("a cat"));
        QCOMPARE(plan->cells.at(0).input.value("prompt_end").toString(), QStringLiteral("a dog | a fox"));
        QCOMPARE(plan->cells.at(1).input.value("prompt_start").toString(), QStringLiteral("x, y"));
        QCOMPARE(plan->columnLabels.at(1), QStringLiteral("prompts=x, y => z"));

        // An end prompt the base does not have.
        spec = SweepSpec::parse({"prompt_end[3]=rain"}, schema, &errors);
        QVERIFY(spec);
        errors.clear();
        QVERIFY(!spec->expand(kBase, schema, 1, &errors));
        QVERIFY2(mentions(errors, "has 2 end prompt"), qPrintable(errors.join('\n')));
    }

    void specLevelErrors()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        QVERIFY(!SweepSpec::parse({}, schema, &errors));
        QVERIFY(mentions(errors, "needs --vary"));
        errors.clear();
        QVERIFY(!SweepSpec::parse({"seed=1", "seed=2"}, schema, &errors));
        QVERIFY2(mentions(errors, "both change seed"), qPrintable(errors.join('\n')));
        errors.clear();
        QVERIFY(!SweepSpec::parse({"prompts=a => b", "prompt_end[1]=c"}, schema, &errors));
        QVERIFY(mentions(errors, "both change prompt_end"));
        errors.clear();
        QVERIFY(!SweepSpec::parse({"seed=1", "guidance_scale=2", "prompt_strength=0.5"}, schema, &errors));
        QVERIFY(mentions(errors, "at most 2 inputs"));
        errors.clear();
        QVERIFY(!SweepSpec::parse({"seed=0:99", "num_inference_steps=1:5"}, schema, &errors));
        QVERIFY2(mentions(errors, "The sweep has 500 runs; at most 400"), qPrintable(errors.join('\n')));
        // Every bad --vary is reported, not only the first.
        errors.clear();
        QVERIFY(!SweepSpec::parse({"seed=x", "guidance_scale=30"}, schema, &errors));
        QCOMPARE(errors.size(), 2);
    }

    void everyRunMustValidate()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        const auto spec = SweepSpec::parse({"seed=1,2"}, schema, &errors);
        QVERIFY(spec);
        // A problem of the base is said once, not once per run.
        QJsonObject base{{"prompt_end", "b"}, {"height", 1000}};
        QVERIFY(!spec->expand(base, schema, 1, &errors));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(mentions(errors, "prompt_start is required"), qPrintable(errors.join('\n')));
        QVERIFY2(mentions(errors, "--height: height must be one of the following"), qPrintable(errors.join('\n')));
        QVERIFY(!mentions(errors, "Run 1"));
    }

    void specRoundTripsThroughJson()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        const auto spec = SweepSpec::parse({"prompts=a => b,c => d", "guidance_scale=5:9:2"}, schema, &errors);
        QVERIFY(spec);
        const QJsonObject json = spec->toJson();
        QCOMPARE(json.value("rows").toObject().value("values").toArray().size(), 3);
        const auto back = SweepSpec::fromJson(json, schema, &errors);
        QVERIFY2(back, qPrintable(errors.join('\n')));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->expand(kBase, schema, 3, &errors)->cells.size(), 6);
    }

    void estimateSumsThePlansEstimator()
    {
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        const auto plan = SweepSpec::parse({"seed=1:6"}, schema, &errors)->expand(kBase, schema, 1, &errors);
        QVERIFY(plan);
        const model::RunEstimator estimator;
        const double price = settings::AppSettings::DefaultPricePerSecondUsd;
        const model::RunEstimate one = estimator.estimate(model::AnimationPlan::fromInput(plan->cells.first().input), price);
        QVERIFY(one.seconds > 0 && one.usd > 0);
        const SweepEstimate e = SweepEstimate::of(*plan, estimator, price, 4, false);
        QCOMPARE(e.runs.size(), 6);
        QVERIFY(qFuzzyCompare(e.total.seconds, 6 * one.seconds));
        QVERIFY(qFuzzyCompare(e.total.usd, 6 * one.usd));
        QVERIFY(qFuzzyCompare(e.total.highUsd, 6 * one.highUsd));
        // Six equal runs, four at a time: two rounds.
        QVERIFY(qFuzzyCompare(e.wallSeconds, 2 * one.seconds));
        QVERIFY(qFuzzyCompare(SweepEstimate::of(*plan, estimator, price, 1, false).wallSeconds, 6 * one.seconds));
        QVERIFY2(e.describe().contains(QStringLiteral(" · compute ≈ ")), qPrintable(e.describe()));
        QVERIFY2(e.describe().contains(QStringLiteral("with 4 at once")), qPrintable(e.describe()));

        QCOMPARE(e.runsWithinBudget(-1), 6);
        QCOMPARE(e.runsWithinBudget(2.5 * one.usd), 2);
        QCOMPARE(e.runsWithinBudget(3 * one.usd * 1.000001), 3);
        QCOMPARE(e.runsWithinBudget(0), 0);
        // The form's RunEstimates give the same numbers (defaults without a history, the settings' price).
        QTemporaryDir dir;
        settings::AppSettings settings(dir.filePath("s.ini"));
        settings.setPricePerSecondUsd(2 * price);
        const session::RunEstimates formEstimates(nullptr, &settings);
        const SweepEstimate viaForm = SweepEstimate::of(*plan, formEstimates, 4, false);
        QVERIFY(qFuzzyCompare(viaForm.total.usd, 2 * e.total.usd));
        QVERIFY(qFuzzyCompare(viaForm.total.seconds, e.total.seconds));
        const SweepEstimate local = SweepEstimate::of(*plan, estimator, price, 1, true);
        QCOMPARE(local.total.usd, 0.0);
        QCOMPARE(local.runsWithinBudget(0), 6);
        QVERIFY(local.describe().contains(QStringLiteral("free (local)")));
    }

    void confirmationThreshold()
    {
        QTemporaryDir dir;
        settings::AppSettings settings(dir.filePath("s.ini"));
        QCOMPARE(settings.sweepConfirmRuns(), settings::AppSettings::DefaultSweepConfirmRuns);
        QCOMPARE(settings.sweepConfirmUsd(), settings::AppSettings::DefaultSweepConfirmUsd);
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        QStringList errors;
        const model::RunEstimator estimator;
        auto estimateOf = [&](int runs) {
            const auto plan = SweepSpec::parse({QStringLiteral("seed=1:%1").arg(runs)}, schema, &errors)->expand(kBase, schema, 1, &errors);
            return SweepEstimate::of(*plan, estimator, settings.pricePerSecondUsd(), 1, false);
        };
        QVERIFY(!estimateOf(12).needsConfirmation(settings));
        QVERIFY(estimateOf(13).needsConfirmation(settings));
        settings.setSweepConfirmUsd(0.01);
        QVERIFY(estimateOf(2).needsConfirmation(settings));
        settings.setSweepConfirmUsd(100);
        settings.setSweepConfirmRuns(20);
        QVERIFY(!estimateOf(13).needsConfirmation(settings));
        // Local runs are free: only their number asks.
        const auto plan = SweepSpec::parse({"seed=1:3"}, schema, &errors)->expand(kBase, schema, 1, &errors);
        settings.setSweepConfirmUsd(0);
        QVERIFY(!SweepEstimate::of(*plan, estimator, settings.pricePerSecondUsd(), 1, true).needsConfirmation(settings));
        settings.setValue("sweep/confirmRuns", "many");
        QCOMPARE(settings.sweepConfirmRuns(), settings::AppSettings::DefaultSweepConfirmRuns);
    }
};

QTEST_GUILESS_MAIN(TestSweepSpec)
#include "tst_sweepspec.moc"
