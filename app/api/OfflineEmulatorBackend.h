#pragma once

#include "api/ReplicateBackend.h"

#include <memory>

namespace sdanim::emulator { class EmulatorServer; }

namespace sdanim::api {

// Runs the bundled emulator in-process on an ephemeral loopback port and talks to it with the
// very same client code as the cloud backend, so the app works (with synthetic, labelled
// previews) without a token or a network.
class OfflineEmulatorBackend : public ReplicateBackend
{
    Q_OBJECT
public:
    OfflineEmulatorBackend(double timeScale, const JobOptions &options, QNetworkAccessManager *network = nullptr,
                           QObject *parent = nullptr);
    ~OfflineEmulatorBackend() override;

    Kind kind() const override { return Kind::OfflineEmulator; }
    QString displayName() const override;

    bool isServerRunning() const { return m_running; }
    QString startError() const { return m_startError; }
    QUrl controlUrl() const;   // the emulator's /_emulator endpoint (fault injection in tests)

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
    bool m_running = false;
    QString m_startError;
};

} // namespace sdanim::api
