// The client validates inputs before sending them; the emulator answers 422 for the same inputs.
// This table sends each bad input straight to the emulator (no client-side check) and requires that
// the 422's invalid_fields, decoded by the client's ApiError, equal the client's own verdict field
// by field, and that the detail text is the one the client would show.
#include "api/ApiError.h"
#include "schema/InputValidator.h"
#include "schema/ModelSchema.h"
#include "support/EmulatorHttp.h"

#include <QtTest>

using namespace sdanim;
using sdanim::testing::EmulatorHttp;

class TestValidationParity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server = testing::startEmulator(testing::fastEmulatorOptions());
        QVERIFY(m_server);
    }

    void serverAndClientAgree_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<int>("expectedErrors");
        const QJsonObject ok{{"prompt_start", "a"}, {"prompt_end", "b"}};
        auto with = [&](QJsonObject extra) {
            QJsonObject o = ok;
            for (auto it = extra.begin(); it != extra.end(); ++it) o.insert(it.key(), it.value());
            return o;
        };
        QTest::newRow("missing both prompts") << QJsonObject{{"width", 256}} << 2;
        QTest::newRow("missing end prompt") << QJsonObject{{"prompt_start", "a"}} << 1;
        QTest::newRow("width not in enum") << with({{"width", 500}}) << 1;
        QTest::newRow("height 1024 not allowed") << with({{"height", 1024}}) << 1;
        QTest::newRow("format not in enum") << with({{"output_format", "webm"}}) << 1;
        QTest::newRow("steps above max") << with({{"num_inference_steps", 501}}) << 1;
        QTest::newRow("steps below min") << with({{"num_inference_steps", 0}}) << 1;
        QTest::newRow("frames below min") << with({{"num_animation_frames", 1}}) << 1;
        QTest::newRow("interpolation above max") << with({{"num_interpolation_steps", 51}}) << 1;
        QTest::newRow("guidance fractional below min") << with({{"guidance_scale", 0.5}}) << 1;
        QTest::newRow("fps above max") << with({{"gif_frames_per_second", 60}}) << 1;
        QTest::newRow("integer given number") << with({{"seed", 1.5}}) << 1;
        QTest::newRow("integer given string") << with({{"num_animation_frames", "25"}}) << 1;
        QTest::newRow("boolean given string") << with({{"gif_ping_pong", "yes"}}) << 1;
        QTest::newRow("string given number") << with({{"prompt_end", 3}}) << 1;
        QTest::newRow("several at once") << QJsonObject{{"prompt_start", "a"}, {"width", 100}, {"guidance_scale", 30},
                                                        {"film_interpolation", 1}} << 4;
        QTest::newRow("unbounded strength is fine") << with({{"prompt_strength", 7.5}}) << 0;
    }

    void serverAndClientAgree()
    {
        QFETCH(QJsonObject, input);
        QFETCH(int, expectedErrors);
        const schema::ModelSchema schema = schema::ModelSchema::pinned();
        const QList<schema::FieldError> client = schema::InputValidator(schema).validate(input);
        QCOMPARE(client.size(), expectedErrors);

        EmulatorHttp api(m_server->port());
        const auto res = api.post(QStringLiteral("/v1/predictions"),
                                  QJsonObject{{"version", schema.versionId()}, {"input", input}});
        if (expectedErrors == 0) {
            QCOMPARE(res.status, 201);
            return;
        }
        QCOMPARE(res.status, 422);
        QVERIFY(res.header("Content-Type").startsWith(QLatin1String("application/problem+json")));
        const api::ApiError error = api::ApiError::fromResponse(res.status, res.body);
        QCOMPARE(error.title, QStringLiteral("Input validation failed"));
        QCOMPARE(error.fieldErrors, client);
        QCOMPARE(error.detail, schema::formatDetail(client));
        for (const schema::FieldError &e : client)
            QVERIFY2(schema.parameter(e.inputName()), qPrintable(e.field + QLatin1String(" does not map onto a form field")));
    }

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
};

QTEST_MAIN(TestValidationParity)
#include "tst_validation_parity.moc"
