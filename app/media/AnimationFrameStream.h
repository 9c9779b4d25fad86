#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>
#include <thread>

namespace sdanim::media {

struct AnimationFrame
{
    QImage image;
    int delayMs = 100;
};

// Streams the frames of an animated image (GIF, or any single or multi-frame image Qt can read)
// from a worker thread into a bounded window of decoded frames around the playhead, so memory does
// not grow with the frame count: a 785-frame 1024×768 GIF would need 2.4 GB decoded up front.
//
// The window holds `capacity()` frames: a few behind the playhead (instant step back) and the rest
// ahead of it, wrapping to the start while looping. An animation that fits the byte budget as a
// whole is decoded once and kept, as before. GIF frames build on the previous one, so the decoder
// can only read forwards: a seek ahead decodes through (and drops) the frames in between, a seek
// behind the window restarts it from the first frame (restartCount() counts those).
//
// Everything here is called on the owner's thread and never decodes there; frameReady() and
// opened() arrive queued. open() on a new file abandons the old decoder without waiting for it.
// Frames so large that MinimumCapacity of them exceed the budget are decoded at a reduced size, so
// the budget holds for any file.
class AnimationFrameStream : public QObject
{
    Q_OBJECT
public:
    // 64 MB: 21 frames of 1024×768, 15 of them ahead (0.75 s at the model's 20 fps), enough to ride
    // out a slow frame on a busy machine.
    static constexpr qint64 DefaultCacheBytes = 64LL * 1024 * 1024;
    // Fewer frames than this in the window could not cover one step back plus the next frame.
    static constexpr int MinimumCapacity = 4;

    explicit AnimationFrameStream(QObject *parent = nullptr);
    ~AnimationFrameStream() override;

    void open(const QString &path, qint64 cacheBytes = DefaultCacheBytes);
    void close();

    QString path() const { return m_path; }
    bool isOpen() const { return bool(m_state); }
    // -1 until the worker has scanned the file (or, for formats without a frame count, read to its end).
    int frameCount() const;
    QSize frameSize() const;
    // The most frames the window keeps at once.
    int capacity() const;
    // True once the decoder has read every frame at least once.
    bool hasReachedEnd() const;

    bool hasFrame(int index) const;
    // The decoded frame, or a null image when it is not (or no longer) in the window.
    AnimationFrame frame(int index) const;
    QList<int> cachedFrames() const;
    int cachedFrameCount() const;
    // Frames the worker decoded since open() (including those decoded only to reach a seek target).
    int decodedFrameCount() const;
    int restartCount() const;

    // Where the window should be: the frame on screen (or the one asked for).
    void setPlayhead(int index);
    int playhead() const;
    void setLooping(bool looping);

    // Browsers show frames with a delay of 10 ms or less for 100 ms; so do we, so that a GIF plays
    // at the same speed here as in a browser.
    static int effectiveDelay(int delayMs);

signals:
    void opened(int frameCount, QSize frameSize);
    void frameReady(int index);
    // Every frame has been decoded once; frameCount() is final.
    void endReached(int frameCount);
    void failed(const QString &message);

private:
    struct State;
    static void run(std::shared_ptr<State> state, QObject *receiver);
    void reapFinishedWorkers();

    QString m_path;
    std::shared_ptr<State> m_state;
    // Abandoned decoders finish their current frame and exit; they are joined once done (or at destruction).
    struct Worker
    {
        std::shared_ptr<State> state;
        std::thread thread;
    };
    std::vector<Worker> m_workers;
};

} // namespace sdanim::media
