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
    // "wait" or "wait=N" matching the OAS pattern ^wait(=([1-9]|[1-9][0-9]|60))?$ (held at most 60 s);
    // anything else in a comma-separated Prefer list is ignored, as RFC 7240 asks.
    static std::optional<WaitPreference> parseWait(const QString &prefer);
    // Cancel-After: "30", "30s", "5m", "1h30m45s" → seconds; nullopt when malformed.
    static std::optional<qint64> parseDuration(const QString &value);
};

} // namespace sdanim::emulator
