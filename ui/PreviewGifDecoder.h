#pragma once

#include <QImage>
#include <QMetaType>
#include <QPromise>
#include <QString>

namespace sdanim::ui {

struct PreviewGifFrame
{
    QImage image;
    int delayMs = 100;
};

// Decodes every frame of an animated image on a worker thread (run through QtConcurrent), reporting
// frames one by one so playback can start before the whole file is decoded.
class PreviewGifDecoder
{
public:
    // Frames are kept in memory for exact stepping in both directions; a huge animation is decoded
    // at a reduced size so that it never needs more than this many bytes.
    static constexpr qint64 DefaultMemoryBudget = 512LL * 1024 * 1024;

    static void decode(QPromise<PreviewGifFrame> &promise, const QString &path,
                       qint64 memoryBudget = DefaultMemoryBudget);
    // Browsers show frames with a delay of 10 ms or less for 100 ms; so do we, so that a GIF
    // plays at the same speed here as in a browser.
    static int effectiveDelay(int delayMs);
};

} // namespace sdanim::ui

Q_DECLARE_METATYPE(sdanim::ui::PreviewGifFrame)
