#include "emulator/EmulatorClock.h"

#include <QDateTime>

#include <chrono>

namespace sdanim::emulator {

namespace {

qint64 wallNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
}

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Captured once so every conversion in the process uses the same offset.
qint64 wallMinusSteady()
{
    static const qint64 offset = wallNowNs() - steadyNowNs();
    return offset;
}

QString formatWall(qint64 wallNs, int digits, const QString &suffix)
{
    const qint64 secs = wallNs / 1000000000;
    const qint64 frac = wallNs % 1000000000;
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    QString text = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    digits = qBound(0, digits, 9);
    if (digits > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(frac, 9, 10, QLatin1Char('0')).left(digits);
    return text + suffix;
}

} // namespace

qint64 EmulatorClock::nowNs()
{
    wallMinusSteady();
    return steadyNowNs();
}

qint64 EmulatorClock::toWallNs(qint64 steadyNs)
{
    return steadyNs + wallMinusSteady();
}

QString EmulatorClock::formatRfc3339(qint64 steadyNs, int digits)
{
    return formatWall(toWallNs(steadyNs), digits, QStringLiteral("Z"));
}

QString EmulatorClock::formatPython(qint64 steadyNs)
{
    return formatWall(toWallNs(steadyNs), 6, QStringLiteral("+00:00"));
}

} // namespace sdanim::emulator
