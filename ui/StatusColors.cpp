#include "ui/StatusColors.h"

#include <QPalette>
#include <QWidget>

namespace sdanim::ui {

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::error(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(0, 200, 170) : QColor::fromHsl(0, 200, 95);
}

QColor StatusColors::success(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(120, 150, 160) : QColor::fromHsl(120, 200, 70);
}

QColor StatusColors::warning(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(40, 220, 160) : QColor::fromHsl(30, 220, 80);
}

void StatusColors::applyTextColor(QWidget *widget, const QColor &color)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

} // namespace sdanim::ui
