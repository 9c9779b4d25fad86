#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace sdanim::api {

// A tiny HTTP listener on 127.0.0.1 that a Cog ≥ 0.7 container POSTs its webhooks to (start, logs,
// output, completed; spec §7.1) — the only way such a container reports progress. The URL carries
// a random secret so another local process cannot inject fake predictions. Bodies are parsed on
// the listener's thread so megabytes of data: URIs never block the UI thread.
class CogWebhookReceiver : public QObject
{
    Q_OBJECT
public:
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
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    QByteArray m_secret;
    quint16 m_port = 0;
};

} // namespace sdanim::api
