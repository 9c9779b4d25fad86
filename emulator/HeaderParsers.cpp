#include "emulator/HeaderParsers.h"

#include <QRegularExpression>

#include <algorithm>

namespace sdanim::emulator {

std::optional<HeaderParsers::WaitPreference> HeaderParsers::parseWait(const QString &prefer)
{
    static const QRegularExpression pattern(QStringLiteral("^wait(=([1-9]|[1-9][0-9]|60))?$"));
    for (const QString &part : prefer.split(QLatin1Char(','))) {
        const QString token = part.trimmed();
        const auto m = pattern.match(token);
        if (!m.hasMatch())
            continue;
        WaitPreference w;
        w.applied = token;
        // The pattern admits up to 99; Replicate documents 60 s as the longest hold.
        if (!m.captured(2).isEmpty())
            w.seconds = std::min(60, m.captured(2).toInt());
        return w;
    }
    return std::nullopt;
}

std::optional<qint64> HeaderParsers::parseDuration(const QString &value)
{
    static const QRegularExpression bare(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression units(QStringLiteral("^(?:(\\d{1,6})h)?(?:(\\d{1,8})m)?(?:(\\d{1,9})s)?$"));
    const QString v = value.trimmed();
    if (bare.match(v).hasMatch())
        return v.toLongLong();
    const auto m = units.match(v);
    if (v.isEmpty() || !m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
}

} // namespace sdanim::emulator
