#pragma once

#include <QObject>
#include <QTimer>

namespace sdanim::sweep {

// The one clock of a compare grid: every cell shows frame `frameIndex() mod its own length`, so
// all cells are at the same index at the same moment whatever their lengths (a 10-frame and a
// 25-frame run both show frame 3 at tick 3, and at tick 12 frames 2 and 12).
class GridClock : public QObject
{
    Q_OBJECT
public:
    explicit GridClock(QObject *parent = nullptr);

    qint64 frameIndex() const { return m_index; }
    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms);
    bool isRunning() const { return m_timer.isActive(); }
    void start();
    void stop();
    // One step, as the timer does it (and tests, which count ticks instead of waiting).
    void advance();
    void reset();

    static int frameOf(qint64 frameIndex, int frameCount) { return frameCount > 0 ? int(frameIndex % frameCount) : 0; }

signals:
    void ticked(qint64 frameIndex);

private:
    QTimer m_timer;
    qint64 m_index = 0;
};

} // namespace sdanim::sweep
