#include "api/BackendFactory.h"

#include "api/CogBackend.h"
#include "api/JobOptions.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"

namespace sdanim::api {

BackendFactory::Choice BackendFactory::resolve(Choice configured, bool hasToken, bool explicitServer)
{
    if (configured != Choice::Automatic) return configured;
    return hasToken || explicitServer ? Choice::ReplicateCloud : Choice::OfflineEmulator;
}

BackendFactory::Choice BackendFactory::resolve(const settings::AppSettings &settings, const QByteArray &token,
                                               const Overrides &overrides)
{
    const bool explicitServer = overrides.baseUrl.isValid() && !overrides.baseUrl.isEmpty();
    return resolve(overrides.backend.value_or(settings.backend()), !token.trimmed().isEmpty(), explicitServer);
}

Backend *BackendFactory::create(const settings::AppSettings &settings, const QByteArray &token, QObject *parent,
                                const QUrl &baseUrlOverride, QNetworkAccessManager *network)
{
    Overrides overrides;
    overrides.baseUrl = baseUrlOverride;
    return create(settings, token, overrides, parent, network);
}

Backend *BackendFactory::create(const settings::AppSettings &settings, const QByteArray &token, const Overrides &overrides,
                                QObject *parent, QNetworkAccessManager *network)
{
    JobOptions options = JobOptions::fromSettings(settings);
    if (!overrides.outputDirectory.isEmpty()) options.outputDirectory = overrides.outputDirectory;
    if (!overrides.blockingCreate) options.blockingCreateMaxMs = 0;
    const bool explicitServer = overrides.baseUrl.isValid() && !overrides.baseUrl.isEmpty();
    switch (resolve(settings, token, overrides)) {
    case Choice::LocalCog:
        return new CogBackend(settings, explicitServer ? overrides.baseUrl : settings.cogUrl(), options.outputDirectory,
                              parent);
    case Choice::OfflineEmulator:
        return new OfflineEmulatorBackend(overrides.emulatorTimeScale.value_or(settings.emulatorTimeScale()), options,
                                          network, parent);
    case Choice::ReplicateCloud:
    case Choice::Automatic:
        break;
    }
    auto *backend = new ReplicateBackend(explicitServer ? overrides.baseUrl : settings.baseUrl(), token, options,
                                         network, parent);
    backend->setModel(settings.model());
    backend->setPinnedVersion(settings.pinnedVersion());
    backend->setDeployment(overrides.deployment.value_or(settings.deployment()));
    backend->setVersionCache(settings.dataDirectory() + QStringLiteral("/cache/model-versions.json"));
    return backend;
}

} // namespace sdanim::api
