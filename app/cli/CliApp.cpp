#include "cli/CliApp.h"

#include "cli/HistoryCommand.h"
#include "cli/PresetsCommand.h"
#include "cli/RunCommand.h"
#include "settings/AppSettings.h"
#include "settings/TranslationLoader.h"

#include <QGuiApplication>

#include <cstring>

namespace sdanim::cli {

bool CliApp::handles(int argc, char **argv)
{
    if (argc < 2) return false;
    for (const char *command : {"run", "history", "presets"})
        if (std::strcmp(argv[1], command) == 0) return true;
    return false;
}

int CliApp::run(int argc, char **argv)
{
    // The in-process emulator draws text (QPainter needs a QGuiApplication), and there is usually
    // no display on a terminal or CI machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SD Animator"));
    QCoreApplication::setApplicationName(QStringLiteral("sdanim"));
    settings::TranslationLoader::install(app, settings::AppSettings().language());
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("run")) return RunCommand(arguments).exec();
    if (command == QLatin1String("history")) return HistoryCommand(arguments).exec();
    return PresetsCommand(arguments).exec();
}

} // namespace sdanim::cli
