#pragma once

#include <QJsonObject>
#include <QString>

namespace sdanim::sweep {

// One run of a sweep: where it sits in the grid and the whole input it sends.
struct SweepCell
{
    int index = 0;        // run order: row by row, left to right
    int row = 0;
    int column = 0;
    QString rowLabel;     // "guidance_scale=5"; empty for a one-axis sweep
    QString columnLabel;  // "seed=1"
    QJsonObject input;    // base + the varied values; validates against the schema

    QString label() const { return rowLabel.isEmpty() ? columnLabel : columnLabel + QStringLiteral(", ") + rowLabel; }
};

} // namespace sdanim::sweep
