#include "cli/CliApp.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/HistoryCommand.h"
#include "cli/PresetsCommand.h"
#include "cli/RunCommand.h"
#include "settings/AppSettings.h"
#include "settings/TranslationLoader.h"

#include <QGuiApplication>

#include <cstring>

namespace sdanim::cli {

namespace {
const char *const kCommands[] = {"run", "history", "presets"};
const char *const kHelp[] = {"--help", "-h", "-?", "help"};
const char *const kVersion[] = {"--version", "-v"};

template<std::size_t N>
bool isOneOf(const char *argument, const char *const (&names)[N])
{
    for (const char *name : names)
        if (std::strcmp(argument, name) == 0) return true;
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SD Animator"));
    QCoreApplication::setApplicationName(QStringLiteral("sdanim"));
    QCoreApplication::setApplicationVersion(CliApp::version());
}
} // namespace

bool CliApp::handles(int argc, char **argv)
{
    if (argc < 2) return false;
    return isOneOf(argv[1], kCommands) || isOneOf(argv[1], kHelp) || isOneOf(argv[1], kVersion);
}

QString CliApp::version()
{
    return QStringLiteral(SDANIM_VERSION);
}

QString CliApp::usage()
{
    return QCoreApplication::translate(
               "sdanim::cli::CliApp",
               "Usage: sdanim [COMMAND [OPTIONS]]\n"
               "\n"
               "SD Animator makes animations with the Replicate model %1.\n"
               "Without a command, the desktop app (GUI) opens.\n"
               "\n"
               "Commands (headless, no window):\n"
               "  run        run one prediction and print the output file paths\n"
               "  history    list past predictions; --import fetches them, --resume follows unfinished ones\n"
               "  presets    list, show, save, delete, import and export presets\n"
               "\n"
               "Run \"sdanim COMMAND --help\" for the options of a command.\n"
               "\n"
               "Options:\n"
               "  -h, --help     show this help and exit\n"
               "  -v, --version  show the version and exit")
        .arg(QLatin1String(settings::AppSettings::DefaultModel));
}

int CliApp::run(int argc, char **argv)
{
    if (isOneOf(argv[1], kHelp) || isOneOf(argv[1], kVersion)) {
        // Text only: no display, no emulator, so no QGuiApplication either.
        QCoreApplication app(argc, argv);
        setIdentity();
        settings::TranslationLoader::install(app, settings::AppSettings().language());
        ConsoleOutput::out(isOneOf(argv[1], kHelp) ? usage() : QStringLiteral("sdanim %1").arg(version()));
        return ExitOk;
    }
    // The in-process emulator draws text (QPainter needs a QGuiApplication), and there is usually
    // no display on a terminal or CI machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    settings::TranslationLoader::install(app, settings::AppSettings().language());
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("run")) return RunCommand(arguments).exec();
    if (command == QLatin1String("history")) return HistoryCommand(arguments).exec();
    return PresetsCommand(arguments).exec();
}

} // namespace sdanim::cli
