// Issue 8, defect 8 "Bounded input": every input the client reads from outside has a documented
// limit (docs/client.md, "Limits"); going over it fails at once with a message that names the
// limit, and leaves nothing half-written. The hostile peers here are a cpp-httplib server and raw
// sockets on 127.0.0.1.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CogBackend.h"
#include "api/CogJob.h"
#include "api/CogWebhookReceiver.h"
#include "api/DataUri.h"
#include "api/OutputDownloader.h"
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "api/SseParser.h"
#include "api/TokenStore.h"
#include "store/PresetStore.h"
#include "store/Sidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace sdanim;
using namespace sdanim::api;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

// Valid JSON of exactly `size` bytes: {"id":"big","pad":"aaaa…"}.
QByteArray jsonOfSize(qint64 size)
{
    const QByteArray head = "{\"id\":\"big\",\"pad\":\"";
    const QByteArray tail = "\"}";
    return head + QByteArray(size - head.size() - tail.size(), 'a') + tail;
}

// {"status":"READY","pad":"aaaa…"} of exactly `size` bytes.
QByteArray readyHealthOfSize(qint64 size)
{
    const QByteArray head = "{\"status\":\"READY\",\"pad\":\"";
    const QByteArray tail = "\"}";
    return head + QByteArray(size - head.size() - tail.size(), 'a') + tail;
}

// `body` with its size in Content-Length, sent 1 MiB at a time.
void serveAnnounced(httplib::Response &res, QByteArray body, const char *contentType)
{
    const auto shared = std::make_shared<QByteArray>(std::move(body));
    res.set_content_provider(size_t(shared->size()), contentType,
                             [shared](size_t offset, size_t length, httplib::DataSink &sink) {
                                 const size_t n = std::min<size_t>(length, MiB);
                                 return sink.write(shared->constData() + offset, n);
                             });
}

// `body` chunked, so nothing announces its size. Not labelled JSON so that httplib does not gzip
// it: Qt would stop a 1000:1 ratio as a zip bomb before our limit is reached.
void serveChunked(httplib::Response &res, QByteArray body)
{
    const auto shared = std::make_shared<QByteArray>(std::move(body));
    res.set_chunked_content_provider("application/octet-stream", [shared](size_t offset, httplib::DataSink &sink) {
        if (offset >= size_t(shared->size())) {
            sink.done();
            return true;
        }
        const size_t n = std::min<size_t>(size_t(shared->size()) - offset, MiB);
        return sink.write(shared->constData() + offset, n);
    });
}

