#pragma once

#include <QImage>
#include <QString>

namespace sdanim::emulator {

// Streams same-sized RGB32 frames into a video file. Not thread-safe per instance; separate
// instances may run concurrently.
class VideoEncoder {
public:
    virtual ~VideoEncoder() = default;
    virtual bool open(const QString &path, int width, int height, int fps) = 0;
    virtual bool addFrame(const QImage &frame) = 0;  // frame: width x height, Format_RGB32
    virtual bool finish() = 0;                       // flushes and closes; the file is complete after it
    QString errorString() const { return m_error; }

protected:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    QString m_error;
};

} // namespace sdanim::emulator
