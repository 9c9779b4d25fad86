#include "emulator/EmulatorServer.h"

#include "emulator/CogApi.h"
#include "emulator/ControlApi.h"
#include "emulator/EmulatorContext.h"
#include "emulator/OnDemandThreadPool.h"
#include "emulator/ReplicateApi.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <httplib.h>

#include <cstdio>
#include <thread>

#include <sys/socket.h>

namespace sdanim::emulator {

namespace {

// Each open connection holds a worker: concurrent SSE streams and Prefer: wait creates keep one
// busy each for a whole run. Workers start when needed and end after kWorkerIdleMs without work,
// so an idle emulator (the app's in-process one) has none.
constexpr int kWorkerThreads = 32;
constexpr int kWorkerIdleMs = 10000;

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

} // namespace

struct EmulatorServer::Private
{
    EmulatorOptions options;
    std::unique_ptr<EmulatorContext> ctx;
    std::unique_ptr<ReplicateApi> api;
    std::unique_ptr<ControlApi> control;
    std::unique_ptr<CogApi> cog;
    std::unique_ptr<httplib::Server> server;
    std::unique_ptr<httplib::Server> cogServer;
    std::thread thread;
    std::thread cogThread;
    quint16 port = 0;
    quint16 cogPort = 0;

    std::unique_ptr<httplib::Server> makeServer(bool cogOnly);
    bool bind(httplib::Server &server, quint16 requested, quint16 *bound, QString *error);
    void recordRequest(const httplib::Request &req, const char *listener);
};

std::unique_ptr<httplib::Server> EmulatorServer::Private::makeServer(bool cogOnly)
{
    auto server = std::make_unique<httplib::Server>();
    const int workers = options.workerThreads > 0 ? options.workerThreads : kWorkerThreads;
    server->new_task_queue = [workers] { return new OnDemandThreadPool(workers, kWorkerIdleMs); };
    // cpp-httplib only notices stop() once an idle keep-alive connection times out, so a short
    // timeout keeps stop() under a second; clients simply reconnect (loopback, no TLS).
    server->set_keep_alive_timeout(1);
    server->set_keep_alive_max_count(1000);
    server->set_payload_max_length(16 * 1024 * 1024);
    // cpp-httplib's default also sets SO_REUSEPORT, which would let a second emulator share a busy
    // port silently; SO_REUSEADDR alone still allows an immediate restart on the same port.
    server->set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    const char *listener = cogOnly ? "cog" : "main";
    server->set_pre_routing_handler([this, cogOnly, listener](const httplib::Request &req, httplib::Response &) {
        if (!startsWith(req.path, "/_emulator"))
            recordRequest(req, listener);
        // Replicate accepts a body-less POST (e.g. `curl -X POST …/cancel`); cpp-httplib would answer
        // 400 without a Content-Length, so declare the empty body before it reads one. The request
        // object is the server's own mutable instance, handed to this hook as const.
        if ((req.method == "POST" || req.method == "PUT" || req.method == "PATCH") && !req.has_header("Content-Length")
            && !req.has_header("Transfer-Encoding"))
            const_cast<httplib::Request &>(req).set_header("Content-Length", "0");
        const bool api = cogOnly || startsWith(req.path, "/cog")
                         || (startsWith(req.path, "/v1") && !startsWith(req.path, "/v1/files/"));
        if (api) {
            if (const int latency = ctx->faults.latencyMs(); latency > 0)
                QThread::msleep(latency);
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    if (options.logRequests) {
        server->set_logger([listener](const httplib::Request &req, const httplib::Response &res) {
            std::printf("[%s] %s %s -> %d\n", listener, req.method.c_str(), req.target.c_str(), res.status);
            std::fflush(stdout);
        });
    }
    server->set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.body.empty() && res.status == 404)
            res.set_content("Not Found", "text/plain");
    });
    return server;
}

void EmulatorServer::Private::recordRequest(const httplib::Request &req, const char *listener)
{
    QJsonObject headers;
    for (const auto &[name, value] : req.headers) {
        const QString key = QString::fromStdString(name).toLower();
        // cpp-httplib files the peer addresses as pseudo-headers; they were not sent by the client.
        if (key == QLatin1String("remote_addr") || key == QLatin1String("remote_port")
            || key == QLatin1String("local_addr") || key == QLatin1String("local_port"))
            continue;
        const QString v = QString::fromStdString(value);
        headers.insert(key, headers.contains(key) ? headers.value(key).toString() + QStringLiteral(", ") + v : v);
    }
    const std::string::size_type q = req.target.find('?');
    ctx->requestLog.append(QJsonObject{
        {QStringLiteral("listener"), QLatin1String(listener)},
        {QStringLiteral("method"), QString::fromStdString(req.method)},
        {QStringLiteral("path"), QString::fromStdString(req.path)},
        {QStringLiteral("query"), q == std::string::npos ? QString() : QString::fromStdString(req.target.substr(q + 1))},
        {QStringLiteral("host"), QString::fromStdString(req.get_header_value("Host"))},
        {QStringLiteral("headers"), headers},
        // Milliseconds since the Unix epoch (µs precision), comparable with the timeline of
        // GET /_emulator/predictions and with a client's own clock on the same machine.
        {QStringLiteral("at_ms"), double(EmulatorClock::toWallNs(EmulatorClock::nowNs()) / 1000) / 1000.0},
    });
}

bool EmulatorServer::Private::bind(httplib::Server &server, quint16 requested, quint16 *bound, QString *error)
{
    if (requested == 0) {
        const int port = server.bind_to_any_port("127.0.0.1");
        if (port > 0) {
            *bound = quint16(port);
            return true;
        }
    } else if (server.bind_to_port("127.0.0.1", requested)) {
        *bound = requested;
        return true;
    }
    if (error)
        *error = QCoreApplication::translate("EmulatorServer", "Cannot listen on 127.0.0.1:%1 (port in use or not permitted)")
                     .arg(requested);
    return false;
}

EmulatorServer::EmulatorServer(EmulatorOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

EmulatorServer::~EmulatorServer()
{
    stop();
}

bool EmulatorServer::start(QString *error)
{
    if (d->server)
        return true;
    if (!(d->options.timeScale > 0)) {
        if (error)
            *error = QCoreApplication::translate("EmulatorServer", "The time scale must be greater than 0");
        return false;
    }
    d->ctx = std::make_unique<EmulatorContext>(d->options);
    d->api = std::make_unique<ReplicateApi>(*d->ctx);
    d->control = std::make_unique<ControlApi>(*d->ctx);
    const bool separateCog = d->options.cogPort != 0;
    d->cog = std::make_unique<CogApi>(*d->ctx, separateCog ? QString() : QStringLiteral("/cog"), d->options.cogLegacy);

    d->server = d->makeServer(false);
    d->control->registerRoutes(*d->server);
    d->api->registerRoutes(*d->server);
    if (!separateCog)
        d->cog->registerRoutes(*d->server);
    if (!d->bind(*d->server, d->options.port, &d->port, error)) {
        d->server.reset();
        d->ctx.reset();
        return false;
    }
    d->cogPort = d->port;
    if (separateCog) {
        d->cogServer = d->makeServer(true);
        d->cog->registerRoutes(*d->cogServer);
        if (!d->bind(*d->cogServer, d->options.cogPort, &d->cogPort, error)) {
            d->cogServer.reset();
            d->server.reset();
            d->ctx.reset();
            return false;
        }
    }
    d->ctx->urls.apiBase = QStringLiteral("http://127.0.0.1:%1/v1").arg(d->port);
    d->ctx->urls.publicBase = QStringLiteral("http://localhost:%1").arg(d->port);

    d->thread = std::thread([server = d->server.get()] { server->listen_after_bind(); });
    if (d->cogServer)
        d->cogThread = std::thread([server = d->cogServer.get()] { server->listen_after_bind(); });
    while (!d->server->is_running() || (d->cogServer && !d->cogServer->is_running()))
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

void EmulatorServer::stop()
{
    if (!d->server)
        return;
    // Ends every simulated run first so handlers holding a request (Prefer: wait, sync Cog) return.
    d->cog->stop();
    d->api->stop();
    d->ctx->engine.shutdown();
    d->server->stop();
    if (d->cogServer)
        d->cogServer->stop();
    if (d->thread.joinable())
        d->thread.join();
    if (d->cogThread.joinable())
        d->cogThread.join();
    d->server.reset();
    d->cogServer.reset();
    d->cog.reset();
    d->api.reset();
    d->control.reset();
    d->ctx.reset();
}

quint16 EmulatorServer::port() const
{
    return d->port;
}

quint16 EmulatorServer::cogPort() const
{
    return d->cogPort;
}

QUrl EmulatorServer::apiBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(d->port));
}

QUrl EmulatorServer::cogBaseUrl() const
{
    if (d->options.cogPort != 0)
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->cogPort));
    return QUrl(QStringLiteral("http://127.0.0.1:%1/cog").arg(d->port));
}

QUrl EmulatorServer::controlUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/_emulator").arg(d->port));
}

} // namespace sdanim::emulator
