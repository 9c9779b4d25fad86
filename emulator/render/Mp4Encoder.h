#pragma once

#include "emulator/render/VideoEncoder.h"

#include <QCoreApplication>

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct AVStream;
struct SwsContext;

namespace sdanim::media {
class LibAv;
}

namespace sdanim::emulator {

// H.264 (libx264, falling back to MPEG-4 part 2 when FFmpeg lacks it) in an MP4 with a 1/fps time
// base, yuv420p and the moov atom moved to the front (+faststart) so players can start streaming.
class Mp4Encoder : public VideoEncoder {
    Q_DECLARE_TR_FUNCTIONS(Mp4Encoder)

public:
    ~Mp4Encoder() override;
    bool open(const QString &path, int width, int height, int fps) override;
    bool addFrame(const QImage &frame) override;
    bool finish() override;

private:
    bool avFailed(const QString &what, int code);
    bool drain(bool flushing);
    void release();

    const media::LibAv *m_av = nullptr;   // FFmpeg, loaded by the first open()
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVStream *m_stream = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    SwsContext *m_scaler = nullptr;
    qint64 m_nextPts = 0;
    bool m_headerWritten = false;
};

} // namespace sdanim::emulator
