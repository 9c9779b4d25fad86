#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace sdanim::ui {

// Small previews of output files, decoded on worker threads and kept in a memory-bounded cache.
// thumbnail() never touches the disk: it answers from the cache or schedules a load and emits
// thumbnailReady() later, so views can ask from paint code.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QSize size, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QSize thumbnailSize() const { return m_size; }
    // A null image while loading or when the file has no image we can read (e.g. a broken
    // video); hasFailed() tells those apart.
    QImage thumbnail(const QString &path);
    bool hasFailed(const QString &path) const { return m_failed.contains(path); }
    bool isPending(const QString &path) const { return m_pending.contains(path); }
    void forget(const QString &path);

    // Runs on a worker thread: the first frame of a GIF/PNG/JPEG, or for a video the first
    // intermediate PNG saved next to it, else the video's first frame (media::VideoFrameReader),
    // scaled to fit `size`.
    static QImage load(const QString &path, QSize size);

signals:
    void thumbnailReady(const QString &path);

private:
    void deliver(const QString &path, const QImage &image);

    QSize m_size;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QThreadPool m_pool;
};

} // namespace sdanim::ui
