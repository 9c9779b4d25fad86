#pragma once

#include "sweep/SweepCell.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sdanim::sweep {

// An expanded sweep (SweepSpec::expand): the base input, the grid's labels and every run in
// order. What a sweep runner starts, the dry run prints and the history stores.
struct SweepPlan
{
    QJsonObject spec;          // SweepSpec::toJson()
    QJsonObject base;          // the base input as run (with the fixed seed, if one was drawn)
    QStringList columnLabels;
    QStringList rowLabels;     // one empty label for a one-axis sweep
    QList<SweepCell> cells;

    int rowCount() const { return int(rowLabels.size()); }
    int columnCount() const { return int(columnLabels.size()); }
};

} // namespace sdanim::sweep
