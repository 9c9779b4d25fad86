#include "ui/PreviewFilmstrip.h"

#include "ui/ThumbnailCache.h"

#include <QFileInfo>
#include <QScrollBar>

namespace sdanim::ui {

namespace {
constexpr int IndexRole = Qt::UserRole;
constexpr int PathRole = Qt::UserRole + 1;
constexpr int ThumbSide = 72;
}

PreviewFilmstrip::PreviewFilmstrip(QWidget *parent)
    : QListWidget(parent)
    , m_thumbnails(new ThumbnailCache(QSize(ThumbSide, ThumbSide) * 2, this))
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setIconSize(QSize(ThumbSide, ThumbSide));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int textHeight = fontMetrics().height();
    setGridSize(QSize(ThumbSide + 8, ThumbSide + textHeight + 8));
    setFixedHeight(gridSize().height() + 2 * frameWidth() + horizontalScrollBar()->sizeHint().height() + 4);
    setAccessibleName(tr("Intermediate frames"));
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &PreviewFilmstrip::onThumbnailReady);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit frameActivated(item->data(PathRole).toString()); });
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit frameActivated(item->data(PathRole).toString()); });
}

void PreviewFilmstrip::addFrame(int outputIndex, const QString &path)
{
    // Follow the newest frame unless the user scrolled back to look at an older one.
    QScrollBar *bar = horizontalScrollBar();
    const bool following = bar->value() >= bar->maximum() - ThumbSide;
    int row = count();
    while (row > 0 && item(row - 1)->data(IndexRole).toInt() > outputIndex)
        --row;
    if (row > 0 && item(row - 1)->data(IndexRole).toInt() == outputIndex) {
        --row;
        delete takeItem(row);  // a re-download of the same output replaces it
    }
    m_thumbnails->forget(path);  // the file may have been rewritten since it was last read
    auto *entry = new QListWidgetItem(QString::number(outputIndex));
    entry->setData(IndexRole, outputIndex);
    entry->setData(PathRole, path);
    entry->setToolTip(tr("Output %1: %2").arg(outputIndex).arg(QFileInfo(path).fileName()));
    entry->setTextAlignment(Qt::AlignHCenter);
    insertItem(row, entry);
    const QImage thumb = m_thumbnails->thumbnail(path);
    entry->setIcon(thumb.isNull() ? placeholderIcon() : QIcon(QPixmap::fromImage(thumb)));
    if (following && row == count() - 1)
        scrollToItem(entry);
}

QIcon PreviewFilmstrip::placeholderIcon() const
{
    // Same size as a thumbnail, so the strip does not jump when the real picture arrives.
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(ThumbSide, ThumbSide) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(palette().color(QPalette::Midlight));
    return QIcon(pixmap);
}

void PreviewFilmstrip::clearFrames()
{
    clear();
}

QString PreviewFilmstrip::framePath(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(PathRole).toString() : QString();
}

void PreviewFilmstrip::onThumbnailReady(const QString &path)
{
    const QImage thumb = m_thumbnails->thumbnail(path);
    if (thumb.isNull())
        return;
    const QIcon icon(QPixmap::fromImage(thumb));
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(PathRole).toString() == path)
            item(row)->setIcon(icon);
}

} // namespace sdanim::ui
