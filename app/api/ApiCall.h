#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QJsonDocument>
#include <QObject>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>


namespace sdanim::api {

class ApiClient;

// One logical API request: sends it, follows GET redirects that stay inside the API base's
// UrlScope (any other redirect fails the call: the token never follows one to another host or
// scheme), reads at most ApiClient::MaxResponseBytes, retries according to the client's
// RetryPolicy and finally emits `finished` once. It deletes itself afterwards, so read the
// results inside the `finished` handler.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body,
            RetryPolicy::RequestKind kind, QObject *parent);
    ~ApiCall() override;

    void start();
    void abort();
    // Fewer tries than the policy allows (e.g. the schema fetch falls back to the pinned one).
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // Before the event loop runs again (start() is queued): an extra header on every attempt,
    // e.g. `Prefer: wait=N` on a create, and an inactivity timeout other than the client's (a
    // blocking create is silent for up to N seconds).
    void setRawHeader(const QByteArray &name, const QByteArray &value) { m_extraHeaders.append({name, value}); }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool isOk() const { return m_ok; }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }   // partial when the connection dropped mid-body
    QJsonDocument json() const { return m_json; }
    ApiError error() const { return m_error; }
    RetryPolicy::Reach reach() const { return m_reach; }
    int attempts() const { return m_attempts; }
    QUrl url() const { return m_url; }

signals:
    void retrying(const sdanim::api::ApiError &error, int delayMs);
    void finished();

private:
    void send();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    // Ends the call with `message` as a network-level error, without consulting the retry policy.
    void failWithoutRetry(const QString &message, RetryPolicy::Reach reach);
    void complete();

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QUrl m_url;
    QUrl m_currentUrl;
    QByteArray m_requestBody;
    RetryPolicy::RequestKind m_kind;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    int m_timeoutMs = -1;
    QPointer<QNetworkReply> m_reply;
    int m_attempts = 0;
    int m_maxAttempts = -1;
    int m_redirects = 0;
    bool m_tooLarge = false;
    bool m_ok = false;
    bool m_done = false;
    int m_status = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    ApiError m_error;
    RetryPolicy::Reach m_reach = RetryPolicy::Reach::NotConnected;
};

} // namespace sdanim::api
