#include "api/RetryPolicy.h"

#include <QtTest>

using namespace sdanim::api;
using Kind = RetryPolicy::RequestKind;
using Reach = RetryPolicy::Reach;

namespace {
ApiError http(int status, int retryAfter = -1)
{
    ApiError e;
    e.httpStatus = status;
    e.retryAfterSeconds = retryAfter;
    return e;
}
ApiError network()
{
    ApiError e;
    e.networkError = QStringLiteral("Connection refused");
    return e;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void getRetriesTheTransientOnes()
    {
        const RetryPolicy p(RetryPolicy::Options{}, [] { return 0.5; });
        for (int s : {429, 502, 503, 504})
            QVERIFY2(p.delayBeforeRetry(Kind::Idempotent, 1, http(s), Reach::GotResponse), qPrintable(QString::number(s)));
        QVERIFY(p.delayBeforeRetry(Kind::Idempotent, 1, network(), Reach::NotConnected));
        QVERIFY(p.delayBeforeRetry(Kind::Idempotent, 1, network(), Reach::LostAfterSending));
        for (int s : {400, 401, 402, 403, 404, 422, 500, 501})
            QVERIFY2(!p.delayBeforeRetry(Kind::Idempotent, 1, http(s), Reach::GotResponse), qPrintable(QString::number(s)));
    }

    void createIsNeverDuplicated()
    {
        const RetryPolicy p(RetryPolicy::Options{}, [] { return 0.5; });
        QVERIFY(p.delayBeforeRetry(Kind::Create, 1, http(429), Reach::GotResponse));
        QVERIFY(p.delayBeforeRetry(Kind::Create, 1, network(), Reach::NotConnected));
        // The server may have executed these: never repeat a create.
        QVERIFY(!p.delayBeforeRetry(Kind::Create, 1, network(), Reach::LostAfterSending));
        for (int s : {500, 502, 503, 504, 422, 401})
            QVERIFY2(!p.delayBeforeRetry(Kind::Create, 1, http(s), Reach::GotResponse), qPrintable(QString::number(s)));
    }

    // Only failures before any connection existed prove a create never left; only the ones that
    // stay that way (a name that does not resolve, a refused certificate) are not retried at all.
    void transportErrorsSayHowFarTheRequestGot()
    {
        using E = QNetworkReply;
        QCOMPARE(RetryPolicy::reachOf(E::ConnectionRefusedError, false), Reach::NotConnected);
        QCOMPARE(RetryPolicy::reachOf(E::ProxyConnectionRefusedError, false), Reach::NotConnected);
        for (E::NetworkError e : {E::HostNotFoundError, E::SslHandshakeFailedError, E::ProxyNotFoundError,
                                  E::ProxyAuthenticationRequiredError, E::ProtocolUnknownError})
            QCOMPARE(RetryPolicy::reachOf(e, false), Reach::Unreachable);
        for (E::NetworkError e : {E::TemporaryNetworkFailureError, E::ProxyTimeoutError, E::NetworkSessionFailedError,
                                  E::UnknownProxyError, E::RemoteHostClosedError, E::TimeoutError,
                                  E::OperationCanceledError, E::ContentReSendError, E::UnknownNetworkError})
            QCOMPARE(RetryPolicy::reachOf(e, false), Reach::LostAfterSending);
        QCOMPARE(RetryPolicy::reachOf(E::ConnectionRefusedError, true), Reach::LostAfterSending);   // cut mid-body

        const RetryPolicy p(RetryPolicy::Options{}, [] { return 0.5; });
        QVERIFY(!p.delayBeforeRetry(Kind::Idempotent, 1, network(), Reach::Unreachable));
        QVERIFY(!p.delayBeforeRetry(Kind::Create, 1, network(), Reach::Unreachable));
        QVERIFY(p.delayBeforeRetry(Kind::Idempotent, 1, network(), Reach::LostAfterSending));
        QVERIFY(!p.delayBeforeRetry(Kind::Create, 1, network(), Reach::LostAfterSending));
    }

    void exponentialBackoffWithoutJitter()
    {
        const RetryPolicy p({8, 500, 60000, 0.2}, [] { return 0.5; });  // 0.5 → jitter factor exactly 1
        QList<int> delays;
        for (int attempt = 1; attempt < 8; ++attempt)
            delays << *p.delayBeforeRetry(Kind::Idempotent, attempt, http(503), Reach::GotResponse);
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 16000, 32000}));
        QVERIFY(!p.delayBeforeRetry(Kind::Idempotent, 8, http(503), Reach::GotResponse));  // ~8 tries in all
    }

    void capAndJitterBounds()
    {
        const RetryPolicy low({20, 500, 60000, 0.2}, [] { return 0.0; });
        const RetryPolicy high({20, 500, 60000, 0.2}, [] { return 0.999999; });
        QCOMPARE(low.backoffMs(1), 400);
        QCOMPARE(high.backoffMs(1), 599);
        QCOMPARE(low.backoffMs(3), 1600);
        QCOMPARE(*low.delayBeforeRetry(Kind::Idempotent, 12, http(502), Reach::GotResponse), 48000);
        QCOMPARE(*high.delayBeforeRetry(Kind::Idempotent, 12, http(502), Reach::GotResponse), 60000);  // capped
        QCOMPARE(high.backoffMs(40), 60000);
    }

    void serverHintWins()
    {
        const RetryPolicy p({8, 500, 60000, 0.2}, [] { return 0.0; });
        QCOMPARE(*p.delayBeforeRetry(Kind::Create, 1, http(429, 5), Reach::GotResponse), 5000);
        QCOMPARE(*p.delayBeforeRetry(Kind::Idempotent, 3, http(503, 2), Reach::GotResponse), 2000);
        QCOMPARE(*p.delayBeforeRetry(Kind::Idempotent, 1, http(429, 0), Reach::GotResponse), 0);
        QCOMPARE(*p.delayBeforeRetry(Kind::Idempotent, 1, http(429, 600), Reach::GotResponse), 60000);  // capped
        const RetryPolicy half({8, 500, 60000, 0.2}, [] { return 0.5; });
        QCOMPARE(*half.delayBeforeRetry(Kind::Create, 1, http(429, 5), Reach::GotResponse), 5125);  // small spread
        // A hint does not make a non-retryable error retryable.
        QVERIFY(!p.delayBeforeRetry(Kind::Create, 1, http(503, 1), Reach::GotResponse));
    }

    void defaultRandomStaysInRange()
    {
        const RetryPolicy p;
        for (int i = 0; i < 200; ++i) {
            const int d = p.backoffMs(2);
            QVERIFY(d >= 800 && d <= 1200);
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
