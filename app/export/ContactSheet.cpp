#include "export/ContactSheet.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

namespace sdanim::exports {

namespace {
constexpr int kGap = 4;
constexpr int kPad = 8;
constexpr int kMaxLabelWidth = 320;

QFont labelFont()
{
    QFont font;
    font.setPixelSize(14);
    return font;
}

// Measured on an image like the one drawn on, not on the screen (whose DPI may differ), so the
// labels fit the space measured for them.
QFontMetrics imageMetrics()
{
    const QImage probe(1, 1, QImage::Format_RGB32);
    return QFontMetrics(labelFont(), &probe);
}

bool hasRowLabels(const QStringList &labels)
{
    for (const QString &l : labels) if (!l.isEmpty()) return true;
    return false;
}
} // namespace

int ContactSheet::labelColumnWidth() const
{
    if (!hasRowLabels(rowLabels)) return 0;
    const QFontMetrics metrics = imageMetrics();
    int width = 0;
    for (const QString &l : rowLabels) width = qMax(width, metrics.horizontalAdvance(l));
    return qMin(width + 4, kMaxLabelWidth) + 2 * kPad;   // + 4: rounding must not elide the longest label
}

int ContactSheet::labelRowHeight() const { return imageMetrics().height() + 2 * kPad; }

QSize ContactSheet::size() const
{
    int w = labelColumnWidth() + columnCount() * (cellSize.width() + kGap) + kGap;
    int h = labelRowHeight() + rowCount() * (cellSize.height() + kGap) + kGap;
    return QSize(w + (w % 2), h + (h % 2));
}

QImage ContactSheet::render() const
{
    QImage sheet(size(), QImage::Format_RGB32);
    sheet.fill(QColor(0x20, 0x22, 0x26));
    QPainter p(&sheet);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(labelFont());
    const int left = labelColumnWidth(), top = labelRowHeight();
    p.setPen(QColor(0xe8, 0xe8, 0xe8));
    const QFontMetrics metrics = imageMetrics();
    for (int c = 0; c < columnCount(); ++c) {
        const QRect r(left + kGap + c * (cellSize.width() + kGap), 0, cellSize.width(), top);
        p.drawText(r, Qt::AlignCenter, metrics.elidedText(columnLabels.at(c), Qt::ElideMiddle, r.width()));
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (left > 0) {
            const QRect r(kPad, top + kGap + row * (cellSize.height() + kGap), left - 2 * kPad, cellSize.height());
            p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(rowLabels.at(row), Qt::ElideMiddle, r.width()));
        }
        for (int c = 0; c < columnCount(); ++c) {
            const int index = row * columnCount() + c;
            const QRect cell(left + kGap + c * (cellSize.width() + kGap), top + kGap + row * (cellSize.height() + kGap),
                             cellSize.width(), cellSize.height());
            p.fillRect(cell, QColor(0x10, 0x10, 0x12));
            const QImage image = cells.value(index);
            if (!image.isNull()) {
                const QSize fitted = image.size().scaled(cell.size(), Qt::KeepAspectRatio);
                const QRect target(cell.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
                p.drawImage(target, image);
            }
            if (starred.value(index)) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xff, 0xc1, 0x07));
                const QPointF c0(cell.right() - 14, cell.top() + 14);
                QPolygonF star;
                for (int k = 0; k < 10; ++k) {
                    const double radius = k % 2 ? 4.0 : 10.0;
                    const double angle = -M_PI / 2 + k * M_PI / 5;
                    star << c0 + QPointF(radius * std::cos(angle), radius * std::sin(angle));
                }
                p.drawPolygon(star);
                p.setPen(QColor(0xe8, 0xe8, 0xe8));
            }
        }
    }
    return sheet;
}

} // namespace sdanim::exports
