#pragma once

#include <QString>

namespace sdanim::cli {

// stdout carries results only (paths, JSON); stderr everything meant for a human.
class ConsoleOutput
{
public:
    static void out(const QString &line);
    static void error(const QString &line);
};

} // namespace sdanim::cli
