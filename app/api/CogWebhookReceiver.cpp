#include "api/CogWebhookReceiver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <httplib.h>

#include <chrono>
#include <regex>

namespace sdanim::api {

namespace {

const std::regex &webhookPath()
{
    static const std::regex re(R"(/webhook/([0-9a-f]+)/([A-Za-z0-9_.-]+))");
    return re;
}

bool sameSecret(const QByteArray &a, const std::string &b)
{
    // Constant time, so the secret cannot be guessed byte by byte from response timings.
    if (qsizetype(b.size()) != a.size()) return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a.at(i) ^ b[size_t(i)]);
    return diff == 0;
}

void answer(httplib::Response &res, int status, const char *detail)
{
    res.status = status;
    if (detail) res.set_content(std::string("{\"detail\":\"") + detail + "\"}", "application/json");
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

int CogWebhookReceiver::verdictOnHeaders(const httplib::Request &req) const
{
    std::smatch match;
    if (req.method != "POST" || !std::regex_match(req.path, match, webhookPath()) || !sameSecret(m_secret, match[1]))
        return 404;
    if (req.has_header("Content-Length")) {
        bool ok = false;
        const qint64 length = QByteArray::fromStdString(req.get_header_value("Content-Length")).trimmed().toLongLong(&ok);
        if (!ok || length < 0) return 400;
        if (length > MaxBodyBytes) return 413;
    }
    return 0;
}

bool CogWebhookReceiver::start(QString *error)
{
    if (m_port > 0) return true;
    m_server = std::make_unique<httplib::Server>();
    m_server->new_task_queue = [] { return new httplib::ThreadPool(2); };
    // Runs before httplib reads any body: strangers and oversized reports are turned away here.
    m_server->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        switch (verdictOnHeaders(req)) {
        case 0: return httplib::Server::HandlerResponse::Unhandled;
        case 413: answer(res, 413, "report too large"); break;
        case 400: answer(res, 400, "bad Content-Length"); break;
        default: answer(res, 404, nullptr); break;
        }
        return httplib::Server::HandlerResponse::Handled;
    });
    // curl and others ask before sending a large body; the same verdict decides.
    m_server->set_expect_100_continue_handler([this](const httplib::Request &req, httplib::Response &res) {
        const int verdict = verdictOnHeaders(req);
        if (verdict == 0) return 100;
        res.status = verdict;
        return verdict;
    });
    // Belt and braces for any route: httplib refuses a Content-Length above this by itself.
    m_server->set_payload_max_length(size_t(MaxBodyBytes));
    m_server->Post(R"(/webhook/([0-9a-f]+)/([A-Za-z0-9_.-]+))",
                   [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &read) {
                       std::string body;
                       bool tooLarge = false;
                       const bool complete = read([&](const char *data, size_t length) {
                           if (body.size() + length > size_t(MaxBodyBytes)) {
                               tooLarge = true;
                               return false;
                           }
                           body.append(data, length);
                           return true;
                       });
                       if (tooLarge) {
                           answer(res, 413, "report too large");
                           return;
                       }
                       if (!complete) {
                           answer(res, 400, "incomplete body");
                           return;
                       }
                       QJsonParseError parseError;
                       const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &parseError);
                       if (!doc.isObject()) {
                           answer(res, 400, "body is not a JSON object");
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
