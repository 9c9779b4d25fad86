#include "api/CogBackend.h"
#include "api/JobOptions.h"
#include "api/ReplicateBackend.h"
#include "cli/CliApp.h"
#include "session/AppServices.h"
#include "session/BackendSession.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/PresetStore.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// Translations follow the system locale unless the user picked a language in the settings.
void installTranslations(QApplication &app, const sdanim::settings::AppSettings &settings)
{
    const QLocale locale = settings.language().isEmpty() ? QLocale::system() : QLocale(settings.language());
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("sdanim"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

sdanim::session::BackendHandle makeBackend(const sdanim::settings::AppSettings &settings)
{
    using namespace sdanim;
    session::BackendHandle handle;
    const QByteArray token = qgetenv("REPLICATE_API_TOKEN");
    switch (settings.backend()) {
    case settings::AppSettings::BackendChoice::LocalCog: {
        handle.backend = std::make_unique<api::CogBackend>(settings);
        handle.identity = store::BackendIdentity::of(api::Backend::Kind::LocalCog, settings.cogUrl(), false);
        break;
    }
    case settings::AppSettings::BackendChoice::ReplicateCloud:
    case settings::AppSettings::BackendChoice::Automatic:
    case settings::AppSettings::BackendChoice::OfflineEmulator: {
        auto backend = std::make_unique<api::ReplicateBackend>(settings.baseUrl(), token,
                                                               api::JobOptions::fromSettings(settings));
        backend->setModel(settings.model());
        backend->setPinnedVersion(settings.pinnedVersion());
        handle.identity = store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, settings.baseUrl(), false);
        handle.backend = std::move(backend);
        break;
    }
    }
    return handle;
}

} // namespace

int main(int argc, char **argv)
{
    if (sdanim::cli::CliApp::handles(argc, argv)) return sdanim::cli::CliApp::run(argc, argv);
    // Debian's Qt 6.4 GStreamer backend stalls on GIF; the FFmpeg backend plays GIF and MP4.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SD Animator"));
    QApplication::setApplicationName(QStringLiteral("sdanim"));
    QApplication::setApplicationDisplayName(QStringLiteral("SD Animator"));

    sdanim::settings::AppSettings settings;
    installTranslations(app, settings);

    sdanim::store::AsyncHistoryStore history(settings.historyDatabasePath());
    sdanim::store::HistoryRecorder recorder(&history);
    sdanim::store::PresetStore presets(settings.presetsDirectory());
    sdanim::session::BackendSession backends(&settings, makeBackend);

    sdanim::session::AppServices services;
    services.settings = &settings;
    services.backends = &backends;
    services.history = &history;
    services.recorder = &recorder;
    services.presets = &presets;

    sdanim::ui::MainWindow window(services);
    window.show();
    history.open().then(&window, [&window](const QString &problem) {
        if (!problem.isEmpty())
            QMessageBox::warning(&window, QObject::tr("History unavailable"),
                                 QObject::tr("The prediction history could not be opened: %1\n"
                                             "Runs still work, but they are not remembered.").arg(problem));
    });
    backends.rebuild();
    return app.exec();
}
