#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace sdanim::ui {

// Tells once when a window has been painted for the first time (its first paint event has been
// handled and the frame handed to the window system). main() starts what the first frame does not
// need (the backend with the in-process emulator, the keyring lookup) only then, so they never
// delay the window. With SDANIM_REPORT_FIRST_PAINT=1 in the environment it also prints
// "first-paint-ns <CLOCK_MONOTONIC nanoseconds>" on stderr and, if SDANIM_QUIT_AFTER_FIRST_PAINT=1,
// quits the application: bench/suites/startup.sh measures exec-to-first-paint that way, for sdanim
// and for bench_empty_window alike.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *window);

    bool hasPainted() const { return m_painted; }
    static qint64 monotonicNs();

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QPointer<QWidget> m_window;
    bool m_painted = false;
};

} // namespace sdanim::ui
