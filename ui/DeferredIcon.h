#pragma once

#include <QIcon>
#include <QString>
#include <QStyle>

#include <functional>

namespace sdanim::ui {

// Icons whose images are made the first time something draws or measures them, not when the
// widget holding them is built. QCommonStyle::standardIcon() decodes its PNGs at once, and every
// form row, menu and hidden dock asked for one while the window was being built: a fifth of the
// time to the first paint went there, mostly on icons of menus nobody had opened
// (bench/RESULTS.md, "Exec → first paint").
class DeferredIcon
{
public:
    // The application style's icon; one per pixmap for the whole process, made at most once.
    static QIcon standard(QStyle::StandardPixmap pixmap);
    // The icon theme's `name` (it follows a dark theme), else the style's `fallback`.
    static QIcon themed(const QString &name, QStyle::StandardPixmap fallback);
    // `make` runs on the GUI thread when the icon is first needed; the icon it returns is kept.
    static QIcon make(std::function<QIcon()> make);
};

} // namespace sdanim::ui
