#include "api/PredictionJob.h"
#include "api/TokenStore.h"
#include "cli/CliApp.h"
#include "concurrent/FutureCallbacks.h"
#include "session/AppServices.h"
#include "session/BackendSession.h"
#include "session/HistoryRateSource.h"
#include "settings/AppSettings.h"
#include "settings/LogFilter.h"
#include "settings/TranslationLoader.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/PresetStore.h"
#include "session/RunController.h"
#include "ui/FirstPaintWatcher.h"
#include "ui/MainWindow.h"
#include "ui/PreviewPane.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <utility>

int main(int argc, char **argv)
{
    // Before anything logs: quiet by default, the sdanim.* debug output with --verbose.
    const bool verbose = sdanim::settings::LogFilter::takeGlobalFlag(argc, argv, &sdanim::cli::CliApp::isCommand);
    sdanim::settings::LogFilter::install(verbose);
    // "Open with SD Animator" (packaging/sdanim.desktop, Exec=sdanim %F) passes an output file or its
    // sidecar: that is for the window, never a command. Like a drop, its sidecar restores the run's
    // inputs, and the preview shows the file itself.
    const QFileInfo openedFile(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    const bool opensFile = openedFile.isFile()
                           && QStringList({QStringLiteral("gif"), QStringLiteral("mp4"), QStringLiteral("png"),
                                           QStringLiteral("json")}).contains(openedFile.suffix().toLower());
    if (!opensFile && sdanim::cli::CliApp::handles(argc, argv)) return sdanim::cli::CliApp::run(argc, argv);
    // Debian's Qt 6.4 GStreamer backend stalls on GIF; the FFmpeg backend plays GIF and MP4.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SD Animator"));
    QApplication::setApplicationName(QStringLiteral("sdanim"));
    QApplication::setApplicationVersion(sdanim::cli::CliApp::version());
    QApplication::setApplicationDisplayName(QStringLiteral("SD Animator"));
    // Matches packaging/sdanim.desktop so desktops group the window under the installed entry.
    QApplication::setDesktopFileName(QStringLiteral("sdanim"));

    sdanim::settings::AppSettings settings;
    // Follows the system locale unless the user picked a language in the settings.
    sdanim::settings::TranslationLoader::install(app, settings.language());

    sdanim::store::AsyncHistoryStore history(settings.historyDatabasePath());
    sdanim::store::HistoryRecorder recorder(&history);
    recorder.setSettings(&settings);
    sdanim::store::PresetStore presets(settings.presetsDirectory());
    sdanim::session::BackendSession backends(&settings);

    // Run-time rates fitted to the finished cloud runs in the history (the form's and rows' estimates).
    sdanim::session::HistoryRateSource rates(&history);
    sdanim::session::AppServices services;
    services.settings = &settings;
    services.backends = &backends;
    services.history = &history;
    services.recorder = &recorder;
    services.presets = &presets;
    services.rates = &rates;

    sdanim::ui::MainWindow window(services);
    // Watches for the first frame: the backend (and with it the in-process emulator) and the
    // keyring start after it, so they never delay the window (bench/suites/startup.sh).
    auto *firstPaint = new sdanim::ui::FirstPaintWatcher(&window);
    window.show();
    // Once: what the backends are, a token (checked before it is stored) or offline, and an example.
    // "Open with" starts straight into the file; the welcome waits for a plain start.
    if (!opensFile && !settings.welcomeShown())
        window.showWelcome();
    if (opensFile) {
        window.loadInputsFromFile(openedFile.absoluteFilePath());
        if (openedFile.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
            window.previewPane()->showFile(openedFile.absoluteFilePath());
    }
    sdanim::concurrent::FutureCallbacks::onResult(history.open(), &window, [&window](const QString &problem) {
        if (!problem.isEmpty())
            QMessageBox::warning(&window, QObject::tr("History unavailable"),
                                 QObject::tr("The prediction history could not be opened: %1\n"
                                             "Runs still work, but they are not remembered.").arg(problem));
    });
    // Predictions a previous session left running are followed again, on each backend as it is set
    // up (the cloud ones once a token is entered); runs another process follows are left to it.
    window.runController()->setResumesOrphans(true);

    // The backend needs the token first; the keyring answers asynchronously.
    sdanim::api::TokenStore tokens(settings);
    QObject::connect(&tokens, &sdanim::api::TokenStore::loaded, &backends, [&backends](const QByteArray &token) {
        backends.setToken(token);
        backends.rebuild();
    });
    QObject::connect(&tokens, &sdanim::api::TokenStore::missing, &backends, &sdanim::session::BackendSession::rebuild);
    // After the first frame; a window that is not painted (minimised at start, or a compositor
    // that withholds exposure) gets its backend after a short while anyway.
    bool started = false;
    auto startBackend = [&started, &tokens] {
        if (std::exchange(started, true)) return;
        // Also after the first frame: the theme lookup and the PNG decode cost more than the
        // window's whole first paint (bench/RESULTS.md), and a window manager takes a late icon.
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("sdanim"), QIcon(QStringLiteral(":/icons/sdanim-256.png"))));
        tokens.load();
    };
    QObject::connect(firstPaint, &sdanim::ui::FirstPaintWatcher::firstPainted, &tokens, startBackend);
    QTimer::singleShot(2000, &tokens, startBackend);
    return app.exec();
}
