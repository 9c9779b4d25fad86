#pragma once

#include <QString>

#include <optional>

namespace sdanim::emulator {

// Grammar of the request headers the Replicate API interprets (spec §3.1).
class HeaderParsers
{
public:
    struct WaitPreference
    {
        int seconds = 60;
        QString applied; // the Preference-Applied value: "wait" or "wait=N"
    };
    // "wait" or "wait=1".."wait=60" (pattern ^wait(=([1-9]|[1-9][0-9]|60))?$); other preferences in a
    // comma-separated Prefer list are ignored, as RFC 7240 asks.
    static std::optional<WaitPreference> parseWait(const QString &prefer);
    // Cancel-After: "30", "30s", "5m", "1h30m45s" → seconds; nullopt when malformed.
    static std::optional<qint64> parseDuration(const QString &value);
};

} // namespace sdanim::emulator
