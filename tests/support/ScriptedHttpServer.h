#pragma once
// Header-only: a scriptable HTTP/1.1 server on 127.0.0.1 for adversarial transport tests. Every
// request is handed to the test's handler as an Exchange, which the test may answer at once,
// later (delayed, reordered), twice in a row to different requests (duplicated), cut mid-body,
// with a redirect, as an event stream it feeds bit by bit, or never (a stall). It runs on the
// test's thread and never blocks: the client under test and the server share one event loop.
//
// The server is reachable as 127.0.0.1 and as localhost: tests hand out the API base on one and
// "delivery" / "stream" URLs on the other, so a request's Host header tells which side of the API
// base it was meant for. Every request is recorded as received (method, path, headers, body).

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace sdanim::testing {

struct HttpRequest
{
    int serial = 0;                       // 1, 2, … in order of arrival
    QByteArray method;
    QString path;                         // decoded, without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QString host() const { return QString::fromLatin1(header("host")); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class ScriptedHttpServer;

// One request and the socket its answer goes to. Answer at most once; every method does nothing
// once the client has gone away (it gave up on a stalled answer, say).
class HttpExchange
{
public:
    HttpExchange(QTcpSocket *socket, HttpRequest request) : m_socket(socket), m_request(std::move(request)) {}

    const HttpRequest &request() const { return m_request; }
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    bool answered() const { return m_answered; }

    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        if (!begin()) return;
        m_socket->write(head(status, contentType, headers, body.size()));
        m_socket->write(body);
        m_socket->disconnectFromHost();   // after the pending bytes are written
    }
    void respondJson(int status, const QJsonObject &object, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        respond(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", headers);
    }
    // Announces the whole body, sends its first `sentBytes` and closes the connection.
    void respondCut(int status, const QByteArray &body, qsizetype sentBytes, const QByteArray &contentType = "application/json")
    {
        if (!begin()) return;
        m_socket->write(head(status, contentType, {}, body.size()));
        m_socket->write(body.left(sentBytes));
        m_socket->disconnectFromHost();
    }
    void redirect(int status, const QString &location)
    {
        respond(status, QByteArray(), "text/plain", {{"Location", location.toUtf8()}});
    }
    // Closes the connection without a byte of answer (the request did arrive).
    void drop()
    {
        if (!begin()) return;
        m_socket->abort();
    }
    // An answer without Content-Length that the test feeds with send() and ends with end().
    void beginStream(int status = 200, const QByteArray &contentType = "text/event-stream")
    {
        if (!begin()) return;
        m_socket->write(head(status, contentType, {{"Cache-Control", "no-store"}}, -1));
        m_socket->flush();
    }
    void send(const QByteArray &bytes)
    {
        if (!isOpen()) return;
        m_socket->write(bytes);
        m_socket->flush();
    }
    void end()
    {
        if (m_socket) m_socket->disconnectFromHost();
    }

private:
    bool begin()
    {
        if (m_answered || !isOpen()) return false;
        m_answered = true;
        return true;
    }
    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 307: return "Temporary Redirect";
        case 308: return "Permanent Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 404: return "Not Found";
        case 410: return "Gone";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }
    static QByteArray head(int status, const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers,
                           qsizetype length)
    {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
        if (!contentType.isEmpty()) h += "Content-Type: " + contentType + "\r\n";
        if (length >= 0) h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        for (const auto &kv : headers) h += kv.first + ": " + kv.second + "\r\n";
        // One request per connection keeps every answer independent of the others.
        h += "Connection: close\r\n\r\n";
        return h;
    }

    QPointer<QTcpSocket> m_socket;
    HttpRequest m_request;
    bool m_answered = false;
};

using Exchange = std::shared_ptr<HttpExchange>;

class ScriptedHttpServer
{
public:
    using Handler = std::function<void(const Exchange &)>;

    ScriptedHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) accept(socket);
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port><path> and http://localhost:<port><path>
    QString apiUrl(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path); }
    QString otherHostUrl(const QString &path) const { return QStringLiteral("http://localhost:%1%2").arg(port()).arg(path); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const HttpRequest &r : m_requests)
            if (r.method == method && r.path == path) ++n;
        return n;
    }

private:
    void accept(QTcpSocket *socket)
    {
        socket->setParent(&m_server);
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, done] {
            buffer->append(socket->readAll());
            if (*done) return;   // one request per connection (every answer closes it)
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0) return;
            HttpRequest request;
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
            if (start.size() < 2) {
                socket->abort();
                return;
            }
            request.method = start.at(0);
            const QUrl target(QString::fromLatin1(start.at(1)));
            request.path = target.path();
            request.query = QUrlQuery(target.query());
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headEnd + 4 + length) return;   // the body is still on its way
            request.body = buffer->mid(headEnd + 4, length);
            *done = true;
            request.serial = int(m_requests.size()) + 1;
            m_requests.append(request);
            auto exchange = std::make_shared<HttpExchange>(socket, request);
            if (m_handler)
                m_handler(exchange);
            else
                exchange->respond(404, "{}");
        });
    }

    QTcpServer m_server;
    bool m_listening = false;
    Handler m_handler;
    QList<HttpRequest> m_requests;
};

} // namespace sdanim::testing
