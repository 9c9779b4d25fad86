#include "api/ApiClient.h"

#include "api/ApiCall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sdanim::api {

namespace {
int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}
} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &apiBase, const QByteArray &token, QObject *parent)
    : QObject(parent), m_network(network), m_apiBase(apiBase), m_token(token.trimmed())
{
}

void ApiClient::setEndpoint(const QUrl &apiBase, const QByteArray &token)
{
    m_apiBase = apiBase;
    m_token = token.trimmed();
}

bool ApiClient::isUnder(const QUrl &url, const QUrl &base)
{
    if (!url.isValid() || !base.isValid() || base.host().isEmpty())
        return false;
    if (url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
        || effectivePort(url) != effectivePort(base))
        return false;
    if (!url.userInfo().isEmpty())
        return false;
    QString basePath = base.path(QUrl::FullyDecoded);
    while (basePath.endsWith(QLatin1Char('/'))) basePath.chop(1);
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.contains(QLatin1String("/../")) || path.endsWith(QLatin1String("/..")))
        return false;
    return basePath.isEmpty() || path == basePath || path.startsWith(basePath + QLatin1Char('/'));
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
    if (!m_token.isEmpty() && isUnderApiBase(url))
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
    return m_network->get(r);
}

bool ApiClient::claimPrediction(const QString &id)
{
    if (id.isEmpty() || m_claimed.contains(id))
        return false;
    m_claimed.insert(id);
    return true;
}

} // namespace sdanim::api
