#include "cli/CliEnvironment.h"

#include "api/DeploymentInfo.h"

#include "settings/LogFilter.h"

#include "api/BackendFactory.h"
#include "api/CogBackend.h"
#include "api/DeploymentInfo.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"
#include "api/TokenStore.h"
#include "cli/ConsoleOutput.h"
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

QList<QCommandLineOption> CliEnvironment::options()
{
    return {
        {QStringLiteral("backend"), tr("auto (cloud with a token, else the offline emulator), cloud, cog or emulator."),
         QStringLiteral("auto|cloud|cog|emulator")},
        {QStringLiteral("base-url"), tr("API base URL (Replicate or a running sdanim-emulator; for cog: the container URL)."),
         QStringLiteral("url")},
        {QStringLiteral("deployment"), tr("Create the predictions on this Replicate deployment (owner/name) instead of "
                                          "the model version; \"\" for the model version (cloud backend only)."),
         QStringLiteral("owner/name")},
        {QStringLiteral("out"), tr("Folder for output files (default: the app's output folder)."), QStringLiteral("dir")},
        {QStringLiteral("time-scale"), tr("Offline emulator speed factor: 0.01 runs 100x faster."), QStringLiteral("x")},
        {QStringLiteral("settings"), tr("Use this settings file instead of the user's."), QStringLiteral("file")},
        {QStringLiteral("verbose"), tr("Print the debug log of the sdanim.* categories on stderr (each HTTP request, "
                                       "each poll); the API token is never printed.")},
    };
}

bool CliEnvironment::configure(const QCommandLineParser &parser, QString *error)
{
    // Commands offer only the options they need (`presets` has no --backend); isSet() would warn
    // on stderr about the others.
    const QStringList given = parser.optionNames();
    if (given.contains(QStringLiteral("verbose")))
        settings::LogFilter::install(true);
    if (given.contains(QStringLiteral("settings")))
        m_settings = std::make_unique<settings::AppSettings>(parser.value(QStringLiteral("settings")));
    m_overrides = {};
    if (given.contains(QStringLiteral("backend"))) {
        m_overrides.backend = settings::AppSettings::backendChoiceFromName(parser.value(QStringLiteral("backend")));
        if (!m_overrides.backend) {
            *error = tr("--backend: expected auto, cloud, cog or emulator, got \"%1\"").arg(parser.value(QStringLiteral("backend")));
            return false;
        }
    }
    if (given.contains(QStringLiteral("base-url"))) {
        m_overrides.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!m_overrides.baseUrl.isValid()
            || (m_overrides.baseUrl.scheme() != QLatin1String("http") && m_overrides.baseUrl.scheme() != QLatin1String("https"))) {
            *error = tr("--base-url: expected an http(s) URL, got \"%1\"").arg(parser.value(QStringLiteral("base-url")));
            return false;
        }
    }
    if (given.contains(QStringLiteral("deployment"))) {
        const QString deployment = parser.value(QStringLiteral("deployment")).trimmed();
        if (!deployment.isEmpty() && !api::DeploymentInfo::isValidFullName(deployment)) {
            *error = tr("--deployment: expected owner/name in lowercase letters, digits, '-', '_' and '.', got \"%1\"")
                         .arg(parser.value(QStringLiteral("deployment")));
            return false;
        }
        m_overrides.deployment = deployment;
    }
    m_overrides.blockingCreate = true;
    m_overrides.outputDirectory = given.contains(QStringLiteral("out")) ? QDir(parser.value(QStringLiteral("out"))).absolutePath()
                                                                     : m_settings->outputDirectory();
    if (given.contains(QStringLiteral("time-scale"))) {
        bool ok = false;
        const double scale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || scale <= 0 || scale > 100) {
            *error = tr("--time-scale: expected a number above 0 (e.g. 0.01), got \"%1\"").arg(parser.value(QStringLiteral("time-scale")));
            return false;
        }
        m_overrides.emulatorTimeScale = scale;
    }
    return true;
}

void CliEnvironment::loadToken(std::function<void()> done)
{
    auto *store = new api::TokenStore(*m_settings, this);
    store->setPrecedence(api::TokenStore::Precedence::EnvironmentFirst);
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
    // A keyring that never answers must not hang a script: carry on as if there were no token.
    QTimer::singleShot(KeyringTimeoutMs, this, [finish] { finish({}); });
    store->load();
}

api::Backend *CliEnvironment::createBackend(QString *error)
{
    api::Backend *backend = api::BackendFactory::create(*m_settings, m_token, m_overrides);
    QUrl base;
    bool inProcess = false;
    if (auto *emulator = qobject_cast<api::OfflineEmulatorBackend *>(backend)) {
        if (!emulator->isServerRunning()) {
            *error = tr("The offline emulator could not start: %1").arg(emulator->startError());
            delete backend;
            return nullptr;
        }
        inProcess = true;
    }
    auto *replicate = qobject_cast<api::ReplicateBackend *>(backend);
    if (m_overrides.deployment && !m_overrides.deployment->isEmpty() && (!replicate || replicate->deployment().isEmpty())) {
        *error = tr("--deployment %1 needs the Replicate backend (an API token, or --backend cloud with --base-url); "
                    "%2 has no deployments.")
                     .arg(*m_overrides.deployment, backend->displayName());
        delete backend;
        return nullptr;
    }
    if (replicate) base = replicate->apiBase();
    if (auto *cog = qobject_cast<api::CogBackend *>(backend)) base = cog->baseUrl();
    m_backend = backend;
    m_identity = store::BackendIdentity::of(backend->kind(), base, inProcess);
    return m_backend;
}

api::Backend *CliEnvironment::createRunBackend()
{
    QString error;
    api::Backend *backend = createBackend(&error);
    if (!backend) {
        ConsoleOutput::error(error);
        return nullptr;
    }
    if (backend->producesSyntheticPreviews())
        ConsoleOutput::error(tr("No Replicate API token: running the offline emulator in-process.\n"
                                "Outputs are OFFLINE PREVIEWS (synthetic labelled frames), not Stable Diffusion animations.\n"
                                "Set REPLICATE_API_TOKEN or save a token in the app to use Replicate."));
    return backend;
}

void CliEnvironment::reportSchemaSource(const schema::ModelSchema &schema, bool fromNetwork)
{
    if (!fromNetwork) ConsoleOutput::error(tr("Using the model schema shipped with the app (version %1).").arg(schema.versionId().left(12)));
}

api::BackendFactory::Choice CliEnvironment::resolvedBackend() const
{
    return api::BackendFactory::resolve(*m_settings, m_token, m_overrides);
}

store::AsyncHistoryStore *CliEnvironment::history()
{
    if (!m_history) m_history = new store::AsyncHistoryStore(m_settings->historyDatabasePath());
    return m_history;
}

store::HistoryRecorder *CliEnvironment::recorder()
{
    if (!m_recorder) {
        m_recorder = new store::HistoryRecorder(history());
        m_recorder->setSettings(m_settings.get());
    }
    return m_recorder;
}

} // namespace sdanim::cli
