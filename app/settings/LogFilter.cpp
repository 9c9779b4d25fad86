#include "settings/LogFilter.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstring>

namespace sdanim::settings {

namespace {
std::atomic_bool g_verbose{false};
}

QString LogFilter::rules(bool verbose)
{
    // The categories already default to warnings; the explicit rules also quiet any sdanim.*
    // category declared without that default.
    return verbose ? QStringLiteral("sdanim.*.debug=true\nsdanim.*.info=true")
                   : QStringLiteral("sdanim.*.debug=false\nsdanim.*.info=false");
}

void LogFilter::install(bool verbose)
{
    g_verbose = verbose;
    QLoggingCategory::setFilterRules(rules(verbose));
}

bool LogFilter::isVerbose()
{
    return g_verbose;
}

bool LogFilter::takeGlobalFlag(int &argc, char **argv, bool (*isCommand)(const char *))
{
    bool found = false;
    int out = 1;
    bool afterCommand = false;
    for (int i = 1; i < argc; ++i) {
        if (!afterCommand && std::strcmp(argv[i], VerboseFlag) == 0) {
            found = true;
            continue;
        }
        if (!afterCommand && isCommand && isCommand(argv[i]))
            afterCommand = true;
        argv[out++] = argv[i];
    }
    for (int i = out; i < argc; ++i)
        argv[i] = nullptr;
    argc = out;
    return found;
}

} // namespace sdanim::settings
