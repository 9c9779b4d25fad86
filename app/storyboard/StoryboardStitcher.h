#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSize>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace sdanim::storyboard {

class Storyboard;

// Stitches a storyboard's videos into one file on a worker thread: the parts in order, and at
// each boundary the last N frames of one part blended with the first N of the next (frame i of
// the overlap is (i + 1) / (N + 1) of the way to the next part; N = 0 is a plain cut), so the
// result has Σ parts − Σ N frames. Only one part is decoded at a time, plus the tail that
// overlaps the next. Encodes into `path`.part and renames it when complete, so a cancelled or
// failed stitch leaves no file; where each part starts in the result is in transitionStarts().
class StoryboardStitcher : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        QStringList parts;          // the videos, in order (GIF or MP4)
        QList<int> crossfades;      // per boundary (parts.size() − 1); shorter: the rest are cuts
        QSize size;                 // every frame is scaled to this
        int fps = 20;
        QString format = QStringLiteral("gif");   // "gif" or "mp4"
        int expectedFrames = 0;     // for progress only
    };
    struct Result
    {
        QString error;              // empty: the file is complete
        QList<int> transitionStarts;
        int frames = 0;
    };

    static Input inputOf(const Storyboard &storyboard);

    explicit StoryboardStitcher(QObject *parent = nullptr);
    ~StoryboardStitcher() override;

    void start(Input input, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }
    QList<int> transitionStarts() const { return m_result.transitionStarts; }

    // The whole stitch, blocking (the worker's body; the CLI may call it on a worker too).
    static Result stitch(const Input &input, const QString &path, const std::atomic_bool &cancel,
                         const std::function<void(int frame)> &progress = {});

signals:
    void progress(int frame, int frameCount);
    // `error` empty: `path` is complete.
    void finished(const QString &path, const QString &error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<Result> m_future;
    Result m_result;
    bool m_running = false;
};

} // namespace sdanim::storyboard
