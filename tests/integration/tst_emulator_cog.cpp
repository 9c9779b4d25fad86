// The Cog container API: §7.1 (health check, sync/async predictions, PUT idempotency, 409, cancel,
// webhooks, pydantic 422s, data: URI outputs) and the Cog 0.4.4 legacy server of §7.3.
#include "emulator/EmulatorServer.h"
#include "support/EmulatorHttp.h"

#include <QFile>
#include <QMutex>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <thread>

using namespace sdanim::emulator;
using namespace sdanim::testing;

namespace {

// Collects the webhooks the emulator POSTs.
class WebhookSink
{
public:
    WebhookSink()
    {
        m_server.Post("/hook", [this](const httplib::Request &req, httplib::Response &res) {
            QMutexLocker lock(&m_mutex);
            m_bodies << QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
            res.status = 200;
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~WebhookSink()
    {
        m_server.stop();
        m_thread.join();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port); }
    QList<QJsonObject> bodies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bodies;
    }
    bool waitForStatus(const QString &status, int timeoutMs = 60000) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const auto list = bodies();
            if (!list.isEmpty() && list.last().value("status").toString() == status)
                return true;
            QThread::msleep(10);
        }
        return false;
    }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    mutable QMutex m_mutex;
    QList<QJsonObject> m_bodies;
};

QJsonObject cogInput()
{
    QJsonObject input = tinyInput();
    input.insert("seed", 5);
    return input;
}

QByteArray decodeDataUri(const QString &uri, QString *mime)
{
    const int comma = uri.indexOf(',');
    *mime = uri.mid(5, uri.indexOf(';') - 5);
    return QByteArray::fromBase64(uri.mid(comma + 1).toLatin1());
}

} // namespace

class TestEmulatorCog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<EmulatorHttp> m_http;

    void waitReady()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && m_http->get("/cog/health-check", {}).json().value("status") != "READY")
            QThread::msleep(10);
    }

