#include "ui/PreviewControlIcons.h"
#include "ui/DeferredIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace sdanim::ui {

namespace {

QPainterPath glyphPath(PreviewControlIcons::Glyph glyph, qreal side)
{
    const qreal m = side * 0.2;  // margin
    const qreal top = m, bottom = side - m, mid = side / 2;
    QPainterPath path;
    switch (glyph) {
    case PreviewControlIcons::Glyph::Play:
        path.moveTo(m + side * 0.08, top);
        path.lineTo(side - m, mid);
        path.lineTo(m + side * 0.08, bottom);
        path.closeSubpath();
        break;
    case PreviewControlIcons::Glyph::Pause: {
        const qreal bar = side * 0.2;
        path.addRect(QRectF(m, top, bar, bottom - top));
        path.addRect(QRectF(side - m - bar, top, bar, bottom - top));
        break;
    }
    case PreviewControlIcons::Glyph::StepForward: {
        const qreal bar = side * 0.12;
        path.moveTo(m, top);
        path.lineTo(side - m - bar - side * 0.04, mid);
        path.lineTo(m, bottom);
        path.closeSubpath();
        path.addRect(QRectF(side - m - bar, top, bar, bottom - top));
        break;
    }
    case PreviewControlIcons::Glyph::StepBackward: {
        const qreal bar = side * 0.12;
        path.moveTo(side - m, top);
        path.lineTo(m + bar + side * 0.04, mid);
        path.lineTo(side - m, bottom);
        path.closeSubpath();
        path.addRect(QRectF(m, top, bar, bottom - top));
        break;
    }
    }
    return path;
}

QPixmap render(PreviewControlIcons::Glyph glyph, int side, const QColor &color)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(glyphPath(glyph, side), color);
    return pixmap;
}

const char *themeName(PreviewControlIcons::Glyph glyph)
{
    switch (glyph) {
    case PreviewControlIcons::Glyph::Play:
        return "media-playback-start";
    case PreviewControlIcons::Glyph::Pause:
        return "media-playback-pause";
    case PreviewControlIcons::Glyph::StepBackward:
        return "media-skip-backward";
    case PreviewControlIcons::Glyph::StepForward:
        return "media-skip-forward";
    }
    return "";
}

} // namespace

QIcon PreviewControlIcons::icon(Glyph glyph, const QPalette &palette)
{
    return DeferredIcon::make([glyph, palette] {
        const QString name = QLatin1String(themeName(glyph));
        return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : drawn(glyph, palette);
    });
}

QIcon PreviewControlIcons::drawn(Glyph glyph, const QPalette &palette)
{
    QIcon icon;
    // Physical pixel sizes; QIcon picks the closest for the requested size × device pixel ratio.
    for (int side : {16, 22, 24, 32, 44, 48, 64, 96}) {
        icon.addPixmap(render(glyph, side, palette.color(QPalette::Active, QPalette::ButtonText)), QIcon::Normal);
        icon.addPixmap(render(glyph, side, palette.color(QPalette::Disabled, QPalette::ButtonText)), QIcon::Disabled);
    }
    return icon;
}

} // namespace sdanim::ui
