#include "api/ApiClient.h"

#include "api/ApiCall.h"
#include "api/RequestLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sdanim::api {

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &apiBase, const QByteArray &token, QObject *parent)
    : QObject(parent), m_network(network), m_apiBase(apiBase), m_scope(apiBase), m_token(token.trimmed())
{
}

void ApiClient::setEndpoint(const QUrl &apiBase, const QByteArray &token)
{
    m_apiBase = apiBase;
    m_scope = UrlScope(apiBase);
    m_token = token.trimmed();
}

QUrl ApiClient::endpoint(const QString &path) const
{
    QString base = m_apiBase.toString(QUrl::StripTrailingSlash);
    return QUrl(base + path);
}

QNetworkRequest ApiClient::request(const QUrl &url, int timeoutMs) const
{
    QNetworkRequest r(url);
    const QByteArray version = QCoreApplication::applicationVersion().toLatin1();
    r.setRawHeader("User-Agent", "sdanim/" + (version.isEmpty() ? QByteArrayLiteral("0.1") : version));
    r.setRawHeader("Accept", "application/json");
    // Redirects are followed by ApiCall itself so the Authorization rule is applied to every hop.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(timeoutMs >= 0 ? timeoutMs : m_timeoutMs);
    if (!m_token.isEmpty() && m_scope.contains(url))
        r.setRawHeader("Authorization", "Bearer " + m_token);
    return r;
}

ApiCall *ApiClient::get(const QUrl &url, QObject *context)
{
    auto *call = new ApiCall(this, "GET", url, {}, RetryPolicy::RequestKind::Idempotent, context ? context : this);
    call->start();
    return call;
}

ApiCall *ApiClient::post(const QUrl &url, const QJsonObject &body, RetryPolicy::RequestKind kind, QObject *context)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *call = new ApiCall(this, "POST", url, bytes, kind, context ? context : this);
    call->start();
    return call;
}

QNetworkReply *ApiClient::openEventStream(const QUrl &url)
{
    QNetworkRequest r = request(url, std::max(m_timeoutMs, 90000));
    r.setRawHeader("Accept", "text/event-stream");
    r.setRawHeader("Cache-Control", "no-store");
    QNetworkReply *reply = m_network->get(r);
    RequestLog::instance().watch(reply, m_token);
    return reply;
}

bool ApiClient::claimPrediction(const QString &id)
{
    if (id.isEmpty() || m_claimed.contains(id))
        return false;
    m_claimed.insert(id);
    return true;
}

} // namespace sdanim::api
