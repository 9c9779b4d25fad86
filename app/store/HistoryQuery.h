#pragma once

#include <QString>
#include <QStringList>

namespace sdanim::store {

// Which rows a list/count call returns. Rows are always sorted newest first.
struct HistoryQuery
{
    QString search;           // substring of either prompt or of the id, case-insensitive
    QStringList statuses;     // empty: any
    QStringList backends;     // "cloud", "cog", "emulator"; empty: any
    int offset = 0;
    int limit = 100;          // <= 0: no limit
    bool includeDeleted = false;
};

} // namespace sdanim::store
