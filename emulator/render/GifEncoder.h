#pragma once

#include "emulator/render/VideoEncoder.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QList>

struct GifFileType;

namespace sdanim::emulator {

// Looping GIF89a via giflib: a median-cut palette per frame (GifQuantizeBuffer, 255 colours plus
// pure white for the label text), a NETSCAPE2.0
// loop extension and the model's frame delay, AnimationPlan::gifDelayCentiseconds(fps) (PIL's
// truncation: int(int(1000 / fps) / 10) centiseconds per frame).
class GifEncoder : public VideoEncoder {
    Q_DECLARE_TR_FUNCTIONS(GifEncoder)

public:
    ~GifEncoder() override;
    bool open(const QString &path, int width, int height, int fps) override;
    bool addFrame(const QImage &frame) override;
    bool finish() override;

private:
    bool gifFailed(const QString &what, int code);
    void close();

    GifFileType *m_gif = nullptr;
    int m_width = 0;
    int m_height = 0;
    int m_delay = 5;
    // Reused per frame: planar input for the quantizer and its indexed output.
    QByteArray m_red, m_green, m_blue, m_indexed;
};

} // namespace sdanim::emulator
