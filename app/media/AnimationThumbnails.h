#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace sdanim::media {

// Every frame of a GIF or MP4 scaled down to fit a grid cell, for the compare grid (where many
// animations loop at once, so each is kept small and whole instead of streamed like the preview).
// Blocking and CPU-bound: call it on a worker thread only.
struct AnimationThumbnails
{
    // Frames past this are dropped (the model makes at most a few hundred); with the bound's
    // size it caps a cell's memory: 400 × 256 × 256 × 4 B = 100 MB at worst, 5 MB for 20 frames.
    static constexpr int MaxFrames = 400;
    static constexpr int MaxBoundSide = 1024;

    QList<QImage> frames;   // Format_ARGB32_Premultiplied or RGB32, each within the bound
    QList<int> delaysMs;    // per frame
    QString error;

    bool isEmpty() const { return frames.isEmpty(); }
    int frameCount() const { return int(frames.size()); }

    static AnimationThumbnails decode(const QString &path, QSize bound);
};

} // namespace sdanim::media
