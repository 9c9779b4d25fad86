// The API token may only ever travel to the API base URL. The emulator serves the API on
// 127.0.0.1 but hands out delivery (file) and stream URLs on host "localhost", so a client that
// attached the token to everything would be caught here, both by the emulator's own request log
// and by a recorder inside the client's QNetworkAccessManager. Log output is captured too.
#include "api/ApiClient.h"
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "support/EmulatorHarness.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::api;
using sdanim::testing::EmulatorHarness;
using sdanim::testing::JobRecord;
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
            const bool underBase = ApiClient::isUnder(s.url, emu.apiBase());
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
        int apiRequests = 0, localhostRequests = 0;
        for (const QJsonValue &v : emu.requests()) {
            const QJsonObject r = v.toObject();
            const QString host = r.value(QLatin1String("host")).toString();
            const QString path = r.value(QLatin1String("path")).toString();
            const QJsonObject headers = r.value(QLatin1String("headers")).toObject();
            const QString auth = headers.value(QLatin1String("authorization")).toString();
            if (path.startsWith(QLatin1String("/_emulator"))) continue;  // the test's own control calls
            if (host.startsWith(QLatin1String("localhost"))) {
                ++localhostRequests;
                QVERIFY2(!headers.contains(QLatin1String("authorization")), qPrintable(path));
            } else {
                QCOMPARE(host, apiHost);
                QVERIFY(path.startsWith(QLatin1String("/v1/")));
                if (!auth.isEmpty()) ++apiRequests;
            }
            QVERIFY2(!QJsonDocument(r).toJson().contains(kToken.toUtf8()) || host == apiHost, qPrintable(path));
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

    void isUnderApiBase()
    {
        const QUrl base(QStringLiteral("https://api.replicate.com/v1"));
        QVERIFY(ApiClient::isUnder(QUrl(QStringLiteral("https://api.replicate.com/v1/predictions/abc")), base));
        QVERIFY(ApiClient::isUnder(QUrl(QStringLiteral("https://API.replicate.com:443/v1")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("http://api.replicate.com/v1/predictions")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://api.replicate.com:8443/v1/predictions")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://api.replicate.com/v10/predictions")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://api.replicate.com.evil.test/v1/x")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://replicate.delivery/pbxt/x/out.png")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://stream.replicate.com/v1/files/x")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://user@api.replicate.com/v1/x")), base));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("https://api.replicate.com/v1/../other")), base));
        QVERIFY(ApiClient::isUnder(QUrl(QStringLiteral("http://127.0.0.1:5555/v1/account")), QUrl(QStringLiteral("http://127.0.0.1:5555/v1/"))));
        QVERIFY(!ApiClient::isUnder(QUrl(QStringLiteral("http://localhost:5555/v1/account")), QUrl(QStringLiteral("http://127.0.0.1:5555/v1"))));
    }
};

QTEST_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
