#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/NetworkReplies.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace sdanim::api {

namespace {

// Failures where the request cannot have reached the server's application.
bool neverConnected(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiCall::ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body,
                 RetryPolicy::RequestKind kind, QObject *parent)
    : QObject(parent), m_client(client), m_method(method), m_url(url), m_currentUrl(url), m_requestBody(body),
      m_kind(kind)
{
}

ApiCall::~ApiCall()
{
    NetworkReplies::abandon(m_reply, this);
}

void ApiCall::start()
{
    // Queued so that callers can connect to the signals after creating the call.
    QTimer::singleShot(0, this, &ApiCall::send);
}

void ApiCall::abort()
{
    if (m_done) return;
    m_error = ApiError{};
    m_error.networkError = tr("canceled");
    m_reach = RetryPolicy::Reach::NotConnected;
    NetworkReplies::abandon(m_reply, this);
    complete();
}

void ApiCall::send()
{
    if (m_done) return;
    if (!m_client || !m_client->network()) {
        m_error.networkError = tr("the network is not available");
        complete();
        return;
    }
    ++m_attempts;
    QNetworkRequest request = m_client->request(m_currentUrl);
    if (!m_requestBody.isEmpty() || m_method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_client->network()->sendCustomRequest(request, m_method, m_requestBody);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) return;
    reply->deleteLater();
    m_reply = nullptr;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    m_body = reply->readAll();
    m_status = status;
    m_ok = false;

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location") && m_method == "GET" && m_redirects < 5) {
        ++m_redirects;
        m_currentUrl = m_currentUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        --m_attempts;
        send();
        return;
    }

    ApiError error;
    if (reply->error() != QNetworkReply::NoError && (status == 0 || status < 400)) {
        // Transport failure; with a status it was cut after the headers (mid-body).
        error.networkError = reply->errorString();
        m_reach = status > 0 ? RetryPolicy::Reach::LostAfterSending
                             : neverConnected(reply->error()) ? RetryPolicy::Reach::NotConnected
                                                               : RetryPolicy::Reach::LostAfterSending;
    } else if (status >= 400) {
        error = ApiError::fromResponse(status, m_body, reply->rawHeader("Retry-After"));
        m_reach = RetryPolicy::Reach::GotResponse;
    } else if (status >= 200 && status < 300) {
        QJsonParseError parseError;
        m_json = m_body.trimmed().isEmpty() ? QJsonDocument(QJsonObject{}) : QJsonDocument::fromJson(m_body, &parseError);
        if (m_json.isNull()) {
            // A 2xx whose body does not parse: treat like a response lost in transit.
            error.networkError = tr("the server's response was not valid JSON (%1)").arg(parseError.errorString());
            m_reach = RetryPolicy::Reach::LostAfterSending;
        } else {
            m_ok = true;
            m_error = ApiError{};
            complete();
            return;
        }
    } else {
        error = ApiError::fromResponse(status, m_body);
        m_reach = RetryPolicy::Reach::GotResponse;
    }
    error.body = m_body;
    m_error = error;
    if (m_client && (m_maxAttempts < 0 || m_attempts < m_maxAttempts)) {
        if (const auto delay = m_client->retryPolicy().delayBeforeRetry(m_kind, m_attempts, error, m_reach)) {
            emit retrying(error, *delay);
            QTimer::singleShot(*delay, this, &ApiCall::send);
            return;
        }
    }
    complete();
}

void ApiCall::complete()
{
    if (m_done) return;
    m_done = true;
    emit finished();
    deleteLater();
}

} // namespace sdanim::api
