#pragma once

#include "settings/AppSettings.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace sdanim::api {

class Backend;

// Builds the backend the settings ask for. Automatic means the Replicate cloud when a token is
// available and the offline emulator otherwise, so the app is useful right after installation.
// The GUI and the CLI both build their backends here, so one place decides which backend runs and
// which base URL and token it uses.
class BackendFactory
{
public:
    using Choice = settings::AppSettings::BackendChoice;

    // Per-call choices that win over the settings without being saved (the CLI's options).
    struct Overrides
    {
        std::optional<Choice> backend;            // --backend
        // --base-url: the Replicate API base (wins over AppSettings::baseUrl(), which itself honours
        // REPLICATE_BASE_URL), or the container URL for Cog. With Automatic, an explicit server
        // means the Replicate protocol even without a token: the user named the server to talk to.
        QUrl baseUrl;
        QString outputDirectory;                  // --out
        std::optional<double> emulatorTimeScale;  // --time-scale
        // Short runs may be created with `Prefer: wait` (JobOptions::blockingCreateMaxMs): the
        // command line wants the file with the fewest requests. The window does not: a held create
        // has no prediction id yet, so its row could show no progress and not be canceled for the
        // length of the wait.
        bool blockingCreate = false;
        // --deployment owner/name (empty: the model version), for the Replicate backend only.
        std::optional<QString> deployment;
    };

    // `network` may be shared; null lets the backend own one. An OfflineEmulatorBackend is returned
    // even when its server could not start (see isServerRunning()/startError()).
    static Backend *create(const settings::AppSettings &settings, const QByteArray &token, const Overrides &overrides,
                           QObject *parent = nullptr, QNetworkAccessManager *network = nullptr);
    static Backend *create(const settings::AppSettings &settings, const QByteArray &token, QObject *parent = nullptr,
                           const QUrl &baseUrlOverride = {}, QNetworkAccessManager *network = nullptr);
    // The choice after resolving Automatic.
    static Choice resolve(Choice configured, bool hasToken, bool explicitServer = false);
    // The backend create() builds for these arguments, without building it (`sdanim plan`).
    static Choice resolve(const settings::AppSettings &settings, const QByteArray &token, const Overrides &overrides);
};

} // namespace sdanim::api
