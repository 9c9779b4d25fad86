// UrlScope: the one rule for where the API token may go (ApiClient, ApiCall's redirects,
// DownloadTask and every redirect hop of a download ask it). Hostile spellings of "somewhere
// else" must all be outside; the real API's own URLs inside.
#include "api/UrlScope.h"

#include <QtTest>

using namespace sdanim::api;

class TestUrlScope : public QObject
{
    Q_OBJECT
private slots:
    void contains_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("inside");
        const QString api = QStringLiteral("https://api.replicate.com/v1");
        QTest::newRow("below the base") << api << "https://api.replicate.com/v1/predictions/abc" << true;
        QTest::newRow("the base itself") << api << "https://api.replicate.com/v1" << true;
        QTest::newRow("base with slash, url without") << "https://api.replicate.com/v1/" << "https://api.replicate.com/v1" << true;
        QTest::newRow("trailing slash") << api << "https://api.replicate.com/v1/" << true;
        QTest::newRow("empty segment below") << api << "https://api.replicate.com/v1//predictions" << true;
        QTest::newRow("explicit default port") << api << "https://api.replicate.com:443/v1/x" << true;
        QTest::newRow("host case") << api << "https://API.Replicate.com/v1/x" << true;
        QTest::newRow("encoded unreserved") << api << "https://api.replicate.com/v1/%70redictions" << true;
        QTest::newRow("query and fragment") << api << "https://api.replicate.com/v1/x?a=/../b#../c" << true;
        QTest::newRow("fullwidth host maps to ASCII") << api << QStringLiteral("https://\uFF41pi.replicate.com/v1/x") << true;
        QTest::newRow("root base covers the host") << "https://api.example.test" << "https://api.example.test/anything" << true;

        QTest::newRow("%2e%2e") << api << "https://api.replicate.com/v1/%2e%2e/x" << false;
        QTest::newRow("%2E%2E upper") << api << "https://api.replicate.com/v1/%2E%2E/x" << false;
        QTest::newRow(".%2e") << api << "https://api.replicate.com/v1/.%2e/x" << false;
        QTest::newRow("dot dot that stays inside") << api << "https://api.replicate.com/v1/a/../b" << false;
        QTest::newRow("/v1/../x") << api << "https://api.replicate.com/v1/../x" << false;
        QTest::newRow("trailing ..") << api << "https://api.replicate.com/v1/.." << false;
        QTest::newRow("dot segment") << api << "https://api.replicate.com/v1/./x" << false;
        QTest::newRow("%2f") << api << "https://api.replicate.com/v1%2fevil" << false;
        QTest::newRow("%2F traversal") << api << "https://api.replicate.com/v1/a%2F..%2F..%2Fx" << false;
        QTest::newRow("%5c traversal") << api << "https://api.replicate.com/v1/..%5cx" << false;
        QTest::newRow("raw backslash") << api << "https://api.replicate.com/v1/..\\x" << false;
        QTest::newRow("NUL") << api << "https://api.replicate.com/v1/x%00y" << false;
        QTest::newRow("/v1evil") << api << "https://api.replicate.com/v1evil" << false;
        QTest::newRow("/v10") << api << "https://api.replicate.com/v10/x" << false;
        QTest::newRow("above the base") << api << "https://api.replicate.com/" << false;
        QTest::newRow("no path") << api << "https://api.replicate.com" << false;
        QTest::newRow("path case") << api << "https://api.replicate.com/V1/x" << false;
        QTest::newRow("double slash before base") << api << "https://api.replicate.com//v1/x" << false;
        QTest::newRow("user info") << api << "https://user@api.replicate.com/v1/x" << false;
        QTest::newRow("user and password") << api << "https://user:pw@api.replicate.com/v1/x" << false;
        QTest::newRow("other port") << api << "https://api.replicate.com:8443/v1/x" << false;
        QTest::newRow("scheme change") << api << "http://api.replicate.com/v1/x" << false;
        QTest::newRow("http on port 443") << api << "http://api.replicate.com:443/v1/x" << false;
        QTest::newRow("other scheme") << api << "ftp://api.replicate.com/v1/x" << false;
        QTest::newRow("trailing dot host") << api << "https://api.replicate.com./v1/x" << false;
        QTest::newRow("IDN lookalike (Cyrillic a)") << api << QStringLiteral("https://\u0430pi.replicate.com/v1/x") << false;
        QTest::newRow("punycode lookalike") << api << "https://xn--pi-6kc.replicate.com/v1/x" << false;
        QTest::newRow("suffix host") << api << "https://api.replicate.com.evil.example/v1/x" << false;
        QTest::newRow("subdomain") << api << "https://evil.api.replicate.com/v1/x" << false;
        QTest::newRow("delivery host") << api << "https://replicate.delivery/pbxt/a/b.gif" << false;
        QTest::newRow("stream host") << api << "https://stream.replicate.com/v1/files/x" << false;
        QTest::newRow("relative") << api << "/v1/predictions" << false;
        QTest::newRow("scheme-relative") << api << "//api.replicate.com/v1/x" << false;
        QTest::newRow("empty") << api << "" << false;

