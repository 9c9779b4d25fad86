#pragma once

#include <QListWidget>

namespace sdanim::ui {

class ThumbnailCache;

// A horizontal strip of the intermediate PNG frames of a running prediction, in output order.
// Output indexes, not file names, identify frames: the model reuses names across segments.
class PreviewFilmstrip : public QListWidget
{
    Q_OBJECT
public:
    explicit PreviewFilmstrip(QWidget *parent = nullptr);

    void addFrame(int outputIndex, const QString &path);
    void clearFrames();
    int frameCount() const { return count(); }
    QString framePath(int row) const;

signals:
    void frameActivated(const QString &path);

private:
    void onThumbnailReady(const QString &path);
    QIcon placeholderIcon() const;

    ThumbnailCache *m_thumbnails;
};

} // namespace sdanim::ui