private slots:
    void initTestCase()
    {
        m_server = startEmulator(fastEmulatorOptions(0.1)); // setup takes 0.4 s
        QVERIFY(m_server);
        m_http = std::make_unique<EmulatorHttp>(m_server->port());
    }
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) != "setupPhaseThenReady")
            waitReady();
    }
    void cleanupTestCase() { m_server.reset(); }

    void setupPhaseThenReady()
    {
        {
            // A container whose setup() outlasts the test, so STARTING and the 409 are seen however slow
            // the machine is (the shared one's 0.4 s were over before the POST under ASan on a busy box).
            EmulatorOptions slow = fastEmulatorOptions(0.1);
            slow.coldBootSeconds = 3600;
            const auto booting = startEmulator(slow);
            QVERIFY(booting);
            EmulatorHttp http(booting->port());
            const QJsonObject starting = http.get("/cog/health-check", {}).json();
            QCOMPARE(starting.value("status").toString(), QStringLiteral("STARTING"));
            const HttpResult early = http.post("/cog/predictions", QJsonObject{{"input", cogInput()}}, {});
            QCOMPARE(early.status, 409);
            QCOMPARE(early.json(), (QJsonObject{{"detail", "Already running a prediction"}}));
        }
        waitReady();
        const QJsonObject ready = m_http->get("/cog/health-check", {}).json();
        QCOMPARE(ready.value("status").toString(), QStringLiteral("READY"));
        const QJsonObject setup = ready.value("setup").toObject();
        QCOMPARE(setup.value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(setup.value("logs").toString(), QStringLiteral("Loading pipeline...\nLoading interpolator...\n"));
        QVERIFY(setup.value("completed_at").toString().endsWith("+00:00"));
    }

    void rootAndOpenApi()
    {
        QCOMPARE(m_http->get("/cog/", {}).json(), (QJsonObject{{"docs_url", "/docs"}, {"openapi_url", "/openapi.json"}}));
        QFile fixture(QStringLiteral(SDANIM_FIXTURES "/model-version-ca1f5e.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(fixture.readAll()).object().value("openapi_schema").toObject();
        QCOMPARE(m_http->get("/cog/openapi.json", {}).json(), expected);
        QCOMPARE(m_http->get("/cog/nothing", {}).json(), (QJsonObject{{"detail", "Not Found"}}));
    }

    void syncPrediction()
    {
        QJsonObject input = cogInput();
        input.insert("intermediate_output", true);
        input.insert("num_animation_frames", "2"); // pydantic coerces the string
        const HttpResult r = m_http->post("/cog/predictions", QJsonObject{{"input", input}}, {});
        QCOMPARE(r.status, 200);
        const QJsonObject p = r.json();
        QCOMPARE(p.value("status").toString(), QStringLiteral("succeeded"));
        QVERIFY(p.value("error").isNull());
        QVERIFY(!p.contains("id"));
        QCOMPARE(p.value("input").toObject(), input);
        QCOMPARE(p.value("logs").toString(), QStringLiteral("Using seed: 5\nGenerating initial latents for 9 steps\n"
                                                           "Generating first and last keyframes\n"
                                                           "Generating frame 0 of keyframe 0\nGenerating frame 1 of keyframe 0\n"
                                                           "Interpolating images with FILM\nSaving GIF\n"));
        QVERIFY(p.value("metrics").toObject().value("predict_time").toDouble() > 0);
        QVERIFY(p.value("started_at").toString().endsWith("+00:00"));
        const QJsonArray output = p.value("output").toArray();
        QCOMPARE(output.size(), 3); // output-0.png, output-1.png, video.gif
        QString mime;
        QVERIFY(decodeDataUri(output[0].toString(), &mime).startsWith("\x89PNG"));
        QCOMPARE(mime, QStringLiteral("image/png"));
        QVERIFY(decodeDataUri(output[2].toString(), &mime).startsWith("GIF89a"));
        QCOMPARE(mime, QStringLiteral("image/gif"));
    }

    void pydanticValidation()
    {
        QJsonObject input = cogInput();
        input.remove("prompt_start");
        input.insert("width", 100);
        input.insert("guidance_scale", 50);
        input.insert("gif_ping_pong", "maybe");
        const HttpResult r = m_http->post("/cog/predictions", QJsonObject{{"input", input}}, {});
        QCOMPARE(r.status, 422);
        const QJsonArray detail = r.json().value("detail").toArray();
        QCOMPARE(detail.size(), 4);
        QCOMPARE(detail[0].toObject(), (QJsonObject{{"loc", QJsonArray{"body", "input", "prompt_start"}},
                                                    {"msg", "field required"}, {"type", "value_error.missing"}}));
        bool sawEnum = false;
        for (const QJsonValue &v : detail) {
            const QJsonObject e = v.toObject();
            if (e.value("type") == "type_error.enum") {
                sawEnum = true;
                QCOMPARE(e.value("msg").toString(), QStringLiteral("value is not a valid enumeration member; permitted: 128, 256, 512, 768, 1024"));
            }
            if (e.value("type") == "value_error.number.not_le")
                QCOMPARE(e.value("msg").toString(), QStringLiteral("ensure this value is less than or equal to 20"));
        }
        QVERIFY(sawEnum);
        QCOMPARE(detail[3].toObject().value("type").toString(), QStringLiteral("type_error.bool"));
    }

    void asyncWithWebhooksAndBusy()
    {
        WebhookSink sink;
        QJsonObject input = cogInput();
        input.insert("intermediate_output", true);
        input.insert("width", 512);
        input.insert("height", 512);
        input.insert("num_animation_frames", 4);
        const HttpResult r = m_http->post("/cog/predictions",
                                          QJsonObject{{"id", "async1"}, {"input", input}, {"webhook", sink.url()}},
                                          {{"Prefer", "respond-async"}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("processing"));
        QCOMPARE(r.json().value("id").toString(), QStringLiteral("async1"));
        QVERIFY(r.json().value("started_at").isString());

        QCOMPARE(m_http->get("/cog/health-check", {}).json().value("status").toString(), QStringLiteral("BUSY"));
        const HttpResult busy = m_http->post("/cog/predictions", QJsonObject{{"input", cogInput()}}, {});
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.json().value("detail").toString(), QStringLiteral("Already running a prediction"));

        QVERIFY(sink.waitForStatus("succeeded"));
        const QList<QJsonObject> hooks = sink.bodies();
        QVERIFY(hooks.size() >= 3);
        QCOMPARE(hooks.first().value("status").toString(), QStringLiteral("processing")); // start
        int lastOutputs = 0;
        int lastLogs = 0;
        for (const QJsonObject &h : hooks) {
            QCOMPARE(h.value("id").toString(), QStringLiteral("async1"));
            const int outputs = int(h.value("output").toArray().size());
            const int logs = int(h.value("logs").toString().count('\n'));
            QVERIFY(outputs >= lastOutputs); // output grows as the iterator yields
            QVERIFY(logs >= lastLogs);
            lastOutputs = outputs;
            lastLogs = logs;
        }
        const QJsonObject completed = hooks.last();
        QCOMPARE(completed.value("output").toArray().size(), 1 + 3 + 1);
        QVERIFY(completed.value("output").toArray().last().toString().startsWith("data:image/gif;base64,"));
        QVERIFY(completed.value("completed_at").isString());
        // In between, at least one webhook carried a partial output or partial logs.
        QVERIFY(std::any_of(hooks.begin(), hooks.end() - 1, [](const QJsonObject &h) {
            return h.value("logs").toString().contains("Generating frame");
        }));
        QCOMPARE(m_http->get("/cog/health-check", {}).json().value("status").toString(), QStringLiteral("READY"));
    }

    void webhookFilter()
    {
        WebhookSink sink;
        const HttpResult r = m_http->post("/cog/predictions",
                                          QJsonObject{{"input", cogInput()}, {"webhook", sink.url()},
                                                      {"webhook_events_filter", QJsonArray{"completed"}}},
                                          {{"Prefer", "respond-async"}});
        QCOMPARE(r.status, 202);
        QVERIFY(sink.waitForStatus("succeeded"));
        // One sender thread per prediction posts its webhooks one after the other, each answered
        // only once the sink stored it, and the completed one last: when it is here, any other
        // event the filter let through would already be here too.
        QCOMPARE(sink.bodies().size(), 1);
    }

    void putIdempotencyAndCancel()
    {
        WebhookSink sink;
        QJsonObject slow = cogInput();
        slow.insert("width", 512);
        slow.insert("height", 512);
        slow.insert("num_animation_frames", 30);
        const QJsonObject body{{"input", slow}, {"webhook", sink.url()}};
        const HttpResult first = m_http->put("/cog/predictions/put-1", body, {{"Prefer", "respond-async"}});
        QCOMPARE(first.status, 202);
        QCOMPARE(first.json().value("id").toString(), QStringLiteral("put-1"));
        const HttpResult again = m_http->put("/cog/predictions/put-1", body, {{"Prefer", "respond-async"}});
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json().value("started_at"), first.json().value("started_at")); // same run, no duplicate
        // Even without respond-async the duplicate PUT answers at once with the running state.
        QCOMPARE(m_http->put("/cog/predictions/put-1", body).status, 202);
        QCOMPARE(m_http->put("/cog/predictions/put-2", body, {{"Prefer", "respond-async"}}).status, 409);

        QJsonObject mismatched = body;
        mismatched.insert("id", "other");
        const HttpResult mismatch = m_http->put("/cog/predictions/put-1", mismatched);
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.json().value("detail").toArray().first().toObject().value("loc").toArray(), (QJsonArray{"body", "id"}));

        QCOMPARE(m_http->post("/cog/predictions/unknown/cancel", QByteArray(), {}).status, 404);
        QCOMPARE(m_http->post("/cog/predictions/unknown/cancel", QByteArray(), {}).body, QByteArray("{}"));
        const HttpResult cancel = m_http->post("/cog/predictions/put-1/cancel", QByteArray(), {});
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.body, QByteArray("{}"));
        QVERIFY(sink.waitForStatus("canceled"));
        QCOMPARE(m_http->post("/cog/predictions/put-1/cancel", QByteArray(), {}).status, 404);
        QCOMPARE(m_http->get("/cog/health-check", {}).json().value("status").toString(), QStringLiteral("READY"));
    }

    void nsfwFailsWith200()
    {
        const HttpResult r = m_http->post("/cog/predictions", QJsonObject{{"input", tinyInput("nsfw", "b")}}, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(r.json().value("error").toString(), QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
    }

    void legacyServerOnItsOwnPort()
    {
        EmulatorOptions o;
        o.timeScale = 0.01;
        o.cogLegacy = true;
        o.cogPort = 0;
        // An explicit port is required for a separate Cog listener; find a free one first.
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            o.cogPort = probe.serverPort();
        }
        EmulatorServer server(o);
        QVERIFY(server.start());
        QCOMPARE(server.cogBaseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(o.cogPort));
        EmulatorHttp cog(o.cogPort);
        QCOMPARE(cog.get("/health-check", {}).status, 404);
        QCOMPARE(cog.get("/health-check", {}).json(), (QJsonObject{{"detail", "Not Found"}}));
        QCOMPARE(cog.get("/", {}).json().value("openapi_url").toString(), QStringLiteral("/openapi.json"));
        const HttpResult ok = cog.post("/predictions", QJsonObject{{"input", cogInput()}}, {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().keys(), (QStringList{"output", "status"}));
        QCOMPARE(ok.json().value("status").toString(), QStringLiteral("succeeded"));
        QVERIFY(ok.json().value("output").toArray().first().toString().startsWith("data:image/gif;base64,R0lGOD"));
        const HttpResult nsfw = cog.post("/predictions", QJsonObject{{"input", tinyInput("NSFW", "b")}}, {});
        QCOMPARE(nsfw.status, 500);
        QCOMPARE(nsfw.body, QByteArray("Internal Server Error"));
        QCOMPARE(cog.put("/predictions/abc", QJsonObject{{"input", cogInput()}}).status, 404);
        QCOMPARE(cog.post("/predictions/abc/cancel", QByteArray(), {}).status, 404);
        // The main port no longer serves /cog when the Cog API has its own port.
        QCOMPARE(EmulatorHttp(server.port()).get("/cog/health-check", {}).status, 404);
    }
};

QTEST_MAIN(TestEmulatorCog)
#include "tst_emulator_cog.moc"
