#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

namespace sdanim::emulator {

// One monotonic time base for every simulated event, plus the mapping to wall-clock time used when
// a timestamp is rendered. Predictions store steady nanoseconds, so a wall-clock jump never reorders
// their history.
class EmulatorClock
{
public:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    static qint64 nowNs();                       // steady clock
    static qint64 toWallNs(qint64 steadyNs);     // nanoseconds since the Unix epoch
    static qint64 fromSeconds(double seconds) { return qint64(seconds * 1e9); }
    static double toSeconds(qint64 ns) { return double(ns) / 1e9; }

    // RFC 3339 UTC with `digits` (0–9) fractional digits and a trailing Z, as the Replicate API writes.
    static QString formatRfc3339(qint64 steadyNs, int digits = 6);
    // Python datetime.isoformat() of an aware UTC time ("…:05.123456+00:00"), as Cog writes.
    static QString formatPython(qint64 steadyNs);
};

} // namespace sdanim::emulator
