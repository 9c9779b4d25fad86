#pragma once
// The UI thread's stalls as a 1 ms timer sees them, and the process's memory, for the benches
// that measure "the UI thread never waits" (bench_preview, bench_export).

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace sdanim::bench {

// A /proc/self/status value in kB (VmRSS, VmHWM); -1 when it cannot be read.
inline qint64 statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The worst lag of a 1 ms timer: how long the UI thread was busy with something else.
class LagSampler : public QObject
{
public:
    LagSampler()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double lagMs = (now - m_last) / 1e6 - 1.0;
            m_last = now;
            m_max = std::max(m_max, lagMs);
            ++m_samples;
            if (lagMs > 16)
                ++m_over16;
            if (lagMs > 50)
                ++m_over50;
            if (lagMs > 30 && m_stalls.size() < 40)
                m_stalls << QStringLiteral("%1s:%2ms").arg(now / 1e9, 0, 'f', 2).arg(lagMs, 0, 'f', 0);
            // RSS every ~50 ms; VmHWM catches what falls between samples.
            if (m_samples % 50 == 0)
                m_peakRssKb = std::max(m_peakRssKb, statusKb("VmRSS"));
        });
    }
    void start()
    {
        m_max = 0;
        m_samples = m_over16 = m_over50 = 0;
        m_stalls.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxLagMs() const { return m_max; }
    qint64 samples() const { return m_samples; }
    qint64 over16() const { return m_over16; }
    qint64 over50() const { return m_over50; }
    qint64 peakRssKb() const { return m_peakRssKb; }
    // When (since start()) the UI thread stalled for more than 30 ms, and for how long.
    QString stalls() const { return m_stalls.isEmpty() ? QStringLiteral("none") : m_stalls.join(QLatin1Char(',')); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
    qint64 m_samples = 0, m_over16 = 0, m_over50 = 0;
    qint64 m_peakRssKb = 0;
    QStringList m_stalls;
};

} // namespace sdanim::bench
