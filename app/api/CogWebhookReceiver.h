#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>
#include <thread>

namespace httplib {
class Server;
struct Request;
}

namespace sdanim::api {

// A tiny HTTP listener on 127.0.0.1 that a Cog ≥ 0.7 container POSTs its webhooks to (start, logs,
// output, completed; spec §7.1) — the only way such a container reports progress. The URL carries
// a random secret so another local process cannot inject fake predictions. Bodies are parsed on
// the listener's thread so megabytes of data: URIs never block the UI thread.
//
// A request is judged on its request line and headers first: a wrong path or secret is answered
// 404 and a Content-Length over MaxBodyBytes 413, without reading a byte of the body. A body that
// grows beyond the limit while it streams (chunked) is cut off with 413 as well.
class CogWebhookReceiver : public QObject
{
    Q_OBJECT
public:
    // Reports carry every file output as a data: URI (the final video included), hence the room.
    static constexpr qint64 MaxBodyBytes = 1024LL * 1024 * 1024;

    explicit CogWebhookReceiver(QObject *parent = nullptr);
    ~CogWebhookReceiver() override;

    bool start(QString *error = nullptr);   // idempotent; binds an ephemeral loopback port
    void stop();
    bool isListening() const { return m_port > 0; }
    quint16 port() const { return m_port; }
    QUrl urlFor(const QString &predictionId) const;

signals:
    // Emitted from the listener thread; connect with the default (queued) connection.
    void received(const QString &predictionId, const QJsonObject &prediction);

private:
    // 0 when the request line and headers are acceptable, else the HTTP status to answer.
    int verdictOnHeaders(const httplib::Request &req) const;

    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    QByteArray m_secret;
    quint16 m_port = 0;
};

} // namespace sdanim::api