class HostileServer
{
public:
    HostileServer()
    {
        // 64 MiB + 1 byte of valid JSON, announced by Content-Length.
        m_server.Get("/v1/announced", [this](const httplib::Request &, httplib::Response &res) {
            hit("announced");
            serveAnnounced(res, jsonOfSize(64 * MiB + 1), "application/json");
        });
        // The same, chunked: nothing announces the size.
        m_server.Get("/v1/chunked", [this](const httplib::Request &, httplib::Response &res) {
            hit("chunked");
            serveChunked(res, jsonOfSize(65 * MiB));
        });
        // A file that claims 3 GiB and gives up after 4 MiB.
        m_server.Get("/files/huge.mp4", [this](const httplib::Request &, httplib::Response &res) {
            hit("huge");
            res.set_content_provider(size_t(3 * GiB), "video/mp4",
                                     [](size_t offset, size_t, httplib::DataSink &sink) {
                                         if (offset >= size_t(4 * MiB)) return false;
                                         const QByteArray chunk(MiB, 'v');
                                         return sink.write(chunk.constData(), size_t(chunk.size()));
                                     });
        });
        // Chunked, no Content-Length: `n` MiB of data.
        m_server.Get(R"(/files/stream/(\d+))", [this](const httplib::Request &req, httplib::Response &res) {
            hit("stream");
            const size_t total = size_t(std::stoul(req.matches[1])) * size_t(MiB);
            res.set_chunked_content_provider("video/mp4", [total](size_t offset, httplib::DataSink &sink) {
                if (offset >= total) {
                    sink.done();
                    return true;
                }
                const QByteArray chunk(MiB, 'c');
                return sink.write(chunk.constData(), size_t(chunk.size()));
            });
        });
        // Cog containers (base URLs /cog-announced, /cog-chunked, /cog-run). A health check that
        // says READY with 64 MiB + 1 byte of padding, announced or chunked: read in full, a job
        // would go on to send its run.
        m_server.Get("/cog-announced/health-check", [this](const httplib::Request &, httplib::Response &res) {
            hit("cog-announced-health");
            serveAnnounced(res, readyHealthOfSize(64 * MiB + 1), "application/octet-stream");
        });
        m_server.Get("/cog-chunked/health-check", [this](const httplib::Request &, httplib::Response &res) {
            hit("cog-chunked-health");
            serveChunked(res, readyHealthOfSize(65 * MiB));
        });
        m_server.Get("/cog-run/health-check", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"status":"READY"})", "application/json");
        });
        // The run's answer claims 1 GiB + 1 byte and gives up after 4 MiB.
        m_server.Put(R"(/cog-run/predictions/([a-z0-9]+))", [this](const httplib::Request &, httplib::Response &res) {
            hit("cog-run");
            res.set_content_provider(size_t(GiB + 1), "application/octet-stream",
                                     [](size_t offset, size_t, httplib::DataSink &sink) {
                                         if (offset >= size_t(4 * MiB)) return false;
                                         const QByteArray chunk(MiB, ' ');
                                         return sink.write(chunk.constData(), size_t(chunk.size()));
                                     });
        });
        m_server.set_error_handler([this](const httplib::Request &req, httplib::Response &) {
            hit("unrouted " + req.method + " " + req.path);
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~HostileServer()
    {
        m_server.stop();
        m_thread.join();
    }
    quint16 port() const { return quint16(m_port); }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    int hits(const std::string &what)
    {
        std::lock_guard lock(m_mutex);
        return m_hits[what];
    }
    QStringList unrouted()
    {
        std::lock_guard lock(m_mutex);
        QStringList out;
        for (const auto &[what, n] : m_hits)
            if (what.rfind("unrouted ", 0) == 0) out << QString::fromStdString(what);
        return out;
    }

private:
    void hit(const std::string &what)
    {
        std::lock_guard lock(m_mutex);
        ++m_hits[what];
    }

    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::mutex m_mutex;
    std::map<std::string, int> m_hits;
};

// One raw HTTP request; returns whatever the peer answered before it went quiet or closed.
QByteArray rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) return {};
    socket.write(request);
    QByteArray answer;
    // The answer must come without the (never sent) body: wait for the status line.
    (void)QTest::qWaitFor([&] {
        answer += socket.readAll();
        return answer.contains("\r\n") || socket.state() != QAbstractSocket::ConnectedState;
    }, 15000);
    answer += socket.readAll();
    return answer;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestBoundedInput : public QObject
{
    Q_OBJECT

private:
    static ApiClient *client(QNetworkAccessManager *nam, const HostileServer &server, QObject *parent)
    {
        auto *c = new ApiClient(nam, server.url(QStringLiteral("/v1")), "r8_bounded", parent);
        RetryPolicy::Options quick;
        quick.maxAttempts = 3;
        quick.baseDelayMs = 10;
        quick.maxDelayMs = 50;
        c->setRetryPolicy(RetryPolicy(quick));
        return c;
    }

    static void finishCall(ApiCall *call, bool *ok, QString *message)
    {
        QSignalSpy done(call, &ApiCall::finished);
        QObject::connect(call, &ApiCall::finished, call, [call, ok, message] {
            *ok = call->isOk();
            *message = call->error().userMessage();
        });
        QVERIFY(done.wait(60000));
    }

private slots:
    // --- API JSON bodies ------------------------------------------------------------------------

    void apiBodyAnnouncedOverTheLimitIsRefused()
    {
        HostileServer server;
        QNetworkAccessManager nam;
        ApiClient *c = client(&nam, server, this);
        bool ok = true;
        QString message;
        finishCall(c->get(c->endpoint(QStringLiteral("/announced"))), &ok, &message);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("64 MiB")), qPrintable(message));
        QCOMPARE(server.hits("announced"), 1);   // not worth a second try: it would be as large again
    }

    void apiBodyStreamedOverTheLimitIsCutOff()
    {
        HostileServer server;
        QNetworkAccessManager nam;
        ApiClient *c = client(&nam, server, this);
        bool ok = true;
        QString message;
        finishCall(c->get(c->endpoint(QStringLiteral("/chunked"))), &ok, &message);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("64 MiB")), qPrintable(message));
        QCOMPARE(server.hits("chunked"), 1);
    }

    // --- Answers of a Cog container -------------------------------------------------------------

    // The job's prediction once it finished (failed here), run against the container at `base`.
    static Prediction runCogJob(const HostileServer &server, const QString &base, const QString &outputDir)
    {
        CogBackend backend(server.url(base), outputDir);
        backend.setUseWebhooks(false);
        const QJsonObject input{{QStringLiteral("prompt_start"), QStringLiteral("a red cube")},
                                {QStringLiteral("prompt_end"), QStringLiteral("a blue sphere")},
                                {QStringLiteral("num_animation_frames"), 3},
                                {QStringLiteral("num_interpolation_steps"), 2}};
        PredictionJob *job = backend.createJob(input, &backend);
        QSignalSpy finished(job, &PredictionJob::finished);
        job->start();
        if (!finished.wait(60000)) return {};
        return finished.first().at(0).value<Prediction>();
    }

    void cogHealthAnnouncedOverTheLimitIsRefused()
    {
        HostileServer server;
        QTemporaryDir dir;
        const Prediction p = runCogJob(server, QStringLiteral("/cog-announced"), dir.path());
        QCOMPARE(p.status, PredictionStatus::Failed);
        QVERIFY2(p.error.contains(QLatin1String("larger than the limit of 64 MiB")), qPrintable(p.error));
        QCOMPARE(server.hits("cog-announced-health"), 1);   // not retried: it would be as large again
        QVERIFY2(server.unrouted().isEmpty(), qPrintable(server.unrouted().join(QLatin1String(", "))));   // no run sent
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void cogHealthStreamedOverTheLimitIsCutOff()
    {
        HostileServer server;
        QTemporaryDir dir;
        const Prediction p = runCogJob(server, QStringLiteral("/cog-chunked"), dir.path());
        QCOMPARE(p.status, PredictionStatus::Failed);
        QVERIFY2(p.error.contains(QLatin1String("larger than the limit of 64 MiB")), qPrintable(p.error));
        QCOMPARE(server.hits("cog-chunked-health"), 1);
        QVERIFY2(server.unrouted().isEmpty(), qPrintable(server.unrouted().join(QLatin1String(", "))));
    }

    void cogRunAnswerOverTheLimitIsRefused()
    {
        HostileServer server;
        QTemporaryDir dir;
        const Prediction p = runCogJob(server, QStringLiteral("/cog-run"), dir.path());
        QCOMPARE(p.status, PredictionStatus::Failed);
        QVERIFY2(p.error.contains(QLatin1String("The container's answer to the run is larger than the limit of 1 GiB")),
                 qPrintable(p.error));
        QCOMPARE(server.hits("cog-run"), 1);
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void cogConnectionCheckOverTheLimitIsRefused()
    {
        HostileServer server;
        QTemporaryDir dir;
        CogBackend backend(server.url(QStringLiteral("/cog-chunked")), dir.path());
        QSignalSpy checked(&backend, &Backend::connectionChecked);
        backend.checkConnection();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().at(0).toBool(), false);
        const QString message = checked.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("larger than the limit of 64 MiB")), qPrintable(message));
    }

    // --- SSE lines and events -------------------------------------------------------------------

    void sseLineOverTheLimitEndsTheStream()
    {
        SseParser parser;
        QList<SseEvent> events = parser.feed("event: logs\ndata: fine\n\n");
        QCOMPARE(events.size(), 1);
        // One line of 16 MiB + 1 byte, fed in pieces as a socket would deliver it.
        events = parser.feed("event: output\ndata: ");
        const QByteArray piece(MiB, 'x');
        for (int i = 0; i < 16; ++i) events += parser.feed(piece);
        events += parser.feed("x\n\nevent: done\ndata:\n\n");
        // Nothing after an over-long line is trusted: its event, and every later one, is dropped
        // (the job's polls are authoritative and carry on).
        QVERIFY2(events.isEmpty(), qPrintable(QString::number(events.size())));
        QVERIFY(parser.hasFailed());
        QVERIFY2(parser.errorString().contains(QLatin1String("line longer than the limit of 16 MiB")),
                 qPrintable(parser.errorString()));
        QVERIFY(parser.feed("event: done\ndata:\n\n").isEmpty());
    }

    void sseWithinTheLimitsIsParsed()
    {
        SseParser parser;
        const QByteArray line = "data: " + QByteArray(SseParser::MaxLineBytes - 6, 'z') + '\n';
        QList<SseEvent> events = parser.feed("event: output\n" + line + "\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), SseParser::MaxLineBytes - 6);
        QVERIFY(!parser.hasFailed());
    }

    void sseEventOverTheLimitIsDropped()
    {
        SseParser parser;
        QList<SseEvent> events;
        const QByteArray line = "data: " + QByteArray(MiB, 'y') + '\n';
        for (int i = 0; i < 33; ++i) events += parser.feed(line);   // 33 lines of 1 MiB: one 33 MiB event
        events += parser.feed("\nevent: done\ndata:\n\n");
        QVERIFY2(events.isEmpty(), qPrintable(QString::number(events.size())));
        QVERIFY2(parser.errorString().contains(QLatin1String("event larger than the limit of 32 MiB")),
                 qPrintable(parser.errorString()));
    }

    // A job whose event stream sends a line over the limit drops the stream and polls at once,
    // instead of waiting for the next poll (a minute away here) while the stream stays open: the
    // parser cannot find its place again, and polling is authoritative.
    void jobPollsAtOnceWhenItsStreamGoesOverTheLimit()
    {
        httplib::Server server;
        std::atomic<int> gets{0};
        std::atomic<bool> streamOpened{false}, streamDropped{false}, stopping{false};
        const int port = server.bind_to_any_port("127.0.0.1");
        const std::string base = "http://127.0.0.1:" + std::to_string(port);
        const QJsonObject urls{{QStringLiteral("get"), QString::fromStdString(base + "/v1/predictions/ssebig")},
                               {QStringLiteral("cancel"), QString::fromStdString(base + "/v1/predictions/ssebig/cancel")},
                               {QStringLiteral("stream"), QString::fromStdString(base + "/stream/ssebig")}};
        const QJsonObject starting{{QStringLiteral("id"), QStringLiteral("ssebig")}, {QStringLiteral("status"), QStringLiteral("starting")},
                                   {QStringLiteral("input"), QJsonObject{}}, {QStringLiteral("urls"), urls}};
        QJsonObject done = starting;
        done.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        done.insert(QStringLiteral("output"), QJsonArray{});
        done.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("predict_time"), 1}});
        done.insert(QStringLiteral("completed_at"), QStringLiteral("2026-01-01T00:00:01Z"));
        const std::string createdBody = QJsonDocument(starting).toJson(QJsonDocument::Compact).toStdString();
        const std::string doneBody = QJsonDocument(done).toJson(QJsonDocument::Compact).toStdString();
        server.Post("/v1/predictions", [&](const httplib::Request &, httplib::Response &res) {
            res.status = 201;
            res.set_content(createdBody, "application/json");
        });
        server.Get("/v1/predictions/ssebig", [&](const httplib::Request &, httplib::Response &res) {
            ++gets;
            res.set_content(doneBody, "application/json");
        });
        server.Get("/stream/ssebig", [&](const httplib::Request &, httplib::Response &res) {
            streamOpened = true;
            res.set_header("Cache-Control", "no-store");
            res.set_chunked_content_provider("text/event-stream", [&](size_t offset, httplib::DataSink &sink) {
                if (offset == 0) {
                    const std::string head = "event: output\ndata: ";
                    const std::string line(size_t(SseParser::MaxLineBytes + MiB), 'x');   // never ended
                    return sink.write(head.data(), head.size()) && sink.write(line.data(), line.size());
                }
                // Open like a live prediction's stream, until the client hangs up.
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                if (stopping || !sink.write("x", 1)) {
                    streamDropped = true;
                    return false;
                }
                return true;
            });
        });
        std::thread thread([&] { server.listen_after_bind(); });
        while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        auto stop = qScopeGuard([&] {
            stopping = true;
            server.stop();
            thread.join();
        });

        QTemporaryDir dir;
        JobOptions options;
        options.outputDirectory = dir.path();
        options.useEventStream = true;
        options.pollIntervalMs = 60000;
        options.maxPollIntervalMs = 120000;
        options.streamWatchdogMs = 120000;
        QNetworkAccessManager nam;
        ReplicateBackend backend(QUrl(QString::fromStdString(base + "/v1")), "r8_bounded", options, &nam);
        const QJsonObject input{{QStringLiteral("prompt_start"), QStringLiteral("a red cube")},
                                {QStringLiteral("prompt_end"), QStringLiteral("a blue sphere")},
                                {QStringLiteral("num_animation_frames"), 3}};
        auto *job = qobject_cast<ReplicateJob *>(backend.createJob(input, &backend));
        QVERIFY(job);
        QSignalSpy finished(job, &PredictionJob::finished);
        job->start();
        QVERIFY(finished.wait(30000));
        QVERIFY(streamOpened);
        QVERIFY(job->usedStream());
        QCOMPARE(finished.first().at(0).value<Prediction>().status, PredictionStatus::Succeeded);
        QCOMPARE(gets.load(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(streamDropped.load(), 10000);   // the job closed it
    }

    // --- Cog webhook bodies ---------------------------------------------------------------------

    void webhookChecksTheSecretBeforeReadingTheBody()
    {
        CogWebhookReceiver receiver;
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &CogWebhookReceiver::received);
        // A local process that does not know the secret announces 1 GiB: it is turned away on
        // its headers alone, without a byte of the body being read or buffered.
        const QByteArray answer = rawExchange(receiver.port(),
            "POST /webhook/00112233445566778899aabbccddeeff/pred HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"status\":");
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        QCOMPARE(received.size(), 0);
    }

    void webhookRefusesAnOversizedBody()
    {
        CogWebhookReceiver receiver;
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &CogWebhookReceiver::received);
        const QByteArray path = receiver.urlFor(QStringLiteral("pred")).path(QUrl::FullyEncoded).toLatin1();
        const QByteArray answer = rawExchange(receiver.port(),
            "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 4294967296\r\n\r\n{\"status\":");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QCOMPARE(received.size(), 0);

        // A normal report still arrives.
        const QByteArray body = R"({"id":"pred","status":"processing","logs":"hello\n"})";
        const QByteArray ok = rawExchange(receiver.port(),
            "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("pred"));
    }

    // --- Downloads ------------------------------------------------------------------------------

    void downloadAnnouncedOverTheCapFailsAtOnce()
    {
        HostileServer server;
        QTemporaryDir dir;
        QNetworkAccessManager nam;
        OutputDownloader d(&nam, AuthPolicy{});
        d.setMaxAttempts(3);
        d.setInitialBackoffMs(10);
        QSignalSpy failed(&d, &OutputDownloader::failed);
        d.download(0, server.url(QStringLiteral("/files/huge.mp4")).toString(), dir.path(), QStringLiteral("0-huge.mp4"));
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("2 GiB")), qPrintable(message));   // the default cap
        QCOMPARE(server.hits("huge"), 1);   // refused on the headers, not retried
        QVERIFY2(filesIn(dir.path()).isEmpty(), qPrintable(filesIn(dir.path()).join(QLatin1Char(' '))));
    }

    void dataUriOverTheLimitIsNotDecoded()
    {
        QString error;
        const QByteArray png = QByteArray(3 * 1024, 'p').toBase64();
        QVERIFY(DataUri::parse("data:image/png;base64," + png, &error, 3 * 1024));
        QVERIFY(!DataUri::parse("data:image/png;base64," + png + "AAAA", &error, 3 * 1024));
        QVERIFY2(error.contains(QLatin1String("more than the limit of 3 KiB")), qPrintable(error));
        QVERIFY(!DataUri::parse(QByteArray("data:,") + QByteArray(2049, 'x'), &error, 2048));
        QVERIFY2(error.contains(QLatin1String("2 KiB")), qPrintable(error));
        QCOMPARE(DataUri::MaxDecodedBytes, 2 * GiB);
    }

    void documentedDefaults()
    {
        // docs/client.md, "Limits", lists these numbers; change both together.
        QCOMPARE(ApiClient::MaxResponseBytes, 64 * MiB);
        QCOMPARE(SseParser::MaxLineBytes, 16 * MiB);
        QCOMPARE(SseParser::MaxEventBytes, 32 * MiB);
        QCOMPARE(CogWebhookReceiver::MaxBodyBytes, 1 * GiB);
        QCOMPARE(CogBackend::MaxAnswerBytes, 64 * MiB);
        QCOMPARE(CogJob::MaxRunAnswerBytes, 1 * GiB);
        QCOMPARE(OutputDownloader::DefaultMaxFileBytes, 2 * GiB);
        QCOMPARE(OutputDownloader(nullptr, AuthPolicy{}).maxFileBytes(), 2 * GiB);
        QCOMPARE(store::PresetStore::MaxFileBytes, 1 * MiB);
        QCOMPARE(store::Sidecar::MaxFileBytes, 4 * MiB);
        QCOMPARE(TokenStore::MaxPlainTextBytes, qint64(4096));
    }

    // --- Preset and sidecar files ---------------------------------------------------------------

    void presetFileOverTheLimitIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        {
            store::Preset p;
            p.name = QStringLiteral("Big");
            p.model = QStringLiteral("andreasjansson/stable-diffusion-animation");
            p.description = QString(2 * MiB, QLatin1Char('d'));
            p.input = QJsonObject{{"width", 256}};
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(store::PresetStore::serialize(p));
        }
        QString error;
        QVERIFY(!store::PresetStore::readFile(path, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("1 MiB")), qPrintable(error));

        store::PresetStore presets(dir.filePath(QStringLiteral("presets")));
        QVERIFY(!presets.importFile(path, nullptr, false, &error));
        QVERIFY2(error.contains(QLatin1String("1 MiB")), qPrintable(error));
        QVERIFY(filesIn(presets.directory()).isEmpty());
    }

    void presetOverTheLimitIsNeverWritten()
    {
        QTemporaryDir dir;
        store::PresetStore presets(dir.filePath(QStringLiteral("presets")));
        store::Preset p;
        p.name = QStringLiteral("Huge");
        p.description = QString(2 * MiB, QLatin1Char('d'));
        p.input = QJsonObject{{"width", 256}};
        QString error;
        // A preset this store could not read back is not saved at all.
        QVERIFY(!presets.save(p, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("1 MiB")), qPrintable(error));
        QVERIFY(filesIn(presets.directory()).isEmpty());
    }

    void sidecarOverTheLimitIsRefused()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("video.gif"));
        QFile(out).open(QIODevice::WriteOnly);
        {
            QFile f(store::Sidecar::pathFor(out));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{"format", "sdanim-output"}, {"version", 1},
                                              {"input", QJsonObject{{"prompt_start", QString(5 * MiB, QLatin1Char('p'))}}}})
                        .toJson());
        }
        QString error;
        QVERIFY(!store::Sidecar::read(out, &error));
        QVERIFY2(error.contains(QLatin1String("4 MiB")), qPrintable(error));
    }

    void sidecarOverTheLimitIsNeverWritten()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("video.gif"));
        QFile(out).open(QIODevice::WriteOnly);
        store::SidecarInfo small;
        small.predictionId = QStringLiteral("p1");
        QString error;
        QVERIFY2(store::Sidecar::write(small, out, &error), qPrintable(error));
        QFile before(store::Sidecar::pathFor(out));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();

        store::SidecarInfo huge = small;
        huge.input = QJsonObject{{"prompt_start", QString(5 * MiB, QLatin1Char('p'))}};
        QVERIFY(!store::Sidecar::write(huge, out, &error));
        QVERIFY2(error.contains(QLatin1String("4 MiB")), qPrintable(error));
        QFile after(store::Sidecar::pathFor(out));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);   // the previous sidecar is untouched
        QCOMPARE(filesIn(dir.path()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBoundedInput)
#include "tst_bounded_input.moc"
