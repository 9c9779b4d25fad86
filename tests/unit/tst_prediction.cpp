#include "api/Prediction.h"
#include "schema/InputValidator.h"
#include "schema/ModelSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sdanim::api;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SDANIM_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly)) qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestPrediction : public QObject
{
    Q_OBJECT
private slots:
    void everyPredictionFixtureParses()
    {
        // Every fixture that is a prediction object must parse; the others are a version and a request.
        const QStringList files = QDir(QStringLiteral(SDANIM_FIXTURES)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 4);
        int predictions = 0;
        for (const QString &file : files) {
            const QByteArray bytes = fixture(file);
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            QVERIFY2(!o.isEmpty(), qPrintable(file));
            if (!o.contains(QLatin1String("status"))) {
                // Not a prediction: a version object (the form's schema) or a create request body.
                if (o.contains(QLatin1String("openapi_schema"))) {
                    QString error;
                    QVERIFY2(sdanim::schema::ModelSchema::fromVersion(o, &error), qPrintable(file + error));
                } else {
                    QVERIFY2(o.value(QLatin1String("version")).toString().endsWith(sdanim::schema::ModelSchema::pinnedVersionId()),
                             qPrintable(file));
                    const sdanim::schema::ModelSchema pinned = sdanim::schema::ModelSchema::pinned();
                    QVERIFY2(sdanim::schema::InputValidator(pinned).validate(o.value(QLatin1String("input")).toObject()).isEmpty(),
                             qPrintable(file));
                }
                continue;
            }
            QString error;
            const Prediction p = Prediction::fromJsonBytes(bytes, &error);
            QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
            QVERIFY2(!p.id.isEmpty(), qPrintable(file));
            QVERIFY2(p.status != PredictionStatus::Unknown, qPrintable(file));
            QVERIFY2(p.createdAt.isValid(), qPrintable(file));
            ++predictions;
        }
        QCOMPARE(predictions, 2);
    }

    void defaultExampleIsTheOlderShape()
    {
        const Prediction p = Prediction::fromJsonBytes(fixture(QStringLiteral("prediction-default-example.json")));
        QCOMPARE(p.id, QStringLiteral("wsdaibdifnhlnptfyeyq6dgm4q"));
        QCOMPARE(p.status, PredictionStatus::Succeeded);
        QVERIFY(p.isTerminal());
        QVERIFY(p.error.isEmpty());  // "" means no error
        QVERIFY(p.rawOutput.isString());
        QCOMPARE(p.outputs, QStringList{QStringLiteral(
            "https://replicate.delivery/mgxm/56df19d7-3776-4119-a0f9-d278b26a4a8a/output.mp4")});
        QCOMPARE(p.input.value(QLatin1String("num_animation_frames")), QJsonValue(QStringLiteral("25")));
        QCOMPARE(p.createdAt, QDateTime(QDate(2022, 8, 28), QTime(20, 56, 18, 476), Qt::UTC));
        QCOMPARE(p.startedAt, QDateTime(QDate(2022, 8, 28), QTime(20, 59, 30), Qt::UTC));
        QCOMPARE(p.completedAt, QDateTime(QDate(2022, 8, 28), QTime(21, 1, 43), Qt::UTC));
        QCOMPARE(p.predictTime, 133.0);
        QCOMPARE(p.totalTime, 324.523068);
        QVERIFY(!p.dataRemoved);
        QVERIFY(!p.getUrl.isValid());  // older payloads have no urls
    }

    void createResponseExample()
    {
        const Prediction p = Prediction::fromJsonBytes(fixture(QStringLiteral("create-response-example.json")));
        QCOMPARE(p.status, PredictionStatus::Starting);
        QVERIFY(!p.isTerminal());
        QVERIFY(p.outputs.isEmpty());
        QVERIFY(p.rawOutput.isNull());
        QVERIFY(!p.startedAt.isValid());
        QCOMPARE(p.getUrl, QUrl(QStringLiteral("https://api.replicate.com/v1/predictions/8qnr2j4kynrj00crapbtfewwdg")));
        QCOMPARE(p.cancelUrl.path(), QStringLiteral("/v1/predictions/8qnr2j4kynrj00crapbtfewwdg/cancel"));
        QCOMPARE(p.streamUrl.host(), QStringLiteral("stream.replicate.com"));
        QCOMPARE(p.webUrl.host(), QStringLiteral("replicate.com"));
        QCOMPARE(p.predictTime, -1.0);
        QCOMPARE(p.createdAt, QDateTime(QDate(2025, 7, 29), QTime(9, 50, 53, 941), Qt::UTC));
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDate d(2023, 11, 27);
        QTest::newRow("0 digits") << "2023-11-27T13:31:16Z" << QDateTime(d, QTime(13, 31, 16), Qt::UTC);
        QTest::newRow("3 digits") << "2023-11-27T13:31:15.329Z" << QDateTime(d, QTime(13, 31, 15, 329), Qt::UTC);
        QTest::newRow("5 digits") << "2023-11-27T13:31:12.17042Z" << QDateTime(d, QTime(13, 31, 12, 170), Qt::UTC);
        QTest::newRow("6 digits") << "2023-11-27T13:31:15.504128Z" << QDateTime(d, QTime(13, 31, 15, 504), Qt::UTC);
        QTest::newRow("8 digits") << "2023-11-27T13:31:20.72056036Z" << QDateTime(d, QTime(13, 31, 20, 720), Qt::UTC);
        QTest::newRow("9 digits") << "2023-11-27T13:31:16.064900134Z" << QDateTime(d, QTime(13, 31, 16, 64), Qt::UTC);
        QTest::newRow("1 digit") << "2023-11-27T13:31:16.5Z" << QDateTime(d, QTime(13, 31, 16, 500), Qt::UTC);
        QTest::newRow("offset") << "2023-11-27T15:31:16.5+02:00" << QDateTime(d, QTime(13, 31, 16, 500), Qt::UTC);
        QTest::newRow("negative offset") << "2023-11-27T08:01:16-05:30" << QDateTime(d, QTime(13, 31, 16), Qt::UTC);
        QTest::newRow("no zone means UTC") << "2023-11-27T13:31:16.123456" << QDateTime(d, QTime(13, 31, 16, 123), Qt::UTC);
        QTest::newRow("space separator") << "2023-11-27 13:31:16Z" << QDateTime(d, QTime(13, 31, 16), Qt::UTC);
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("bad month") << "2023-13-27T13:31:16Z" << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime got = parseTimestamp(text);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid()) QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void duplicatedKeysLastWins()
    {
        const QByteArray json = "{\"id\":\"abc\",\"model\":\"stability-ai/sdxl\",\"model\":\"stability-ai/sdxl2\", \"status\":\"processing\",\"status\":\"succeeded\",\"created_at\":\"2023-11-27T13:31:16.0649Z\",\"output\":[\"a\"]}";
        QString error;
        const Prediction p = Prediction::fromJsonBytes(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.model, QStringLiteral("stability-ai/sdxl2"));
        QCOMPARE(p.status, PredictionStatus::Succeeded);
    }

    void absentVersusNull()
    {
        const Prediction absent = Prediction::fromJsonBytes("{\"id\":\"a\",\"status\":\"starting\"}");
        QVERIFY(absent.rawOutput.isUndefined());
        QVERIFY(absent.outputs.isEmpty());
        QVERIFY(absent.logs.isEmpty());
        const Prediction nulls = Prediction::fromJsonBytes(
            "{\"id\":\"a\",\"status\":\"canceled\",\"output\":null,\"logs\":null,\"error\":null,\"started_at\":null,\"urls\":null,\"metrics\":null}");
        QVERIFY(nulls.rawOutput.isNull());
        QVERIFY(nulls.outputs.isEmpty());
        QVERIFY(nulls.logs.isEmpty());
        QVERIFY(nulls.error.isEmpty());
        QVERIFY(!nulls.startedAt.isValid());
        QCOMPARE(nulls.status, PredictionStatus::Canceled);
        QVERIFY(nulls.isTerminal());
    }

    void iteratorOutputAndErrors()
    {
        const Prediction p = Prediction::fromJsonBytes("{\"id\":\"a\",\"status\":\"failed\", \"output\":[\"data:image/png;base64,AAAA\",\"https://x.test/output-1.png\",null], \"error\":\"NSFW content detected, please try a different prompt and/or seed\", \"data_removed\":true,\"metrics\":{\"predict_time\":\"12.5\"}}");
        QCOMPARE(p.outputs, (QStringList{"data:image/png;base64,AAAA", "https://x.test/output-1.png"}));
        QCOMPARE(p.error, QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
        QVERIFY(p.dataRemoved);
        QCOMPARE(p.predictTime, 12.5);
    }

    void nonStringOutputsKeepTheirJsonText()
    {
        // Found by tests/fuzz/fuzz_prediction: booleans and nested arrays became empty strings.
        const Prediction p = Prediction::fromJsonBytes(
            R"({"id":"a","status":"succeeded","output":[true,false,[1,"x"],{"k":1},2.5]})");
        QCOMPARE(p.outputs, (QStringList{"true", "false", "[1,\"x\"]", "{\"k\":1}", "2.5"}));
    }

    void statuses()
    {
        for (auto s : {PredictionStatus::Starting, PredictionStatus::Processing, PredictionStatus::Succeeded,
                       PredictionStatus::Failed, PredictionStatus::Canceled, PredictionStatus::Aborted})
            QCOMPARE(statusFromString(statusToString(s)), s);
        QCOMPARE(statusFromString(QStringLiteral("mystery")), PredictionStatus::Unknown);
        QVERIFY(isTerminal(PredictionStatus::Aborted));
        QVERIFY(isTerminal(PredictionStatus::Canceled));
        QVERIFY(!isTerminal(PredictionStatus::Starting));
        QVERIFY(!isTerminal(PredictionStatus::Processing));
        QVERIFY(!isTerminal(PredictionStatus::Unknown));
    }

    void rejectsNonPredictions()
    {
        QString error;
        Prediction::fromJsonBytes("{\"id\":\"abc\",\"status\":\"succ", &error);
        QVERIFY(error.contains(QLatin1String("invalid JSON")));
        Prediction::fromJsonBytes("[1,2]", &error);
        QVERIFY(!error.isEmpty());
        Prediction::fromJsonBytes("{\"detail\":\"nope\"}", &error);
        QVERIFY(!error.isEmpty());
        // A legacy Cog sync response has no id but is still a prediction result.
        const Prediction legacy = Prediction::fromJsonBytes("{\"status\":\"succeeded\",\"output\":[\"data:image/gif;base64,R0lG\"]}", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(legacy.outputs.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
