#include "api/ApiError.h"

#include <QDateTime>
#include <QtTest>

using namespace sdanim::api;

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void unauthenticated()
    {
        const ApiError e = ApiError::fromResponse(401,
            "{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass a valid authentication token\",\"status\":401}");
        QCOMPARE(e.title, QStringLiteral("Unauthenticated"));
        QCOMPARE(e.detail, QStringLiteral("You did not pass a valid authentication token"));
        QVERIFY(!e.isNetworkError());
        QVERIFY(e.userMessage().contains(QLatin1String("token in Settings")));
        QVERIFY(e.userMessage().contains(QLatin1String("valid authentication token")));
    }

    void insufficientCredit()
    {
        const ApiError e = ApiError::fromResponse(402,
            "{\"title\":\"Insufficient credit\",\"detail\":\"You have insufficient credit to run this model. Go to https://replicate.com/account/billing#billing to purchase credit. Once you purchase credit, please wait a few minutes before trying again.\",\"status\":402}");
        QVERIFY(e.userMessage().contains(QLatin1String("https://replicate.com/account/billing#billing")));
        QVERIFY(!e.userMessage().contains(QLatin1String("billing#billing to")));
        // No URL in the body: the well-known billing page is named anyway.
        QVERIFY(ApiError::fromResponse(402, "{}").userMessage().contains(QLatin1String("replicate.com/account/billing")));
    }

    void validationFields()
    {
        const ApiError e = ApiError::fromResponse(422,
            "{\"detail\":\"- input: prompt_start is required\\n- input.width: width must be one of the following: 128, 256, 512, 768, 1024\\n\", \"status\":422,\"title\":\"Input validation failed\", \"invalid_fields\":[{\"type\":\"required\",\"field\":\"input\",\"description\":\"prompt_start is required\"}, {\"type\":\"enum\",\"field\":\"input.width\",\"description\":\"width must be one of the following: 128, 256, 512, 768, 1024\"}]}");
        QCOMPARE(e.fieldErrors.size(), 2);
        QCOMPARE(e.fieldErrors[0], (sdanim::schema::FieldError{"required", "input", "prompt_start is required"}));
        QCOMPARE(e.fieldErrors[0].inputName(), QStringLiteral("prompt_start"));
        QCOMPARE(e.fieldErrors[1].inputName(), QStringLiteral("width"));
        const QString msg = e.userMessage();
        QVERIFY(msg.contains(QLatin1String("width: width must be one of the following")));
        QVERIFY(msg.contains(QLatin1String("prompt_start is required")));
    }

    void invalidVersion()
    {
        const ApiError e = ApiError::fromResponse(422,
            "{\"title\":\"Invalid version or not permitted\",\"detail\":\"The specified version does not exist (or perhaps you don't have permission to use it?)\",\"status\":422}");
        QVERIFY(e.fieldErrors.isEmpty());
        QVERIFY(e.userMessage().startsWith(QLatin1String("Invalid version or not permitted: The specified version")));
    }

    void pydanticDetailFromCog()
    {
        const ApiError e = ApiError::fromResponse(422,
            "{\"detail\":[{\"loc\":[\"body\",\"input\",\"width\"],\"msg\":\"value is not a valid enumeration member\",\"type\":\"type_error.enum\"}]}");
        QCOMPARE(e.fieldErrors.size(), 1);
        QCOMPARE(e.fieldErrors[0].field, QStringLiteral("input.width"));
        QCOMPARE(e.fieldErrors[0].inputName(), QStringLiteral("width"));
    }

    void retryHints_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("header") << QByteArray("{\"detail\":\"Request was throttled.\"}") << QByteArray("7") << 7;
        QTest::newRow("header wins over body") << QByteArray("{\"retry_after\":5}") << QByteArray("2") << 2;
        QTest::newRow("body retry_after") << QByteArray("{\"title\":\"Request was throttled\",\"retry_after\":5,\"status\":429}") << QByteArray() << 5;
        QTest::newRow("body retry_after string") << QByteArray("{\"retry_after\":\"3\"}") << QByteArray() << 3;
        QTest::newRow("~Ns text") << QByteArray("{\"title\":\"Request was throttled\",\"detail\":\"Request was throttled. Your rate limit for prediction creation is reduced to 6 requests per minute with a burst of 1 requests while you have less than $5.0 in credit. Your rate limit resets in ~5s.\",\"status\":429}") << QByteArray() << 5;
        QTest::newRow("in N second") << QByteArray("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}") << QByteArray() << 1;
        QTest::newRow("in N seconds") << QByteArray("{\"detail\":\"Request was throttled. Expected available in 12 seconds.\"}") << QByteArray() << 12;
        QTest::newRow("none") << QByteArray("{\"detail\":\"Request was throttled.\"}") << QByteArray() << -1;
        QTest::newRow("plain text body") << QByteArray("Too Many Requests, resets in ~4s") << QByteArray() << 4;
        QTest::newRow("garbage header") << QByteArray("{}") << QByteArray("soon") << -1;
    }

    void retryHints()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const ApiError e = ApiError::fromResponse(429, body, header);
        QCOMPARE(e.retryAfterSeconds, seconds);
        if (seconds >= 0)
            QVERIFY(e.userMessage().contains(QString::number(seconds)));
        else
            QVERIFY(e.userMessage().contains(QLatin1String("Too many requests")));
    }

    void retryAfterHttpDate()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray header = QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT";
        const ApiError e = ApiError::fromResponse(503, "", header);
        QVERIFY2(e.retryAfterSeconds >= 28 && e.retryAfterSeconds <= 31, qPrintable(QString::number(e.retryAfterSeconds)));
    }

    void serverErrorsAndNetwork()
    {
        const ApiError html = ApiError::fromResponse(502, "<html><body>Bad gateway</body></html>");
        QVERIFY(html.detail.isEmpty());
        QVERIFY(html.userMessage().contains(QLatin1String("HTTP 502")));
        const ApiError json = ApiError::fromResponse(500, "{\"detail\":\"Internal server error\"}");
        QVERIFY(json.userMessage().contains(QLatin1String("Internal server error")));
        ApiError net;
        net.networkError = QStringLiteral("Connection refused");
        QVERIFY(net.isNetworkError());
        QVERIFY(net.userMessage().contains(QLatin1String("Connection refused")));
        QVERIFY(net.userMessage().contains(QLatin1String("internet connection")));
        const ApiError notFound = ApiError::fromResponse(404, "{\"detail\":\"The requested resource could not be found.\",\"status\":404}");
        QVERIFY(notFound.userMessage().contains(QLatin1String("could not be found")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
