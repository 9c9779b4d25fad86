#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sdanim::emulator {

// Misbehaviour to inject into the next requests/predictions (docs/emulator.md, "Fault plan").
// Counters mean "the next N"; flags stay on until the plan is replaced or reset.
struct FaultPlan
{
    int latencyMs = 0;            // added before every API (/v1, Cog) response
    int rateLimitBurst = 0;       // next N /v1 requests answer 429
    QList<int> serverErrors;      // statuses for the next API requests, in order (500, 502, 503, …)
    int dropJson = 0;             // next N JSON responses: full Content-Length, connection cut mid-body
    int dropFile = 0;             // next N output file downloads cut mid-body the same way
    int stuckStarting = 0;        // next N predictions never leave "starting"
    int abort = 0;                // next N predictions end "aborted" instead of starting
    int malformedJson = 0;        // next N JSON responses carry a syntactically broken body
    bool duplicateKeys = false;   // prediction objects repeat the "model" key
    bool variedTimestamps = false;// timestamps use 3–9 fractional digits, varying between responses
    bool legacyShapes = false;    // error:"" instead of null and output as one string (2022 shapes)

    static std::optional<FaultPlan> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const FaultPlan &other) const = default;
};

} // namespace sdanim::emulator
