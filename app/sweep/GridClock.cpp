#include "sweep/GridClock.h"

namespace sdanim::sweep {

GridClock::GridClock(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(50);   // the model's default 20 frames per second
    connect(&m_timer, &QTimer::timeout, this, &GridClock::advance);
}

void GridClock::setIntervalMs(int ms) { m_timer.setInterval(qBound(10, ms, 1000)); }
void GridClock::start() { m_timer.start(); }
void GridClock::stop() { m_timer.stop(); }

void GridClock::advance()
{
    ++m_index;
    emit ticked(m_index);
}

void GridClock::reset()
{
    m_index = 0;
    emit ticked(m_index);
}

} // namespace sdanim::sweep
