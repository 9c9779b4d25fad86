#pragma once

#include "settings/AppSettings.h"

#include <QByteArray>
#include <QUrl>

class QNetworkAccessManager;
class QObject;

namespace sdanim::api {

class Backend;

// Builds the backend the settings ask for. Automatic means the Replicate cloud when a token is
// available and the offline emulator otherwise, so the app is useful right after installation.
class BackendFactory
{
public:
    using Choice = settings::AppSettings::BackendChoice;

    // `baseUrlOverride` (the CLI's --base-url) wins over AppSettings::baseUrl(), which itself
    // honours REPLICATE_BASE_URL. `network` may be shared; null lets the backend own one.
    static Backend *create(const settings::AppSettings &settings, const QByteArray &token, QObject *parent = nullptr,
                           const QUrl &baseUrlOverride = {}, QNetworkAccessManager *network = nullptr);
    // The choice after resolving Automatic.
    static Choice resolve(Choice configured, bool hasToken);
};

} // namespace sdanim::api
