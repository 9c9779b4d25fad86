#include "api/CogWebhookReceiver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <httplib.h>

#include <chrono>

namespace sdanim::api {

namespace {
bool sameSecret(const QByteArray &a, const std::string &b)
{
    // Constant time, so the secret cannot be guessed byte by byte from response timings.
    if (qsizetype(b.size()) != a.size()) return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a.at(i) ^ b[size_t(i)]);
    return diff == 0;
}
} // namespace

CogWebhookReceiver::CogWebhookReceiver(QObject *parent)
    : QObject(parent)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_secret = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

CogWebhookReceiver::~CogWebhookReceiver() { stop(); }

bool CogWebhookReceiver::start(QString *error)
{
    if (m_port > 0) return true;
    m_server = std::make_unique<httplib::Server>();
    m_server->new_task_queue = [] { return new httplib::ThreadPool(2); };
    m_server->Post(R"(/webhook/([0-9a-f]+)/([A-Za-z0-9_.-]+))",
                   [this](const httplib::Request &req, httplib::Response &res) {
                       if (!sameSecret(m_secret, req.matches[1])) {
                           res.status = 404;
                           return;
                       }
                       QJsonParseError parseError;
                       const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
                       if (!doc.isObject()) {
                           res.status = 400;
                           res.set_content("{\"detail\":\"body is not a JSON object\"}", "application/json");
                           return;
                       }
                       emit received(QString::fromStdString(req.matches[2]), doc.object());
                       res.status = 200;
                       res.set_content("{}", "application/json");
                   });
    const int port = m_server->bind_to_any_port("127.0.0.1");
    if (port <= 0) {
        if (error)
            *error = QCoreApplication::translate("sdanim::api::CogWebhookReceiver",
                                                 "Cannot open a local port for the container's progress reports.");
        m_server.reset();
        return false;
    }
    m_port = quint16(port);
    m_thread = std::thread([server = m_server.get()] { server->listen_after_bind(); });
    // stop() only works once the accept loop runs; wait for it (a few microseconds).
    for (int i = 0; i < 5000 && !m_server->is_running(); ++i) std::this_thread::sleep_for(std::chrono::microseconds(200));
    return true;
}

void CogWebhookReceiver::stop()
{
    if (!m_server) return;
    m_server->stop();
    if (m_thread.joinable()) m_thread.join();
    m_server.reset();
    m_port = 0;
}

QUrl CogWebhookReceiver::urlFor(const QString &predictionId) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/webhook/%2/%3")
                    .arg(m_port)
                    .arg(QString::fromLatin1(m_secret), QString::fromLatin1(QUrl::toPercentEncoding(predictionId))));
}

} // namespace sdanim::api
