// The floor for SD Animator's start-up: the smallest Qt Widgets program that shows one empty
// window (1400×900, the main window's default size). It reports its first paint exactly as sdanim
// does with SDANIM_REPORT_FIRST_PAINT=1 (ui::FirstPaintWatcher): the first paint event of the
// window, then a zero timer so the repaint pass and the flush to the window system are done, then
// "first-paint-ns <CLOCK_MONOTONIC ns>" on stderr, and it quits. bench/suites/startup.sh runs both
// programs alternately and takes exec-to-first-paint as that time minus the time it took just
// before starting the process.
//
// With --label the window holds one line of text (a QLabel): the same floor plus what drawing any
// text costs the first time (font configuration, the font database, shaping, glyphs), which the
// empty window never pays and any window with a form does.
//
// It links Qt Widgets only (bench/CMakeLists.txt), not the app's libraries, so the dynamic loading
// of Qt Multimedia, Network and SQL that sdanim needs is part of sdanim's time, not of the floor's.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *w) : m_window(w) { w->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                std::fprintf(stderr, "first-paint-ns %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
                std::fflush(stderr);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("empty"));
    window.resize(1400, 900);
    if (app.arguments().contains(QStringLiteral("--label"))) {
        auto *label = new QLabel(QStringLiteral("A lighthouse at dusk, oil painting"), &window);
        label->move(20, 20);
    }
    FirstPaint probe(&window);
    window.show();
    return app.exec();
}
