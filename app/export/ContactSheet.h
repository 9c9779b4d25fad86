#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QStringList>

namespace sdanim::exports {

// A compare grid drawn into one image: the column labels above, the row labels on the left, one
// frame per cell (letterboxed into the cell), a star on starred cells. The contact-sheet PNG is
// one of these; the grid video is one per frame index (GridVideoExporter).
struct ContactSheet
{
    QStringList columnLabels;
    QStringList rowLabels;       // one empty label: a one-axis sweep (no label column)
    QSize cellSize{192, 192};
    QList<QImage> cells;         // row by row; a null image draws an empty cell
    QList<bool> starred;

    int rowCount() const { return int(rowLabels.size()); }
    int columnCount() const { return int(columnLabels.size()); }
    // The sheet's size in pixels; both sides even (what a yuv420p video needs).
    QSize size() const;
    // Safe on any thread (a QImage, no widgets).
    QImage render() const;

private:
    int labelColumnWidth() const;
    int labelRowHeight() const;
};

} // namespace sdanim::exports
