#pragma once

#include "ui/PreviewGifDecoder.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QTimer>

namespace sdanim::ui {

// Plays an animated GIF (or any multi-frame image Qt can read) from frames decoded off the UI
// thread. Unlike QMovie it can step backwards instantly and change speed without re-decoding.
class PreviewGifPlayer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewGifPlayer(QObject *parent = nullptr);
    ~PreviewGifPlayer() override;

    void load(const QString &path);
    void clear();

    QString path() const { return m_path; }
    bool isPlaying() const { return m_playing; }
    bool isLooping() const { return m_looping; }
    bool isFullyDecoded() const { return m_decoded; }
    double speed() const { return m_speed; }
    int currentFrame() const { return m_current; }
    int decodedFrameCount() const { return int(m_frames.size()); }
    // The total number of frames when known (before decoding finishes it comes from the header scan).
    int frameCount() const;
    QImage currentImage() const;
    int currentDelayMs() const;
    // How long the current frame stays up at this speed while playing; -1 when no frame is scheduled.
    int scheduledIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

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
    void connectWatcher();
    void onFramesReady(int begin, int end);
    void onDecodeFinished();
    void advance();
    void scheduleNext();
    void showFrame(int index);

    QString m_path;
    QFutureWatcher<PreviewGifFrame> m_watcher;
    QList<PreviewGifFrame> m_frames;
    QTimer m_timer;
    int m_current = -1;
    int m_expectedCount = 0;
    bool m_playing = false;
    bool m_looping = true;
    bool m_decoded = false;
    bool m_waitingForFrames = false;
    double m_speed = 1.0;
};

} // namespace sdanim::ui
