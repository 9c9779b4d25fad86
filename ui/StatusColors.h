#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace sdanim::ui {

// Message colours derived from the current palette, so they stay readable in light and dark mode.
class StatusColors
{
public:
    static bool isDark(const QPalette &palette);
    static QColor error(const QPalette &palette);
    static QColor success(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    // Sets the widget's text colour (WindowText and Text roles) to `color`.
    static void applyTextColor(QWidget *widget, const QColor &color);
};

} // namespace sdanim::ui
