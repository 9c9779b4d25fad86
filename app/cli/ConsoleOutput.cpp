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

QStringList ConsoleOutput::table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i) {
            if (widths.size() <= i) widths << 0;
            widths[i] = qMax(widths[i], int(r.at(i).size()));
        }
    QStringList lines;
    for (const QStringList &r : rows) {
        QString line;
        for (int i = 0; i < r.size(); ++i) line += i + 1 < r.size() ? r.at(i).leftJustified(widths.at(i) + 2) : r.at(i);
        lines << line;
    }
    return lines;
}

} // namespace sdanim::cli
