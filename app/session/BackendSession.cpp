#include "session/BackendSession.h"

#include "api/Backend.h"

namespace sdanim::session {

BackendSession::BackendSession(settings::AppSettings *settings, BackendMaker maker, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_maker(std::move(maker))
{
}

BackendSession::~BackendSession() = default;

void BackendSession::rebuild()
{
    BackendHandle handle = m_maker(*m_settings);
    if (!handle.backend) {
        m_error = handle.error;
        emit backendFailed(m_error);
        return;
    }
    m_error.clear();
    m_backend = handle.backend.release();
    m_backend->setParent(this);
    m_identity = handle.identity;
    emit backendChanged(m_backend);
    m_backend->loadSchema();
}

} // namespace sdanim::session
