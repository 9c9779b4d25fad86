#include "cli/CommandLineCheck.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sdanim::cli {

std::optional<int> CommandLineCheck::afterParse(const QCommandLineParser &parser, bool parsed, const QString &command)
{
    if (!parsed) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n')
                             + QCoreApplication::translate("sdanim::cli::CommandLineCheck", "See: sdanim %1 --help").arg(command));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(parser.helpText());
        return ExitOk;
    }
    // The first positional argument is the command's own name.
    if (parser.positionalArguments().size() > 1) {
        ConsoleOutput::error(QCoreApplication::translate("sdanim::cli::CommandLineCheck",
                                                         "Unexpected argument \"%1\". See: sdanim %2 --help")
                                 .arg(parser.positionalArguments().at(1), command));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace sdanim::cli
