#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;

namespace sdanim::cli {

// What every command does right after parsing its command line, said the same way everywhere: a
// parse error or a stray argument is a usage error (exit 2, with where to look), --help prints the
// help (exit 0). Empty when the command goes on.
class CommandLineCheck
{
public:
    static std::optional<int> afterParse(const QCommandLineParser &parser, bool parsed, const QString &command);
};

} // namespace sdanim::cli
