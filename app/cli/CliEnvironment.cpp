#include "cli/CliEnvironment.h"

#include "api/BackendFactory.h"
#include "api/CogBackend.h"
#include "api/JobOptions.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"
#include "api/TokenStore.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

namespace sdanim::cli {

namespace {
constexpr int KeyringTimeoutMs = 8000;
} // namespace

CliEnvironment::CliEnvironment(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<settings::AppSettings>())
{
}

CliEnvironment::~CliEnvironment()
{
    delete m_recorder;
    delete m_backend;
    delete m_history;   // waits for queued history writes
}

void CliEnvironment::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("backend"), tr("auto (cloud with a token, else the offline emulator), cloud, cog or emulator."),
         QStringLiteral("auto|cloud|cog|emulator")},
        {QStringLiteral("base-url"), tr("API base URL (Replicate or a running sdanim-emulator; for cog: the container URL)."),
         QStringLiteral("url")},
        {QStringLiteral("out"), tr("Folder for output files (default: the app's output folder)."), QStringLiteral("dir")},
        {QStringLiteral("time-scale"), tr("Offline emulator speed factor: 0.01 runs 100x faster."), QStringLiteral("x")},
        {QStringLiteral("settings"), tr("Use this settings file instead of the user's."), QStringLiteral("file")},
    });
}

bool CliEnvironment::configure(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("settings")))
        m_settings = std::make_unique<settings::AppSettings>(parser.value(QStringLiteral("settings")));
    m_choice = m_settings->backend();
    if (parser.isSet(QStringLiteral("backend"))) {
        const auto choice = settings::AppSettings::backendChoiceFromName(parser.value(QStringLiteral("backend")));
        if (!choice) {
            *error = tr("--backend: expected auto, cloud, cog or emulator, got \"%1\"").arg(parser.value(QStringLiteral("backend")));
            return false;
        }
        m_choice = *choice;
    }
    if (parser.isSet(QStringLiteral("base-url"))) {
        m_baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!m_baseUrl.isValid() || (m_baseUrl.scheme() != QLatin1String("http") && m_baseUrl.scheme() != QLatin1String("https"))) {
            *error = tr("--base-url: expected an http(s) URL, got \"%1\"").arg(parser.value(QStringLiteral("base-url")));
            return false;
        }
        // An explicit server speaks the Replicate API unless told otherwise.
        if (m_choice == settings::AppSettings::BackendChoice::Automatic)
            m_choice = settings::AppSettings::BackendChoice::ReplicateCloud;
    }
    m_outputDirectory = parser.isSet(QStringLiteral("out")) ? QDir(parser.value(QStringLiteral("out"))).absolutePath()
                                                           : m_settings->outputDirectory();
    m_timeScale = m_settings->emulatorTimeScale();
    if (parser.isSet(QStringLiteral("time-scale"))) {
        bool ok = false;
        m_timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || m_timeScale <= 0 || m_timeScale > 100) {
            *error = tr("--time-scale: expected a number above 0 (e.g. 0.01), got \"%1\"").arg(parser.value(QStringLiteral("time-scale")));
            return false;
        }
    }
    return true;
}

void CliEnvironment::loadToken(std::function<void()> done)
{
    m_token = qgetenv(api::TokenStore::EnvironmentVariable).trimmed();
    // Without a session bus there is no keyring to ask (and QtKeychain would only time out).
    if (!m_token.isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QTimer::singleShot(0, this, done);
        return;
    }
    auto *store = new api::TokenStore(*m_settings, this);
    auto finished = std::make_shared<bool>(false);
    auto finish = [this, store, done, finished](const QByteArray &token) {
        if (*finished) return;
        *finished = true;
        m_token = token;
        store->deleteLater();
        done();
    };
    connect(store, &api::TokenStore::loaded, this, [finish](const QByteArray &token) { finish(token); });
    connect(store, &api::TokenStore::missing, this, [finish] { finish({}); });
    QTimer::singleShot(KeyringTimeoutMs, this, [finish] { finish({}); });
    store->load();
}

api::Backend *CliEnvironment::createBackend(QString *error)
{
    using Choice = settings::AppSettings::BackendChoice;
    api::JobOptions options = api::JobOptions::fromSettings(*m_settings);
    options.outputDirectory = m_outputDirectory;
    switch (api::BackendFactory::resolve(m_choice, hasToken())) {
    case Choice::OfflineEmulator: {
        auto *backend = new api::OfflineEmulatorBackend(m_timeScale, options, nullptr, nullptr);
        if (!backend->isServerRunning()) {
            *error = tr("The offline emulator could not start: %1").arg(backend->startError());
            delete backend;
            return nullptr;
        }
        m_backend = backend;
        m_identity = store::BackendIdentity::of(backend->kind(), backend->apiBase(), true);
        break;
    }
    case Choice::LocalCog: {
        const QUrl url = m_baseUrl.isEmpty() ? m_settings->cogUrl() : m_baseUrl;
        auto *backend = new api::CogBackend(url, m_outputDirectory, nullptr);
        m_backend = backend;
        m_identity = store::BackendIdentity::of(backend->kind(), url, false);
        break;
    }
    case Choice::ReplicateCloud:
    case Choice::Automatic: {
        // Built here rather than by BackendFactory: --base-url selects the Replicate protocol even
        // when the settings say "auto" and no token is set.
        auto *backend = new api::ReplicateBackend(m_baseUrl.isEmpty() ? m_settings->baseUrl() : m_baseUrl, m_token,
                                                  options, nullptr, nullptr);
        backend->setModel(m_settings->model());
        backend->setPinnedVersion(m_settings->pinnedVersion());
        m_backend = backend;
        m_identity = store::BackendIdentity::of(backend->kind(), backend->apiBase(), false);
        break;
    }
    }
    return m_backend;
}

store::AsyncHistoryStore *CliEnvironment::history()
{
    if (!m_history) m_history = new store::AsyncHistoryStore(m_settings->historyDatabasePath());
    return m_history;
}

store::HistoryRecorder *CliEnvironment::recorder()
{
    if (!m_recorder) m_recorder = new store::HistoryRecorder(history());
    return m_recorder;
}

} // namespace sdanim::cli
