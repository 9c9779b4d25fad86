// Fault injection (control endpoint and CLI flags), the request log and the executable's lifecycle.
#include "emulator/EmulatorServer.h"
#include "support/EmulatorHttp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <csignal>
#include <memory>

using namespace sdanim::emulator;
using namespace sdanim::testing;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<EmulatorHttp> m_http;

    void setFaults(const QJsonObject &plan)
    {
        const HttpResult r = m_http->post(QStringLiteral("/_emulator/faults"), plan, {});
        QCOMPARE(r.status, 200);
    }
    QString create()
    {
        return m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json().value("id").toString();
    }

private slots:
    void initTestCase()
    {
        m_server = startEmulator(fastEmulatorOptions());
        QVERIFY(m_server);
        m_http = std::make_unique<EmulatorHttp>(m_server->port());
    }
    void init() { QCOMPARE(m_http->post(QStringLiteral("/_emulator/reset"), QByteArray(), {}).status, 200); }
    void cleanupTestCase() { m_server.reset(); }

    void faultPlanEndpoint()
    {
        const HttpResult bad = m_http->post(QStringLiteral("/_emulator/faults"), QJsonObject{{"no_such_fault", 1}}, {});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("detail").toString(), QStringLiteral("Unknown fault \"no_such_fault\""));
        QCOMPARE(m_http->post(QStringLiteral("/_emulator/faults"), QJsonObject{{"server_errors", QJsonArray{404}}}, {}).status, 400);
        setFaults(QJsonObject{{"drop_json", 2}, {"legacy_shapes", true}});
        const QJsonObject plan = m_http->get(QStringLiteral("/_emulator/faults"), {}).json().value("faults").toObject();
        QCOMPARE(plan.value("drop_json").toInt(), 2);
        QCOMPARE(plan.value("legacy_shapes").toBool(), true);
        QCOMPARE(plan.value("latency_ms").toInt(), 0);
        QCOMPARE(m_http->post(QStringLiteral("/_emulator/reset"), QByteArray(), {}).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/_emulator/faults"), {}).json().value("faults").toObject().value("drop_json").toInt(), 0);
    }

    // The emulator's own clock stamps created_at: with the fault on, a create is handled at least
    // latency_ms after the one before it was, however fast or slow the client is.
    void latency()
    {
        const QJsonObject before = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json();
        setFaults(QJsonObject{{"latency_ms", 600}});
        const QJsonObject held = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json();
        const auto createdAt = [](const QJsonObject &p) {
            return QDateTime::fromString(p.value("created_at").toString(), Qt::ISODateWithMs);
        };
        QVERIFY(createdAt(before).isValid() && createdAt(held).isValid());
        const qint64 gap = createdAt(before).msecsTo(createdAt(held));
        QVERIFY2(gap >= 599, qPrintable(QString::number(gap)));   // 599: both stamps are rounded to the millisecond
        m_http->post(QStringLiteral("/_emulator/reset"), QByteArray(), {});
        QCOMPARE(m_http->get(QStringLiteral("/_emulator/faults"), {}).json().value("faults").toObject().value("latency_ms").toInt(), 0);
        QCOMPARE(m_http->get(QStringLiteral("/v1/account")).status, 200);
    }

    void rateLimitBurst()
    {
        setFaults(QJsonObject{{"rate_limit_burst", 2}});
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = m_http->get(QStringLiteral("/v1/account"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QStringLiteral("1"));
            QCOMPARE(r.json().value("retry_after").toInt(), 1);
            QCOMPARE(r.json().value("title").toString(), QStringLiteral("Request was throttled"));
        }
        QCOMPARE(m_http->get(QStringLiteral("/v1/account")).status, 200);
    }

    void serverErrors()
    {
        const auto listed = [this] { return m_http->get(QStringLiteral("/v1/predictions")).json().value("results").toArray().size(); };
        const qsizetype before = listed();   // earlier tests' predictions outlive the reset
        setFaults(QJsonObject{{"server_errors", QJsonArray{500, 502, 503}}});
        const HttpResult e500 = m_http->get(QStringLiteral("/v1/account"));
        QCOMPARE(e500.status, 500);
        QCOMPARE(e500.json().value("detail").toString(), QStringLiteral("Internal server error"));
        const HttpResult e502 = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
        QCOMPARE(e502.status, 502);
        QVERIFY(e502.header("Content-Type").startsWith("text/html"));
        QVERIFY(e502.body.contains("502 Bad Gateway"));
        const HttpResult e503 = m_http->get(QStringLiteral("/v1/account"));
        QCOMPARE(e503.status, 503);
        QCOMPARE(e503.header("Content-Type"), QStringLiteral("application/problem+json"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/account")).status, 200);
        // The failed create did not create anything.
        QCOMPARE(listed(), before);
    }

    void dropJson()
    {
        setFaults(QJsonObject{{"drop_json", 1}});
        const HttpResult cut = m_http->get(QStringLiteral("/v1/account"));
        QVERIFY(!cut.ok); // Content-Length promised more than arrived
        QCOMPARE(cut.error, httplib::Error::Read);
        const HttpResult whole = m_http->get(QStringLiteral("/v1/account"));
        QCOMPARE(whole.status, 200);
        QVERIFY(!whole.json().isEmpty());
    }

    void malformedJson()
    {
        setFaults(QJsonObject{{"malformed_json", 1}});
        const HttpResult broken = m_http->get(QStringLiteral("/v1/account"));
        QCOMPARE(broken.status, 200);
        QCOMPARE(broken.header("Content-Length").toInt(), broken.body.size());
        QJsonParseError error;
        QJsonDocument::fromJson(broken.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!m_http->get(QStringLiteral("/v1/account")).json().isEmpty());
    }

    void dropFile()
    {
        const QString id = create();
        const QJsonObject p = m_http->pollUntil("/v1/predictions/" + id, EmulatorHttp::isTerminal);
        const QString path = EmulatorHttp::pathOf(p.value("output").toArray().first().toString());
        EmulatorHttp files(m_server->port(), "localhost");
        const HttpResult whole = files.get(path, {});
        QCOMPARE(whole.status, 200);
        setFaults(QJsonObject{{"drop_file", 1}});
        const HttpResult cut = files.stream(path);
        QVERIFY(!cut.ok || cut.body.size() < whole.body.size());
        QCOMPARE(cut.body.size(), whole.body.size() / 2);
        QCOMPARE(files.get(path, {}).body, whole.body);
    }

    void stuckStartingAndAbort()
    {
        setFaults(QJsonObject{{"stuck_starting", 1}, {"abort", 1}});
        const QString stuck = create();
        const QString aborted = create();
        const QString normal = create();
        const QJsonObject a = m_http->pollUntil("/v1/predictions/" + aborted, EmulatorHttp::isTerminal);
        QCOMPARE(a.value("status").toString(), QStringLiteral("aborted"));
        QVERIFY(!a.contains("started_at"));
        QVERIFY(a.value("completed_at").isString());
        QCOMPARE(m_http->pollUntil("/v1/predictions/" + normal, EmulatorHttp::isTerminal).value("status").toString(),
                 QStringLiteral("succeeded"));
        // `normal` was created after `stuck` and has already finished: the emulator's clock is past
        // the end of stuck's boot, so only the fault keeps it in `starting`.
        const QJsonObject s = m_http->get("/v1/predictions/" + stuck).json();
        QCOMPARE(s.value("status").toString(), QStringLiteral("starting"));
        QVERIFY(!s.contains("started_at"));
    }

    void duplicateKeys()
    {
        setFaults(QJsonObject{{"duplicate_keys", true}});
        const HttpResult r = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.count("\"model\":\"andreasjansson/stable-diffusion-animation\""), 2);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("starting")); // still parses (last wins)
    }

    void variedTimestamps()
    {
        setFaults(QJsonObject{{"varied_timestamps", true}});
        const QString id = create();
        QSet<int> digits;
        const QRegularExpression ts(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.(\d+)Z$)");
        for (int i = 0; i < 40; ++i) {
            const auto m = ts.match(m_http->get("/v1/predictions/" + id).json().value("created_at").toString());
            QVERIFY(m.hasMatch());
            digits.insert(int(m.captured(1).size()));
        }
        QVERIFY(digits.size() >= 3);
        for (int d : digits)
            QVERIFY(d >= 3 && d <= 9);
    }

    void legacyShapes()
    {
        setFaults(QJsonObject{{"legacy_shapes", true}});
        const QString id = create();
        const QJsonObject p = m_http->pollUntil("/v1/predictions/" + id, EmulatorHttp::isTerminal);
        QCOMPARE(p.value("status").toString(), QStringLiteral("succeeded"));
        QVERIFY(p.value("error").isString());
        QCOMPARE(p.value("error").toString(), QString());
        QVERIFY(p.value("output").isString());
        QVERIFY(p.value("output").toString().endsWith("/video.gif"));
    }

    void requestLogShowsHostsAndHeaders()
    {
        const QString id = create();
        const QJsonObject p = m_http->pollUntil("/v1/predictions/" + id, EmulatorHttp::isTerminal);
        EmulatorHttp(m_server->port(), "localhost").get(EmulatorHttp::pathOf(p.value("output").toArray().first().toString()), {});
        const QJsonArray log = m_http->get(QStringLiteral("/_emulator/requests"), {}).json().value("requests").toArray();
        QVERIFY(log.size() >= 3);
        bool sawApi = false;
        bool sawFile = false;
        for (const QJsonValue &v : log) {
            const QJsonObject e = v.toObject();
            QVERIFY(!e.value("path").toString().startsWith("/_emulator"));
            const QJsonObject headers = e.value("headers").toObject();
            if (e.value("path").toString() == "/v1/predictions" && e.value("method").toString() == "POST") {
                sawApi = true;
                QCOMPARE(e.value("host").toString(), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
                // Which credential arrived, without the log holding it: a SHA-256 digest.
                QCOMPARE(headers.value("authorization").toString(),
                         QStringLiteral("Bearer sha256:")
                             + QString::fromLatin1(QCryptographicHash::hash("r8_test_token", QCryptographicHash::Sha256).toHex()));
                QVERIFY(!QJsonDocument(e).toJson().contains("r8_test_token"));
            }
            if (e.value("path").toString().startsWith("/pbxt/")) {
                sawFile = true;
                QCOMPARE(e.value("host").toString(), QStringLiteral("localhost:%1").arg(m_server->port()));
                QVERIFY(!headers.contains("authorization"));
            }
        }
        QVERIFY(sawApi);
        QVERIFY(sawFile);
        m_http->post(QStringLiteral("/_emulator/reset"), QByteArray(), {});
        QCOMPARE(m_http->get(QStringLiteral("/_emulator/requests"), {}).json().value("requests").toArray().size(), 0);
    }

    void portInUseIsReported()
    {
        EmulatorOptions o;
        o.port = m_server->port();
        EmulatorServer second(o);
        QString error;
        QVERIFY(!second.start(&error));
        QCOMPARE(error, QStringLiteral("Cannot listen on 127.0.0.1:%1 (port in use or not permitted)").arg(m_server->port()));
        EmulatorOptions badScale;
        badScale.timeScale = 0;
        QVERIFY(!EmulatorServer(badScale).start(&error));
        QCOMPARE(error, QStringLiteral("The time scale must be greater than 0"));
    }

    void executableFlagsAndSignals()
    {
        QProcess process;
        process.setProgram(QStringLiteral(SDANIM_BINARY_DIR "/sdanim-emulator"));
        process.setArguments({"--port", "0", "--time-scale", "0.01", "--server-errors", "503", "--token", "r8_cli",
                              "--faults", R"({"duplicate_keys": true})"});
        process.start();
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(10000));
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        const auto m = QRegularExpression(R"(^sdanim-emulator listening on http://127\.0\.0\.1:(\d+)/v1$)").match(first);
        QVERIFY2(m.hasMatch(), qPrintable(first));
        EmulatorHttp http(quint16(m.captured(1).toInt()));
        QCOMPARE(http.get(QStringLiteral("/v1/account"), EmulatorHttp::auth("r8_cli")).status, 503);
        QCOMPARE(http.get(QStringLiteral("/v1/account"), EmulatorHttp::auth("r8_wrong")).status, 401);
        QCOMPARE(http.get(QStringLiteral("/v1/account"), EmulatorHttp::auth("r8_cli")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/_emulator/faults"), {}).json().value("faults").toObject().value("duplicate_keys").toBool(), true);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("sdanim-emulator stopped"));

        QProcess bad;
        bad.start(QStringLiteral(SDANIM_BINARY_DIR "/sdanim-emulator"), {"--time-scale", "zero"});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--time-scale must be a number greater than 0"));
    }
};

QTEST_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
