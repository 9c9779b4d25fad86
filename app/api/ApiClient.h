#pragma once

#include "api/RetryPolicy.h"
#include "api/UrlScope.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QUrl>


namespace sdanim::api {

class ApiCall;

// The one place that builds requests to the Replicate HTTP API: it adds `Authorization: Bearer`
// only to URLs inside the API base's UrlScope (never to delivery or stream hosts, never over plain
// http to a remote host, never an empty header), sets the per-request timeout and hands calls the
// shared RetryPolicy. Backends, jobs and the history import all go through it.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRequestTimeoutMs = 30000;
    // The largest API answer (JSON, or an error page) read into memory; beyond it a call fails.
    // Prediction lists and objects are kilobytes; this leaves room for outputs sent as data: URIs.
    static constexpr qint64 MaxResponseBytes = 64LL * 1024 * 1024;

    ApiClient(QNetworkAccessManager *network, const QUrl &apiBase, const QByteArray &token,
              QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    QUrl apiBase() const { return m_apiBase; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // For the OutputDownloader's AuthPolicy only; never log it.
    QByteArray token() const { return m_token; }
    void setEndpoint(const QUrl &apiBase, const QByteArray &token);

    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Inactivity timeout of one request (Qt transfer timeout), separate from a job's deadline.
    int requestTimeoutMs() const { return m_timeoutMs; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Where the token may go (see UrlScope); the redirects an ApiCall follows stay inside it too.
    const UrlScope &scope() const { return m_scope; }
    bool isUnderApiBase(const QUrl &url) const { return m_scope.contains(url); }
    // apiBase + "/predictions/abc"; `path` starts with '/'. Query items may follow a '?'.
    QUrl endpoint(const QString &path) const;

    // A request with the common headers; Authorization only when `url` is inside scope().
    QNetworkRequest request(const QUrl &url, int timeoutMs = -1) const;

    // Calls run as soon as they are created and delete themselves after `finished`.
    ApiCall *get(const QUrl &url, QObject *context = nullptr);
    ApiCall *post(const QUrl &url, const QJsonObject &body, RetryPolicy::RequestKind kind,
                  QObject *context = nullptr);
    // A long-lived GET with Accept: text/event-stream (no inactivity timeout below ~90 s).
    QNetworkReply *openEventStream(const QUrl &url);

    // A prediction id is followed by at most one job of this client: reconciling a lost create
    // response must never adopt a prediction that another job already owns.
    bool claimPrediction(const QString &id);
    bool isClaimed(const QString &id) const { return m_claimed.contains(id); }

private:
    QPointer<QNetworkAccessManager> m_network;
    QUrl m_apiBase;
    UrlScope m_scope;
    QByteArray m_token;
    RetryPolicy m_retry;
    int m_timeoutMs = DefaultRequestTimeoutMs;
    QSet<QString> m_claimed;
};

} // namespace sdanim::api
