#include "ui/PreviewImageView.h"

#include <QPainter>

namespace sdanim::ui {

PreviewImageView::PreviewImageView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(false);
}

void PreviewImageView::setImage(const QImage &image)
{
    const bool sizeChanged = image.size() != m_image.size();
    m_image = image;
    if (sizeChanged)
        updateMinimumSize();
    update();
}

void PreviewImageView::setActualSize(bool actualSize)
{
    m_actualSize = actualSize;
    updateMinimumSize();
    update();
}

QSizeF PreviewImageView::logicalImageSize() const
{
    // 1:1 means one image pixel per physical pixel, so a high-DPI screen shows it smaller in
    // logical units.
    return QSizeF(m_image.size()) / devicePixelRatioF();
}

void PreviewImageView::updateMinimumSize()
{
    setMinimumSize(m_actualSize && !m_image.isNull() ? logicalImageSize().toSize() : QSize(0, 0));
    updateGeometry();
}

QSize PreviewImageView::sizeHint() const
{
    return m_image.isNull() ? QSize(256, 256) : logicalImageSize().toSize();
}

void PreviewImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(QPalette::Window));
    if (m_image.isNull())
        return;
    QSizeF target = logicalImageSize();
    if (!m_actualSize)
        target = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF box(QPointF((width() - target.width()) / 2.0, (height() - target.height()) / 2.0), target);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !m_actualSize);
    painter.drawImage(box, m_image);
}

} // namespace sdanim::ui
