#include "session/BackendSession.h"

#include "api/Backend.h"
#include "api/BackendFactory.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>

namespace sdanim::session {

BackendSession::BackendSession(settings::AppSettings *settings, BackendMaker maker, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_maker(std::move(maker))
{
}

BackendSession::~BackendSession() = default;

BackendMaker BackendSession::defaultMaker()
{
    return [](const settings::AppSettings &settings, const QByteArray &token) {
        BackendHandle handle;
        api::Backend *backend = api::BackendFactory::create(settings, token);
        if (!backend) {
            handle.error = QCoreApplication::translate("sdanim::session::BackendSession",
                                                       "The selected backend could not be created; check Settings.");
            return handle;
        }
        handle.backend.reset(backend);
        QUrl base = settings.cogUrl();
        bool inProcess = false;
        if (auto *replicate = qobject_cast<api::ReplicateBackend *>(backend))
            base = replicate->apiBase();
        if (auto *emulator = qobject_cast<api::OfflineEmulatorBackend *>(backend)) {
            inProcess = true;
            if (!emulator->isServerRunning()) {
                handle.error = QCoreApplication::translate("sdanim::session::BackendSession",
                                                           "The offline emulator could not start: %1").arg(emulator->startError());
                handle.backend.reset();
                return handle;
            }
        }
        handle.identity = store::BackendIdentity::of(backend->kind(), base, inProcess);
        return handle;
    };
}

void BackendSession::releaseRetired(const std::function<bool(api::Backend *)> &inUse)
{
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if (!*it) {
            it = m_retired.erase(it);
        } else if (!inUse(*it)) {
            (*it)->deleteLater();
            it = m_retired.erase(it);
        } else {
            ++it;
        }
    }
}

void BackendSession::rebuild()
{
    BackendHandle handle = m_maker(*m_settings, m_token);
    if (!handle.backend) {
        m_error = handle.error;
        emit backendFailed(m_error);
        return;
    }
    m_error.clear();
    if (m_backend)
        m_retired << m_backend;
    m_backend = handle.backend.release();
    m_backend->setParent(this);
    m_identity = handle.identity;
    emit backendChanged(m_backend);
    m_backend->loadSchema();
}

} // namespace sdanim::session
