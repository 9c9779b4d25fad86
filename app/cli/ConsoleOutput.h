#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sdanim::cli {

// stdout carries results only (paths, JSON); stderr everything meant for a human.
class ConsoleOutput
{
public:
    static void out(const QString &line);
    static void error(const QString &line);
    // The rows as left-aligned columns two spaces apart (the tables of `sweep` and `queue list`).
    static QStringList table(const QList<QStringList> &rows);
};

} // namespace sdanim::cli
