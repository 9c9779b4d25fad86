#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sdanim::api { class AccountCheck; class TokenStore; }
namespace sdanim::settings { class AppSettings; }

namespace sdanim::session {

class BackendSession;

// The welcome's two ways on: a pasted Replicate token is first checked with GET /v1/account
// (api::AccountCheck, against the configured API base) and only then stored (api::TokenStore) and
// given to the backend session; or the app goes on with the offline emulator. The window stays
// responsive: every step answers with a signal.
class TokenOnboarding : public QObject
{
    Q_OBJECT
public:
    TokenOnboarding(settings::AppSettings *settings, BackendSession *backends, QObject *parent = nullptr);
    ~TokenOnboarding() override;

    bool isBusy() const { return m_busy; }

public slots:
    void submit(const QString &token);
    // Uses the offline emulator from now on (the setting), keeping any stored token.
    void goOffline();

signals:
    void checking(const QString &host);
    // `storage` says where the token is kept (or why only for this session).
    void accepted(const QString &username, const QString &name, const QString &storage, bool stored);
    void rejected(const QString &message);

private:
    void store(const QByteArray &token, const QString &username, const QString &name);

    settings::AppSettings *m_settings;
    BackendSession *m_backends;
    QPointer<api::AccountCheck> m_check;
    bool m_busy = false;
};

} // namespace sdanim::session
