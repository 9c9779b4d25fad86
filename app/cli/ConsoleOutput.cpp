#include "cli/ConsoleOutput.h"

#include <cstdio>

namespace sdanim::cli {

void ConsoleOutput::out(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void ConsoleOutput::error(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace sdanim::cli
