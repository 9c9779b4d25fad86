#pragma once

#include "store/BackendIdentity.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace sdanim::api { class Backend; }
namespace sdanim::settings { class AppSettings; }

namespace sdanim::session {

// What building a backend from the settings gave: the backend (or nothing, with the reason).
struct BackendHandle
{
    std::unique_ptr<api::Backend> backend;
    store::BackendIdentity identity;
    QString error;
};
using BackendMaker = std::function<BackendHandle(const settings::AppSettings &settings, const QByteArray &token)>;

// Owns the backend the window runs on and rebuilds it when the settings or the token change. A
// replaced backend stays alive until releaseRetired() finds no run in flight on it any more.
class BackendSession : public QObject
{
    Q_OBJECT
public:
    explicit BackendSession(settings::AppSettings *settings, BackendMaker maker = defaultMaker(), QObject *parent = nullptr);
    ~BackendSession() override;

    // api::BackendFactory plus the identity the history records.
    static BackendMaker defaultMaker();

    api::Backend *backend() const { return m_backend; }
    store::BackendIdentity identity() const { return m_identity; }
    QString lastError() const { return m_error; }
    settings::AppSettings *settings() const { return m_settings; }
    // The token in use; kept only in memory, so copy-as-code can scrub it.
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }
    // Builds a backend that is not made current (e.g. to test a token before saving it).
    BackendHandle make(const settings::AppSettings &settings, const QByteArray &token) const { return m_maker(settings, token); }

    // Deletes the replaced backends for which `inUse` says no run needs them any more.
    void releaseRetired(const std::function<bool(api::Backend *)> &inUse);
    int retiredCount() const { return int(m_retired.size()); }

public slots:
    // Builds the backend from the current settings and asks it for the model schema.
    void rebuild();

signals:
    void backendChanged(sdanim::api::Backend *backend);
    void backendFailed(const QString &message);

private:
    settings::AppSettings *m_settings;
    BackendMaker m_maker;
    QPointer<api::Backend> m_backend;
    QList<QPointer<api::Backend>> m_retired;
    store::BackendIdentity m_identity;
    QByteArray m_token;
    QString m_error;
};

} // namespace sdanim::session
