#include "api/BackendFactory.h"

#include "api/CogBackend.h"
#include "api/JobOptions.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"

namespace sdanim::api {

BackendFactory::Choice BackendFactory::resolve(Choice configured, bool hasToken)
{
    if (configured != Choice::Automatic) return configured;
    return hasToken ? Choice::ReplicateCloud : Choice::OfflineEmulator;
}

Backend *BackendFactory::create(const settings::AppSettings &settings, const QByteArray &token, QObject *parent,
                                const QUrl &baseUrlOverride, QNetworkAccessManager *network)
{
    const JobOptions options = JobOptions::fromSettings(settings);
    switch (resolve(settings.backend(), !token.trimmed().isEmpty())) {
    case Choice::LocalCog:
        return new CogBackend(settings, parent);
    case Choice::OfflineEmulator:
        return new OfflineEmulatorBackend(settings.emulatorTimeScale(), options, network, parent);
    case Choice::ReplicateCloud:
    case Choice::Automatic:
        break;
    }
    const QUrl base = baseUrlOverride.isValid() && !baseUrlOverride.isEmpty() ? baseUrlOverride : settings.baseUrl();
    auto *backend = new ReplicateBackend(base, token, options, network, parent);
    backend->setModel(settings.model());
    backend->setPinnedVersion(settings.pinnedVersion());
    return backend;
}

} // namespace sdanim::api
