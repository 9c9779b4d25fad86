#pragma once

#include <QImage>
#include <QWidget>

namespace sdanim::ui {

// Paints one image either scaled to fit (keeping its aspect ratio) or at one image pixel per
// device pixel. Meant to sit in a resizable QScrollArea, which provides scroll bars at 1:1.
class PreviewImageView : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    void setActualSize(bool actualSize);
    bool isActualSize() const { return m_actualSize; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSizeF logicalImageSize() const;
    void updateMinimumSize();

    QImage m_image;
    bool m_actualSize = false;
};

} // namespace sdanim::ui
