#include "ui/ThumbnailCache.h"

#include "media/VideoFrameReader.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <climits>

namespace sdanim::ui {

ThumbnailCache::ThumbnailCache(QSize size, QObject *parent)
    : QObject(parent)
    , m_size(size)
    , m_cache(64 * 1024 * 1024)
{
    // Two workers: thumbnails must not starve the decoders of the preview itself.
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::thumbnail(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (const QImage *cached = m_cache.object(path))
        return *cached;
    if (m_pending.contains(path) || m_failed.contains(path))
        return {};
    m_pending.insert(path);
    QPointer<ThumbnailCache> self(this);
    const QSize size = m_size;
    // Fire and forget: the result comes back through the queued call below.
    (void)QtConcurrent::run(&m_pool, [self, path, size] {
        const QImage image = load(path, size);
        if (self)
            QMetaObject::invokeMethod(self, [self, path, image] {
                if (self)
                    self->deliver(path, image);
            }, Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::forget(const QString &path)
{
    m_cache.remove(path);
    m_failed.remove(path);
}

void ThumbnailCache::deliver(const QString &path, const QImage &image)
{
    m_pending.remove(path);
    if (image.isNull())
        m_failed.insert(path);
    else
        m_cache.insert(path, new QImage(image), int(std::min<qsizetype>(image.sizeInBytes(), INT_MAX)));
    emit thumbnailReady(path);
}

QImage ThumbnailCache::load(const QString &path, QSize size)
{
    QString source = path;
    QImageReader probe(source);
    if (!probe.canRead()) {
        // Videos: use the first intermediate frame the model wrote next to it (already a picture,
        // and the one the run started from), else decode the video's first frame.
        const QFileInfo info(path);
        const QStringList pngs = info.dir().entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        if (pngs.isEmpty())
            return media::VideoFrameReader::firstFrame(path, size);
        source = info.dir().filePath(pngs.contains(QStringLiteral("output-0.png")) ? QStringLiteral("output-0.png")
                                                                                    : pngs.first());
    }
    QImageReader reader(source);
    reader.setDecideFormatFromContent(true);
    const QSize original = reader.size();
    if (original.isValid())
        reader.setScaledSize(original.scaled(size, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image))
        return {};
    if (image.size().width() > size.width() || image.size().height() > size.height())
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace sdanim::ui
