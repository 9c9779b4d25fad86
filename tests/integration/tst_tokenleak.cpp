// The API token may only ever travel to the API base URL. The emulator serves the API on
// 127.0.0.1 but hands out delivery (file) and stream URLs on host "localhost", so a client that
// attached the token to everything would be caught here, both by the emulator's own request log
// and by a recorder inside the client's QNetworkAccessManager. Log output is captured too.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "api/UrlScope.h"
#include "support/EmulatorHarness.h"
#include "support/MappedNetworkAccessManager.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>

#include <thread>

using namespace sdanim;
using namespace sdanim::api;
using sdanim::testing::EmulatorHarness;
using sdanim::testing::JobRecord;
using sdanim::testing::MappedNetworkAccessManager;
using sdanim::testing::RecordingNetworkAccessManager;

namespace {

const QString kToken = QStringLiteral("r8_LeakCanary0123456789abcdefXYZ");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previous) g_previous(type, context, message);
}

QJsonObject input(bool intermediate)
{
    return QJsonObject{{"prompt_start", "a lighthouse"}, {"prompt_end", "a storm | a calm sea"},
                       {"width", 128}, {"height", 128}, {"num_inference_steps", 4},
                       {"num_animation_frames", 3}, {"num_interpolation_steps", 1},
                       {"intermediate_output", intermediate}, {"output_format", "mp4"}, {"seed", 3}};
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Everything the client stack logs (including debug categories) goes through here.
        QLoggingCategory::setFilterRules(QStringLiteral("sdanim.*=true"));
        g_previous = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void tokenGoesOnlyToTheApiBase()
    {
        EmulatorHarness emu(0.01, kToken);
        QVERIFY(emu.started());
        QTemporaryDir out;
        RecordingNetworkAccessManager nam;
        JobOptions o;
        o.outputDirectory = out.path();
        o.pollIntervalMs = 40;
        o.maxPollIntervalMs = 150;
        o.downloadBackoffMs = 20;
        o.retry.baseDelayMs = 20;
        o.retry.maxDelayMs = 250;
        ReplicateBackend backend(emu.apiBase(), kToken.toUtf8(), o, &nam);

        QSignalSpy schemaSpy(&backend, &Backend::schemaReady);
        backend.loadSchema();
        QVERIFY(schemaSpy.wait(10000));
        QSignalSpy connSpy(&backend, &Backend::connectionChecked);
        backend.checkConnection();
        QVERIFY(connSpy.wait(10000));
        QVERIFY(connSpy.first().at(0).toBool());

        // SSE with intermediate files, cut downloads (retries), a lost create response (recovery
        // via the list), a cancel, and a resumed prediction: every kind of request the client makes.
        emu.setFaults(QJsonObject{{"drop_file", 2}});
        JobRecord streamed;
        PredictionJob *job = backend.createJob(input(true), &backend);
        streamed.watch(job);
        job->start();
        QVERIFY(streamed.waitDone());
        QCOMPARE(streamed.final.status, PredictionStatus::Succeeded);
        QCOMPARE(streamed.saved.size(), 1 + 2 * 2 + 1);
        QVERIFY(qobject_cast<ReplicateJob *>(job)->usedStream());

        emu.setFaults(QJsonObject{{"drop_json", 1}});
        JobRecord recovered;
        job = backend.createJob(input(false), &backend);
        recovered.watch(job);
        connect(job, &PredictionJob::created, job, &PredictionJob::cancel);
        job->start();
        QVERIFY(recovered.waitDone());
        QCOMPARE(recovered.created, 1);

        JobRecord resumed;
        job = backend.resumeJob(streamed.final, &backend);
        resumed.watch(job);
        job->start();
        QVERIFY(resumed.waitDone());
        QCOMPARE(resumed.final.status, PredictionStatus::Succeeded);

        // 1) Inside the client: every request as QNetworkAccessManager saw it.
        const QByteArray bearer = "Bearer " + kToken.toUtf8();
        int withToken = 0, toLocalhost = 0, streams = 0, files = 0;
        for (const auto &s : std::as_const(nam.sent)) {
            QVERIFY2(!s.url.toString().contains(kToken), qPrintable(s.url.toString()));
            const bool underBase = UrlScope(emu.apiBase()).contains(s.url);
            if (s.hasHeader("Authorization")) {
                QVERIFY2(underBase, qPrintable(s.url.toString()));
                QCOMPARE(s.header("Authorization"), bearer);  // never empty, never another scheme
                ++withToken;
            } else {
                QVERIFY2(!underBase || s.url.path().startsWith(QLatin1String("/_emulator")),
                         qPrintable(QStringLiteral("API request without token: ") + s.url.toString()));
            }
            for (const auto &h : s.headers) QVERIFY(!h.second.contains(kToken.toUtf8()) || h.first.compare("Authorization", Qt::CaseInsensitive) == 0);
            if (s.url.host() == QLatin1String("localhost")) {
                ++toLocalhost;
                if (s.url.path().startsWith(QLatin1String("/v1/files/"))) ++streams;
                else ++files;
            }
        }
        QVERIFY2(withToken >= 8, qPrintable(QString::number(withToken)));
        QVERIFY2(streams >= 1, "the SSE path was not exercised");
        QVERIFY2(files >= 8, "the downloads were not exercised");  // 6 + 1 + 2 retried cuts
        QCOMPARE(toLocalhost, streams + files);

        // 2) At the server: what actually arrived, per Host header.
        const QString apiHost = QStringLiteral("127.0.0.1:%1").arg(emu.server().port());
        const QString loggedBearer = QStringLiteral("Bearer sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(kToken.toUtf8(), QCryptographicHash::Sha256).toHex());
        int apiRequests = 0, localhostRequests = 0;
        for (const QJsonValue &v : emu.requests()) {
            const QJsonObject r = v.toObject();
            const QString host = r.value(QLatin1String("host")).toString();
            const QString path = r.value(QLatin1String("path")).toString();
            const QJsonObject headers = r.value(QLatin1String("headers")).toObject();
            const QString auth = headers.value(QLatin1String("authorization")).toString();
            // The log never holds the token itself, not even for the API host: only a digest
            // that proves which credential arrived.
            QVERIFY2(!QJsonDocument(r).toJson().contains(kToken.toUtf8()), qPrintable(path));
            if (path.startsWith(QLatin1String("/_emulator"))) continue;  // the test's own control calls
            if (host.startsWith(QLatin1String("localhost"))) {
                ++localhostRequests;
                QVERIFY2(!headers.contains(QLatin1String("authorization")), qPrintable(path));
            } else {
                QCOMPARE(host, apiHost);
                QVERIFY(path.startsWith(QLatin1String("/v1/")));
                if (!auth.isEmpty()) {
                    QCOMPARE(auth, loggedBearer);
                    ++apiRequests;
                }
            }
        }
        QVERIFY(localhostRequests >= 9);
        QVERIFY2(apiRequests >= 8, qPrintable(QString::number(apiRequests)));

        // 3) Nothing the client logged mentions the token.
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log)) QVERIFY2(!line.contains(kToken), qPrintable(line));
    }

    void noHeaderWithoutToken()
    {
        EmulatorHarness emu(0.01, kToken);
        QVERIFY(emu.started());
        RecordingNetworkAccessManager nam;
        JobOptions o;
        ReplicateBackend backend(emu.apiBase(), QByteArray("   "), o, &nam);
        QSignalSpy spy(&backend, &Backend::schemaReady);
        backend.loadSchema();
        QVERIFY(spy.wait(10000));
        QVERIFY(!nam.sent.isEmpty());
        for (const auto &s : std::as_const(nam.sent)) QVERIFY(!s.hasHeader("Authorization"));
        QSignalSpy conn(&backend, &Backend::connectionChecked);
        backend.checkConnection();
        QVERIFY(conn.wait(5000));
        QVERIFY(!conn.first().at(0).toBool());
        QVERIFY(conn.first().at(1).toString().contains(QLatin1String("token")));
    }

    // Every URL is judged by the same rule, whoever builds the request (ApiClient for API calls,
    // the streams and the history import; the OutputDownloader for files).
    void hostileUrlsGetNoToken_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("token");
        const QString api = QStringLiteral("https://api.replicate.com/v1");
        QTest::newRow("below the base") << api << "https://api.replicate.com/v1/predictions/abc" << true;
        QTest::newRow("the base itself") << api << "https://api.replicate.com/v1" << true;
        QTest::newRow("host case, default port") << api << "https://API.Replicate.COM:443/v1/x" << true;
        QTest::newRow("query is not the path") << api << "https://api.replicate.com/v1/x?next=../../y" << true;
        QTest::newRow("fullwidth host maps to ASCII") << api << QStringLiteral("https://\uFF41pi.replicate.com/v1/x") << true;
        QTest::newRow("%2e%2e") << api << "https://api.replicate.com/v1/%2e%2e/x" << false;
        QTest::newRow("%2E.") << api << "https://api.replicate.com/v1/%2E./x" << false;
        QTest::newRow("dot dot inside") << api << "https://api.replicate.com/v1/a/%2e%2e/b" << false;
        QTest::newRow("/v1/../x") << api << "https://api.replicate.com/v1/../x" << false;
        QTest::newRow("dot segment") << api << "https://api.replicate.com/v1/./predictions" << false;
        QTest::newRow("encoded slash") << api << "https://api.replicate.com/v1%2fevil" << false;
        QTest::newRow("encoded slash traversal") << api << "https://api.replicate.com/v1/a%2f..%2f..%2fx" << false;
        QTest::newRow("backslash traversal") << api << "https://api.replicate.com/v1/..%5cx" << false;
        QTest::newRow("/v1evil") << api << "https://api.replicate.com/v1evil/x" << false;
        QTest::newRow("/v10") << api << "https://api.replicate.com/v10" << false;
        QTest::newRow("path case") << api << "https://api.replicate.com/V1/x" << false;
        QTest::newRow("user info") << api << "https://user@api.replicate.com/v1/x" << false;
        QTest::newRow("user and password") << api << "https://user:pw@api.replicate.com/v1/x" << false;
        QTest::newRow("other port") << api << "https://api.replicate.com:8443/v1/x" << false;
        QTest::newRow("scheme change") << api << "http://api.replicate.com/v1/x" << false;
        QTest::newRow("websocket") << api << "wss://api.replicate.com/v1/x" << false;
        QTest::newRow("trailing dot") << api << "https://api.replicate.com./v1/x" << false;
        QTest::newRow("IDN lookalike") << api << QStringLiteral("https://\u0430pi.replicate.com/v1/x") << false;
        QTest::newRow("suffix host") << api << "https://api.replicate.com.evil.example/v1/x" << false;
        QTest::newRow("subdomain") << api << "https://x.api.replicate.com/v1/x" << false;
        QTest::newRow("delivery host") << api << "https://replicate.delivery/pbxt/a/out.gif" << false;
        QTest::newRow("no scheme") << api << "//api.replicate.com/v1/x" << false;
        const QString loop = QStringLiteral("http://127.0.0.1:5555/v1");
        QTest::newRow("loopback http base") << loop << "http://127.0.0.1:5555/v1/account" << true;
        QTest::newRow("loopback, other name") << loop << "http://localhost:5555/v1/account" << false;
        QTest::newRow("loopback, other port") << loop << "http://127.0.0.1:5556/v1/account" << false;
        QTest::newRow("loopback, https") << loop << "https://127.0.0.1:5555/v1/account" << false;
        QTest::newRow("IPv6 loopback base") << "http://[::1]:5555/v1" << "http://[::1]:5555/v1/x" << true;
        QTest::newRow("plain http remote base") << "http://api.example.test/v1" << "http://api.example.test/v1/x" << false;
        QTest::newRow("base with user info") << "https://u:p@api.replicate.com/v1" << "https://api.replicate.com/v1/x" << false;
        QTest::newRow("no base") << "" << "https://api.replicate.com/v1/x" << false;
    }

    void hostileUrlsGetNoToken()
    {
        QFETCH(QString, base);
        QFETCH(QString, url);
        QFETCH(bool, token);
        ApiClient client(nullptr, QUrl(base), kToken.toUtf8());
        const QNetworkRequest r = client.request(QUrl(url));
        QCOMPARE(r.hasRawHeader("Authorization"), token);
        QCOMPARE(client.isUnderApiBase(QUrl(url)), token);
    }

    // With a token, a plain-http base on another machine is refused before anything is sent:
    // sending without the token would only earn a 401 that hides the real problem.
    void plainHttpRemoteBaseFailsBeforeSending()
    {
        RecordingNetworkAccessManager nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://api.example.test/v1")), kToken.toUtf8());
        ApiCall *call = client.get(client.endpoint(QStringLiteral("/account")));
        QString message;
        bool ok = true;
        connect(call, &ApiCall::finished, call, [call, &message, &ok] {
            ok = call->isOk();
            message = call->error().userMessage();
        });
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("plain http")), qPrintable(message));
        QVERIFY(nam.sent.isEmpty());
    }

    // A redirect from the API base is followed only while it stays under the API base: never to
    // another host or scheme (https -> http), with or without the token.
    void redirectsNeverLeaveTheApiBase()
    {
        httplib::Server server;
        server.Get(R"(/v1/predictions/(\w+))", [](const httplib::Request &req, httplib::Response &res) {
            const std::string which = req.matches[1];
            if (which == "final") {
                res.set_content(R"({"id":"final","status":"succeeded"})", "application/json");
                return;
            }
            res.status = 302;
            if (which == "inside") res.set_header("Location", "/v1/predictions/final");
            if (which == "downgrade") res.set_header("Location", "http://api.replicate.com/v1/predictions/final");
            if (which == "elsewhere") res.set_header("Location", "https://evil.example/v1/predictions/final");
            if (which == "escape") res.set_header("Location", "/steal");
            if (which == "port") res.set_header("Location", "https://api.replicate.com:8443/v1/predictions/final");
        });
        const int port = server.bind_to_any_port("127.0.0.1");
        std::thread thread([&] { server.listen_after_bind(); });
        while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        auto stop = qScopeGuard([&] {
            server.stop();
            thread.join();
        });

        MappedNetworkAccessManager nam(static_cast<quint16>(port));
        ApiClient client(&nam, QUrl(QStringLiteral("https://api.replicate.com/v1")), kToken.toUtf8());
        RetryPolicy::Options quick;
        quick.maxAttempts = 2;
        quick.baseDelayMs = 10;
        client.setRetryPolicy(RetryPolicy(quick));
        auto fetch = [&](const QString &which, QString *message) {
            ApiCall *call = client.get(client.endpoint(QStringLiteral("/predictions/") + which));
            bool ok = false;
            QSignalSpy done(call, &ApiCall::finished);
            connect(call, &ApiCall::finished, call, [call, &ok, message] {
                ok = call->isOk() && call->json().object().value(QLatin1String("id")) == QLatin1String("final");
                *message = call->error().userMessage();
            });
            done.wait(10000);
            return ok;
        };
        QString message;
        QVERIFY2(fetch(QStringLiteral("inside"), &message), qPrintable(message));
        for (const char *which : {"downgrade", "elsewhere", "escape", "port"}) {
            QVERIFY2(!fetch(QLatin1String(which), &message), which);
            QVERIFY2(message.contains(QLatin1String("redirect")), qPrintable(message));
        }

        int followed = 0;
        for (const auto &s : nam.sent()) {
            const bool api = s.url.scheme() == QLatin1String("https") && s.url.host() == QLatin1String("api.replicate.com")
                             && s.url.port(443) == 443 && s.url.path().startsWith(QLatin1String("/v1/predictions/"));
            QVERIFY2(api, qPrintable(QStringLiteral("followed a redirect out of the API base: ") + s.url.toString()));
            QCOMPARE(s.header("Authorization"), "Bearer " + kToken.toUtf8());
            if (s.url.path() == QLatin1String("/v1/predictions/final")) ++followed;
        }
        QCOMPARE(followed, 1);   // only the redirect that stayed inside
    }
};

QTEST_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
