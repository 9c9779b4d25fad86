#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/NetworkReplies.h"
#include "api/RequestLog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace sdanim::api {

namespace {

// The body of a create, readable once. Qt's HTTP layer silently sends a request again when its
// connection closes before any answer came (Qt 6.4, also for POST) — for a create that could
// start and bill a second prediction. A body that cannot be rewound turns that re-send into an
// error (ContentReSendError), which the job treats like any other lost answer: it looks for the
// prediction instead of creating another.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override { return m_pos >= m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0) return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat); }

// Redirect targets appear in messages; a signed query may hold credentials.
QString describe(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// What is kept of an answer that was refused for its size: enough for the recovery of a lost
// create to find the prediction id (Replicate sends it first).
constexpr qsizetype KeptPrefixBytes = 64 * 1024;

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
    if (m_client->hasToken() && !m_client->scope().isValid()) {
        // Sending without the token would only earn a 401 and hide the real problem.
        failWithoutRetry(m_client->scope().problem(), RetryPolicy::Reach::NotConnected);
        return;
    }
    ++m_attempts;
    m_body.clear();
    m_tooLarge = false;
    QNetworkRequest request = m_client->request(m_currentUrl, m_timeoutMs);
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request.setRawHeader(name, value);
    if (!m_requestBody.isEmpty() || m_method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_kind == RetryPolicy::RequestKind::Create) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_requestBody);
        m_reply = m_client->network()->sendCustomRequest(request, m_method, body);
        body->setParent(m_reply);   // read until the reply ends; a retry makes a new one
    } else {
        m_reply = m_client->network()->sendCustomRequest(request, m_method, m_requestBody);
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    RequestLog::instance().watch(m_reply, m_client->token());
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply) return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > ApiClient::MaxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_tooLarge) return;
    m_body += m_reply->readAll();
    if (m_body.size() > ApiClient::MaxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::failWithoutRetry(const QString &message, RetryPolicy::Reach reach)
{
    m_ok = false;
    m_error = ApiError{};
    m_error.networkError = message;
    m_error.body = m_body;
    m_reach = reach;
    complete();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) return;
    if (reply->bytesAvailable() > 0) onReadyRead();
    reply->deleteLater();
    m_reply = nullptr;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    m_status = status;
    m_ok = false;

    if (m_tooLarge) {
        // Another attempt would be as large; a create that got this far may exist (recovery).
        m_body.truncate(KeptPrefixBytes);
        failWithoutRetry(tr("the server's answer is larger than the limit of %1 and was not read")
                             .arg(sizeText(ApiClient::MaxResponseBytes)),
                         RetryPolicy::Reach::LostAfterSending);
        return;
    }

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location") && m_method == "GET" && m_redirects < 5) {
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!m_client || !m_client->scope().contains(target)) {
            // Following would send the next request (and any token) to another host or scheme,
            // or trust its answer as the API's.
            failWithoutRetry(tr("the server redirected the request to %1, outside the API base %2; the "
                                "redirect was not followed")
                                 .arg(describe(target), m_client ? describe(m_client->apiBase()) : QString()),
                             RetryPolicy::Reach::GotResponse);
            return;
        }
        ++m_redirects;
        m_currentUrl = target;
        --m_attempts;
        send();
        return;
    }

    ApiError error;
    if (reply->error() != QNetworkReply::NoError && (status == 0 || status < 400)) {
        // Transport failure; with a status it was cut after the headers (mid-body).
        error.networkError = reply->errorString();
        m_reach = RetryPolicy::reachOf(reply->error(), status > 0);
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
