#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace sdanim::media {

// Decodes one frame of a video file (MP4 and whatever else FFmpeg's libavformat opens), for the
// history's thumbnails of runs that saved no intermediate frame. Blocking and CPU-bound: call it
// on a worker thread only (ThumbnailCache's pool does).
class VideoFrameReader
{
public:
    // A frame larger than this on either side is not decoded (no output of the model comes near).
    static constexpr int MaxFrameSide = 8192;
    // Packets read while looking for the first picture before giving up (a broken or hostile file
    // must not keep a worker busy).
    static constexpr int MaxPackets = 600;

    // The first decodable frame, scaled to fit `bound` (aspect ratio kept; an invalid bound keeps
    // the frame's size). A null image, with the reason in `error`, when there is none.
    static QImage firstFrame(const QString &path, QSize bound = {}, QString *error = nullptr);
};

} // namespace sdanim::media
