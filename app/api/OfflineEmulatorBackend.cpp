#include "api/OfflineEmulatorBackend.h"

#include "emulator/EmulatorServer.h"

#include <QRandomGenerator>

namespace sdanim::api {

namespace {
// The emulator insists on a token like Replicate does; this one never leaves the process.
QByteArray sessionToken()
{
    QByteArray t = "r8_emulator_";
    for (int i = 0; i < 24; ++i)
        t.append("abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)]);
    return t;
}
} // namespace

OfflineEmulatorBackend::OfflineEmulatorBackend(double timeScale, const JobOptions &options,
                                               QNetworkAccessManager *network, QObject *parent)
    : ReplicateBackend(QUrl(), QByteArray(), options, network, parent)
{
    const QByteArray token = sessionToken();
    emulator::EmulatorOptions emu;
    emu.token = QString::fromLatin1(token);
    emu.timeScale = timeScale > 0 ? timeScale : 1.0;
    m_server = std::make_unique<emulator::EmulatorServer>(emu);
    m_running = m_server->start(&m_startError);
    if (m_running)
        setEndpoint(m_server->apiBaseUrl(), token);
    else
        // Every call then fails fast with "connection refused" and a clear message.
        setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), QByteArray());
}

OfflineEmulatorBackend::~OfflineEmulatorBackend() = default;

QString OfflineEmulatorBackend::displayName() const
{
    return tr("Offline emulator (synthetic previews)");
}

QUrl OfflineEmulatorBackend::controlUrl() const
{
    return m_running ? m_server->controlUrl() : QUrl();
}

} // namespace sdanim::api
