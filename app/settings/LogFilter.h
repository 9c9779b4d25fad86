#pragma once

#include <QString>

namespace sdanim::settings {

// How much the sdanim.* logging categories say. They are declared with QtWarningMsg as their
// default, so a normal run prints only warnings; --verbose (CLI and GUI) turns on their debug and
// info output. QT_LOGGING_RULES still wins over both, as Qt documents, for developers.
class LogFilter
{
public:
    static constexpr const char *VerboseFlag = "--verbose";

    // Installs the rules for the sdanim.* categories; Qt's own categories keep Qt's defaults.
    static void install(bool verbose);
    static bool isVerbose();

    // Removes the global --verbose from argv: every occurrence before the command word (for the
    // GUI, which has none, every occurrence). A command's own `--verbose` after the command word
    // is left to the command's option parser. True when one was removed.
    static bool takeGlobalFlag(int &argc, char **argv, bool (*isCommand)(const char *));

    // The filter rules install() sets (for the tests and docs/cli.md).
    static QString rules(bool verbose);
};

} // namespace sdanim::settings
