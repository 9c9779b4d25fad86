#include "cli/CliApp.h"

#include "cli/ConsoleOutput.h"
#include "cli/DeploymentsCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/PlanCommand.h"
#include "cli/PresetsCommand.h"
#include "cli/QueueCommand.h"
#include "cli/RunCommand.h"
#include "cli/StoryboardCommand.h"
#include "cli/SweepCommand.h"
#include "settings/AppSettings.h"
#include "settings/TranslationLoader.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstring>

namespace sdanim::cli {

namespace {
const char *const kCommands[] = {"run", "plan", "sweep", "queue", "storyboard", "export", "history", "presets", "deployments"};
const char *const kHelp[] = {"--help", "-h", "-?", "help"};
const char *const kVersion[] = {"--version", "-v"};
// The options QGuiApplication and QApplication take themselves (and remove from argv), in their
// one-dash spelling; Qt also accepts two dashes. Those taking a value also accept -name=value.
const char *const kQtValueOptions[] = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
                                       "-qwindowicon", "-qwindowtitle", "-session", "-display", "-geometry", "-name",
                                       "-title", "-visual", "-ncols", "-cmap", "-style", "-stylesheet", "-qmljsdebugger",
                                       "-qdevicepixelratio", "-im", "-inputstyle"};
const char *const kQtFlags[] = {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync", "-testability"};

template<std::size_t N>
bool isOneOf(const char *argument, const char *const (&names)[N])
{
    for (const char *name : names)
        if (std::strcmp(argument, name) == 0) return true;
    return false;
}

// The first argument that is neither a command nor one of Qt's own GUI options; empty when the
// arguments are for the window.
QString firstUnknownArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QByteArray arg(argv[i]);
        if (arg.startsWith("--"))
            arg.remove(0, 1);
        const qsizetype eq = arg.indexOf('=');
        const QByteArray name = eq > 0 ? arg.left(eq) : arg;
        if (isOneOf(name.constData(), kQtValueOptions)) {
            if (eq < 0)
                ++i;   // its value
            continue;
        }
        if (eq < 0 && isOneOf(name.constData(), kQtFlags))
            continue;
        return QString::fromLocal8Bit(argv[i]);
    }
    return QString();
}

// "rnu" → "run": the command at most two edits away, if there is one.
QString nearestCommand(const QString &typed)
{
    auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j) row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    QString best;
    int bestDistance = 3;
    for (const char *command : kCommands) {
        const int d = distance(typed.toLower(), QLatin1String(command));
        if (d < bestDistance) {
            bestDistance = d;
            best = QLatin1String(command);
        }
    }
    return best;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SD Animator"));
    QCoreApplication::setApplicationName(QStringLiteral("sdanim"));
    QCoreApplication::setApplicationVersion(CliApp::version());
}
} // namespace

bool CliApp::isCommand(const char *argument)
{
    return isOneOf(argument, kCommands);
}

bool CliApp::handles(int argc, char **argv)
{
    if (argc < 2) return false;
    // Anything the window would not understand is a mistyped command: an error, not a window.
    return isOneOf(argv[1], kCommands) || isOneOf(argv[1], kHelp) || isOneOf(argv[1], kVersion)
           || !firstUnknownArgument(argc, argv).isEmpty();
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
               "  plan       show what the model will make of the input, and its time and cost; runs nothing\n"
               "  sweep      run a grid of predictions over one or two varied inputs and print a table of results\n"
               "  queue      the persistent queue: add jobs, run them N at once with a budget, pause, reorder, remove\n"
               "  storyboard run a storyboard project (one prediction per transition) and stitch it into one file\n"
               "  export     re-export a saved output locally (format, fps, trim, scale, loop, ping-pong, interpolation)\n"
               "  history    list past predictions; --import fetches them, --resume follows unfinished ones\n"
               "  presets    list, show, save, delete, import and export presets\n"
               "  deployments list the Replicate account's deployments (for run --deployment owner/name)\n"
               "\n"
               "Run \"sdanim COMMAND --help\" for the options of a command.\n"
               "\n"
               "Options:\n"
               "  -h, --help     show this help and exit\n"
               "  -v, --version  show the version and exit\n"
               "  --verbose      print the debug log (each HTTP request, with the token masked) on stderr;\n"
               "                 for the app and for every command (also after it: sdanim run --verbose)")
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
    if (!isOneOf(argv[1], kCommands)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        settings::TranslationLoader::install(app, settings::AppSettings().language());
        const QString unknown = firstUnknownArgument(argc, argv);
        QString message = unknown.startsWith(QLatin1Char('-'))
                              ? QCoreApplication::translate("sdanim::cli::CliApp", "Unknown option \"%1\".").arg(unknown)
                              : QCoreApplication::translate("sdanim::cli::CliApp", "Unknown command \"%1\".").arg(unknown);
        const QString nearest = unknown.startsWith(QLatin1Char('-')) ? QString() : nearestCommand(unknown);
        if (!nearest.isEmpty())
            message += QLatin1Char(' ') + QCoreApplication::translate("sdanim::cli::CliApp", "Did you mean \"%1\"?").arg(nearest);
        ConsoleOutput::error(message + QStringLiteral("\n\n") + usage());
        return ExitUsage;
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
    if (command == QLatin1String("plan")) return PlanCommand(arguments).exec();
    if (command == QLatin1String("sweep")) return SweepCommand(arguments).exec();
    if (command == QLatin1String("queue")) return QueueCommand(arguments).exec();
    if (command == QLatin1String("storyboard")) return StoryboardCommand(arguments).exec();
    if (command == QLatin1String("export")) return ExportCommand(arguments).exec();
    if (command == QLatin1String("history")) return HistoryCommand(arguments).exec();
    if (command == QLatin1String("deployments")) return DeploymentsCommand(arguments).exec();
    return PresetsCommand(arguments).exec();
}

} // namespace sdanim::cli
