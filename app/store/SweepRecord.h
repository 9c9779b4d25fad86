#pragma once

#include "store/HistoryRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sdanim::store {

// A sweep as the history keeps it (SweepStore): its spec (sweep::SweepSpec::toJson()), the base
// input, the grid's size and, when read with its cells, the prediction of each cell.
struct SweepRecord
{
    struct Cell
    {
        int row = 0;
        int column = 0;
        HistoryRecord record;   // without its log
        bool starred = false;   // starred in the compare grid
    };

    qint64 id = 0;
    QDateTime createdAt;
    QJsonObject spec;
    QJsonObject baseInput;
    int rows = 0;
    int columns = 0;
    QList<Cell> cells;          // row by row, left to right; only cells that have a prediction
};

} // namespace sdanim::store
