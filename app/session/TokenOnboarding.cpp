#include "session/TokenOnboarding.h"

#include "api/AccountCheck.h"
#include "api/TokenStore.h"
#include "session/BackendSession.h"
#include "settings/AppSettings.h"

namespace sdanim::session {

TokenOnboarding::TokenOnboarding(settings::AppSettings *settings, BackendSession *backends, QObject *parent)
    : QObject(parent), m_settings(settings), m_backends(backends)
{
}

TokenOnboarding::~TokenOnboarding() = default;

void TokenOnboarding::submit(const QString &token)
{
    if (m_busy)
        return;
    delete m_check;
    m_check = new api::AccountCheck(m_settings->baseUrl(), nullptr, this);
    m_busy = true;
    connect(m_check, &api::AccountCheck::accepted, this, &TokenOnboarding::store);
    connect(m_check, &api::AccountCheck::rejected, this, [this](const QString &message) {
        m_busy = false;
        emit rejected(message);
    });
    emit checking(m_settings->baseUrl().host());
    m_check->check(token);
}

void TokenOnboarding::store(const QByteArray &token, const QString &username, const QString &name)
{
    // Owned by the backend session: the keyring answers asynchronously, perhaps after the dialog.
    auto *tokens = new api::TokenStore(*m_settings, m_backends);
    QPointer<TokenOnboarding> self(this);
    BackendSession *backends = m_backends;
    settings::AppSettings *appSettings = m_settings;
    connect(tokens, &api::TokenStore::saved, backends,
            [self, tokens, backends, appSettings, token, username, name](bool ok, const QString &message) {
                tokens->deleteLater();
                // Even unsaved, the checked token serves this session (as in Settings).
                backends->setToken(token);
                if (appSettings->backend() == settings::AppSettings::BackendChoice::OfflineEmulator)
                    appSettings->setBackend(settings::AppSettings::BackendChoice::Automatic);
                appSettings->raw().sync();
                backends->rebuild();
                if (!self)
                    return;
                self->m_busy = false;
                emit self->accepted(username, name,
                                    ok ? message
                                       : tr("The token could not be stored (%1); it is used until you quit.").arg(message),
                                    ok);
            });
    tokens->save(QString::fromUtf8(token));
}

void TokenOnboarding::goOffline()
{
    m_settings->setBackend(settings::AppSettings::BackendChoice::OfflineEmulator);
    m_settings->raw().sync();
    m_backends->rebuild();
}

} // namespace sdanim::session
