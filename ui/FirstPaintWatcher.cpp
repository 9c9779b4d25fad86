#include "ui/FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace sdanim::ui {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

qint64 FirstPaintWatcher::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // The paint event is delivered before the widget paints and the backing store is flushed;
        // a zero timer runs once that repaint pass has finished.
        QTimer::singleShot(0, this, &FirstPaintWatcher::report);
    }
    return false;
}

void FirstPaintWatcher::report()
{
    if (qEnvironmentVariableIntValue("SDANIM_REPORT_FIRST_PAINT") == 1) {
        std::fprintf(stderr, "first-paint-ns %lld\n", static_cast<long long>(monotonicNs()));
        std::fflush(stderr);
    }
    emit firstPainted();
    if (qEnvironmentVariableIntValue("SDANIM_QUIT_AFTER_FIRST_PAINT") == 1)
        QCoreApplication::exit(0);
}

} // namespace sdanim::ui