        const QString loop = QStringLiteral("http://127.0.0.1:5555/v1");
        QTest::newRow("loopback base") << loop << "http://127.0.0.1:5555/v1/account" << true;
        QTest::newRow("loopback, other name") << loop << "http://localhost:5555/v1/account" << false;
        QTest::newRow("loopback, other port") << loop << "http://127.0.0.1:5556/v1/account" << false;
        QTest::newRow("loopback, default port") << loop << "http://127.0.0.1/v1/account" << false;
        QTest::newRow("loopback, https") << loop << "https://127.0.0.1:5555/v1/account" << false;
        QTest::newRow("localhost base") << "http://localhost:8710/v1" << "http://LOCALHOST:8710/v1/x" << true;
        QTest::newRow("IPv6 loopback base") << "http://[::1]:5555/v1" << "http://[::1]:5555/v1/x" << true;
        QTest::newRow("127/8 base") << "http://127.8.9.10:5555/v1" << "http://127.8.9.10:5555/v1/x" << true;

        QTest::newRow("plain http remote base") << "http://api.example.test/v1" << "http://api.example.test/v1/x" << false;
        QTest::newRow("plain http private address") << "http://192.168.1.2/v1" << "http://192.168.1.2/v1/x" << false;
        QTest::newRow("localhost lookalike base") << "http://localhost.evil.example/v1" << "http://localhost.evil.example/v1/x" << false;
        QTest::newRow("base with user info") << "https://u:p@api.replicate.com/v1" << "https://api.replicate.com/v1/x" << false;
        QTest::newRow("base with dot segment") << "https://api.replicate.com/v1/.." << "https://api.replicate.com/x" << false;
        QTest::newRow("no base") << "" << "https://api.replicate.com/v1/x" << false;
        QTest::newRow("relative base") << "/v1" << "/v1/x" << false;
    }

    void contains()
    {
        QFETCH(QString, base);
        QFETCH(QString, url);
        QFETCH(bool, inside);
        QCOMPARE(UrlScope(QUrl(base)).contains(QUrl(url)), inside);
    }

    void validityAndProblems_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("https") << "https://api.replicate.com/v1" << true << "";
        QTest::newRow("emulator") << "http://127.0.0.1:8710/v1" << true << "";
        QTest::newRow("localhost") << "http://localhost:8710/v1" << true << "";
        QTest::newRow("IPv4-mapped loopback") << "http://[::ffff:127.0.0.1]:8710/v1" << true << "";
        QTest::newRow("plain http") << "http://api.example.test/v1" << false << "plain http";
        QTest::newRow("user info") << "https://me:secret@api.replicate.com/v1" << false << "user name or password";
        QTest::newRow("ftp") << "ftp://api.replicate.com/v1" << false << "https";
        QTest::newRow("dot segments") << "https://api.replicate.com/v1/../v2" << false << "read differently";
        QTest::newRow("none") << "" << false << "no valid API base";
    }

    void validityAndProblems()
    {
        QFETCH(QString, base);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const UrlScope scope{QUrl(base)};
        QCOMPARE(scope.isValid(), valid);
        QCOMPARE(scope.problem().isEmpty(), valid);
        if (!valid) QVERIFY2(scope.problem().contains(mentions), qPrintable(scope.problem()));
        QVERIFY2(!scope.problem().contains(QLatin1String("secret")), qPrintable(scope.problem()));   // no password in messages
    }

    void replicateHosts()
    {
        for (const char *h : {"replicate.delivery", "pbxt.replicate.delivery", "api.replicate.com", "replicate.com",
                              "x.y.replicate.net", "REPLICATE.DELIVERY", "replicate.delivery."})
            QVERIFY2(UrlScope::isReplicateHost(QLatin1String(h)), h);
        for (const char *h : {"replicate.delivery.evil.com", "evilreplicate.delivery", "replicate.de", "localhost",
                              "127.0.0.1", "notreplicate.com", "", "."})
            QVERIFY2(!UrlScope::isReplicateHost(QLatin1String(h)), h);
        QVERIFY(!UrlScope::isReplicateHost(QStringLiteral("r\u0435plicate.delivery")));   // Cyrillic e
    }

    void tokenRetryNeedsHttpsOnAReplicateHost()
    {
        QVERIFY(UrlScope::mayRetryWithToken(QUrl(QStringLiteral("https://pbxt.replicate.delivery/x/out.gif"))));
        QVERIFY(UrlScope::mayRetryWithToken(QUrl(QStringLiteral("HTTPS://replicate.delivery/x"))));
        QVERIFY(!UrlScope::mayRetryWithToken(QUrl(QStringLiteral("http://pbxt.replicate.delivery/x/out.gif"))));
        QVERIFY(!UrlScope::mayRetryWithToken(QUrl(QStringLiteral("https://u@pbxt.replicate.delivery/x"))));
        QVERIFY(!UrlScope::mayRetryWithToken(QUrl(QStringLiteral("https://replicate.delivery.evil.example/x"))));
        QVERIFY(!UrlScope::mayRetryWithToken(QUrl(QStringLiteral("ftp://replicate.delivery/x"))));
        QVERIFY(!UrlScope::mayRetryWithToken(QUrl()));
    }

    void loopbackHosts()
    {
        for (const char *h : {"127.0.0.1", "127.255.0.9", "::1", "localhost", "LocalHost", "::ffff:127.0.0.1"})
            QVERIFY2(UrlScope::isLoopbackHost(QLatin1String(h)), h);
        for (const char *h : {"10.0.0.1", "0.0.0.0", "::", "localhost.evil.example", "evil-localhost", "128.0.0.1", ""})
            QVERIFY2(!UrlScope::isLoopbackHost(QLatin1String(h)), h);
    }
};

QTEST_GUILESS_MAIN(TestUrlScope)
#include "tst_urlscope.moc"
