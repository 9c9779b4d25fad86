#include "schema/InputValidator.h"
#include "schema/ModelSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace sdanim::schema;

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void parsesFixtureInXOrder()
    {
        QFile f(QStringLiteral(SDANIM_FIXTURES "/model-version-ca1f5e.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        auto schema = ModelSchema::fromVersion(QJsonDocument::fromJson(f.readAll()).object(), &error);
        QVERIFY2(schema, qPrintable(error));
        QCOMPARE(schema->versionId(), ModelSchema::pinnedVersionId());
        QCOMPARE(schema->cogVersion(), QStringLiteral("0.4.4"));
        QCOMPARE(schema->parameters().size(), 15);
        QStringList names;
        for (const auto &p : schema->parameters()) names << p.name;
        QCOMPARE(names, (QStringList{"prompt_start", "prompt_end", "width", "height", "num_inference_steps",
                                     "prompt_strength", "num_animation_frames", "num_interpolation_steps",
                                     "guidance_scale", "gif_frames_per_second", "gif_ping_pong",
                                     "film_interpolation", "intermediate_output", "seed", "output_format"}));
        const Parameter *width = schema->parameter(QStringLiteral("width"));
        QVERIFY(width);
        QCOMPARE(width->type, ParamType::Integer);
        QCOMPARE(width->choices, (QJsonArray{128, 256, 512, 768, 1024}));
        QCOMPARE(width->defaultValue, QJsonValue(512));
        QCOMPARE(width->title, QStringLiteral("Width"));
        const Parameter *fmt = schema->parameter(QStringLiteral("output_format"));
        QCOMPARE(fmt->type, ParamType::String);
        QCOMPARE(fmt->choices, (QJsonArray{"gif", "mp4"}));
        const Parameter *strength = schema->parameter(QStringLiteral("prompt_strength"));
        QVERIFY(!strength->minimum && !strength->maximum);
        QVERIFY(!schema->parameter(QStringLiteral("seed"))->hasDefault());
        QCOMPARE(schema->parameter(QStringLiteral("film_interpolation"))->defaultValue, QJsonValue(true));
        QCOMPARE(schema->requiredNames(), (QStringList{"prompt_start", "prompt_end"}));
        QVERIFY(schema->outputIsIterator());
        QCOMPARE(ModelSchema::pinned().versionId(), schema->versionId());
    }

    void validatorMessages_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("detail");
        const QJsonObject ok{{"prompt_start", "a"}, {"prompt_end", "b"}};
        QTest::newRow("valid") << ok << QString();
        QTest::newRow("missing both") << QJsonObject{}
            << "- input: prompt_start is required\n- input: prompt_end is required\n";
        auto with = [&](const char *k, QJsonValue v) { QJsonObject o = ok; o.insert(QLatin1String(k), v); return o; };
        QTest::newRow("width enum") << with("width", 500)
            << "- input.width: width must be one of the following: 128, 256, 512, 768, 1024\n";
        QTest::newRow("format enum") << with("output_format", "webm")
            << "- input.output_format: output_format must be one of the following: \"gif\", \"mp4\"\n";
        QTest::newRow("steps max") << with("num_inference_steps", 501)
            << "- input.num_inference_steps: Must be less than or equal to 500\n";
        QTest::newRow("frames min") << with("num_animation_frames", 1)
            << "- input.num_animation_frames: Must be greater than or equal to 2\n";
        QTest::newRow("guidance min fractional") << with("guidance_scale", 0.5)
            << "- input.guidance_scale: Must be greater than or equal to 1\n";
        QTest::newRow("integer given number") << with("seed", 1.5)
            << "- input.seed: Invalid type. Expected: integer, given: number\n";
        QTest::newRow("integer given string") << with("num_animation_frames", "25")
            << "- input.num_animation_frames: Invalid type. Expected: integer, given: string\n";
        QTest::newRow("bool given string") << with("gif_ping_pong", "yes")
            << "- input.gif_ping_pong: Invalid type. Expected: boolean, given: string\n";
        QTest::newRow("strength unbounded") << with("prompt_strength", 7.25) << QString();
        QTest::newRow("unknown input ignored") << with("foo", 1) << QString();
    }

    void validatorMessages()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, detail);
        const ModelSchema schema = ModelSchema::pinned();
        QCOMPARE(formatDetail(InputValidator(schema).validate(input)), detail);
    }

    void fieldErrorInputName()
    {
        QCOMPARE((FieldError{"required", "input", "prompt_end is required"}.inputName()), QStringLiteral("prompt_end"));
        QCOMPARE((FieldError{"enum", "input.width", "x"}.inputName()), QStringLiteral("width"));
        QCOMPARE((FieldError{"required", "", "version is required"}.inputName()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
