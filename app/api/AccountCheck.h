#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace sdanim::api {

class ApiCall;
class ApiClient;

// Checks a Replicate API token before anything stores it: GET <apiBase>/account with the token
// (through ApiClient, so it goes only to the API base), then `accepted` with the account's
// username, or `rejected` with a sentence for the user. A token is refused without a request when
// it cannot be one (empty, spaces or control characters inside, longer than MaxTokenBytes).
class AccountCheck : public QObject
{
    Q_OBJECT
public:
    // The same bound as a plain-text token file (TokenStore::MaxPlainTextBytes).
    static constexpr int MaxTokenBytes = 4096;
    // Longer account names are cut for display.
    static constexpr int MaxNameChars = 200;

    // `network` may be shared; null: the check owns one.
    explicit AccountCheck(const QUrl &apiBase, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AccountCheck() override;

    QUrl apiBase() const { return m_apiBase; }
    // A check in flight is abandoned (no signal) when a new one starts.
    void check(const QString &token);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    // Empty when `token` may be a token; otherwise why not.
    static QString formatProblem(const QString &token);

signals:
    // `username` is never empty; `name` is the display name (may be empty).
    void accepted(const QByteArray &token, const QString &username, const QString &name);
    // httpStatus 0: no HTTP answer (network, TLS, refused before sending).
    void rejected(const QString &message, int httpStatus);

private:
    QUrl m_apiBase;
    QNetworkAccessManager *m_network;
    ApiClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
};

} // namespace sdanim::api
