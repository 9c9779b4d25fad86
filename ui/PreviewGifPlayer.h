#pragma once

#include "media/AnimationFrameStream.h"

#include <QImage>
#include <QObject>
#include <QTimer>

namespace sdanim::ui {

// Plays an animated GIF (or any image Qt can read) from frames that media::AnimationFrameStream
// decodes on its worker thread into a bounded window around the playhead, so memory stays flat
// however many frames the file has. Unlike QMovie it can step backwards and change speed without
// re-decoding the frames in the window.
class PreviewGifPlayer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewGifPlayer(QObject *parent = nullptr);
    ~PreviewGifPlayer() override;

    void load(const QString &path);
    void clear();

    QString path() const { return m_stream.path(); }
    bool isPlaying() const { return m_playing; }
    bool isLooping() const { return m_looping; }
    // Every frame has been decoded once, so frameCount() is final.
    bool isFullyDecoded() const { return m_stream.hasReachedEnd(); }
    double speed() const { return m_speed; }
    // The frame on screen, or the one a seek is waiting for.
    int currentFrame() const { return m_pending >= 0 ? m_pending : m_current; }
    // Frames decoded and held right now (at most cacheCapacity()).
    int decodedFrameCount() const { return m_stream.cachedFrameCount(); }
    int cacheCapacity() const { return m_stream.capacity(); }
    // The total number of frames when known (the decoder scans the file first), else those seen so far.
    int frameCount() const;
    QImage currentImage() const { return m_image; }
    int currentDelayMs() const { return m_current >= 0 ? m_delayMs : 0; }
    // How long the current frame stays up at this speed while playing; -1 when no frame is scheduled.
    int scheduledIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }
    // The decoder's window budget for the next load() (tests use a small one).
    void setCacheBytes(qint64 bytes) { m_cacheBytes = bytes; }
    const media::AnimationFrameStream &stream() const { return m_stream; }

public slots:
    void play();
    void pause();
    void setPlaying(bool playing);
    void setLooping(bool looping);
    void setSpeed(double speed);
    void stepForward();
    void stepBackward();
    void seekFrame(int index);

signals:
    void frameChanged(int index, const QImage &image);
    void playingChanged(bool playing);
    void loaded(int frameCount);
    void failed(const QString &message);

private:
    void onFrameReady(int index);
    void advance();
    void scheduleNext();
    bool showFrame(int index);
    int nextIndex() const;

    media::AnimationFrameStream m_stream;
    QTimer m_timer;
    QImage m_image;
    int m_delayMs = 0;
    int m_current = -1;
    // A frame asked for (by playback or a seek) that the decoder has not delivered yet.
    int m_pending = -1;
    qint64 m_cacheBytes = media::AnimationFrameStream::DefaultCacheBytes;
    bool m_playing = false;
    bool m_looping = true;
    double m_speed = 1.0;
};

} // namespace sdanim::ui
