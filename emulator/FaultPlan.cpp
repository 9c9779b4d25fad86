#include "emulator/FaultPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sdanim::emulator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FaultPlan", text);
}

// Counters accept a non-negative integer or a boolean (true = 1) so "stuck_starting": true reads naturally.
bool readCount(const QJsonValue &v, int *out)
{
    if (v.isBool()) {
        *out = v.toBool() ? 1 : 0;
        return true;
    }
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > 1e6 || d != double(int(d)))
        return false;
    *out = int(d);
    return true;
}

} // namespace

std::optional<FaultPlan> FaultPlan::fromJson(const QJsonObject &json, QString *error)
{
    FaultPlan plan;
    auto fail = [&](const QString &message) -> std::optional<FaultPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const struct { const char *key; int FaultPlan::*field; } counters[] = {
        {"latency_ms", &FaultPlan::latencyMs},       {"rate_limit_burst", &FaultPlan::rateLimitBurst},
        {"drop_json", &FaultPlan::dropJson},         {"drop_file", &FaultPlan::dropFile},
        {"stuck_starting", &FaultPlan::stuckStarting}, {"abort", &FaultPlan::abort},
        {"malformed_json", &FaultPlan::malformedJson},
    };
    const struct { const char *key; bool FaultPlan::*field; } flags[] = {
        {"duplicate_keys", &FaultPlan::duplicateKeys},
        {"varied_timestamps", &FaultPlan::variedTimestamps},
        {"legacy_shapes", &FaultPlan::legacyShapes},
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const auto &c : counters) {
            if (key == QLatin1String(c.key)) {
                known = true;
                if (!readCount(it.value(), &(plan.*c.field)))
                    return fail(tr("%1 must be a non-negative integer").arg(key));
            }
        }
        for (const auto &f : flags) {
            if (key == QLatin1String(f.key)) {
                known = true;
                if (!it.value().isBool())
                    return fail(tr("%1 must be true or false").arg(key));
                plan.*f.field = it.value().toBool();
            }
        }
        if (key == QLatin1String("server_errors")) {
            known = true;
            if (!it.value().isArray())
                return fail(tr("server_errors must be a list of HTTP statuses, e.g. [500, 502, 503]"));
            for (const QJsonValue &s : it.value().toArray()) {
                const int status = s.toInt(-1);
                if (!s.isDouble() || status < 500 || status > 599)
                    return fail(tr("server_errors may only contain statuses 500 to 599"));
                plan.serverErrors << status;
            }
        }
        if (!known)
            return fail(tr("Unknown fault \"%1\"").arg(key));
    }
    return plan;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray errors;
    for (int s : serverErrors)
        errors.append(s);
    return QJsonObject{
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("rate_limit_burst"), rateLimitBurst},
        {QStringLiteral("server_errors"), errors},
        {QStringLiteral("drop_json"), dropJson},
        {QStringLiteral("drop_file"), dropFile},
        {QStringLiteral("stuck_starting"), stuckStarting},
        {QStringLiteral("abort"), abort},
        {QStringLiteral("malformed_json"), malformedJson},
        {QStringLiteral("duplicate_keys"), duplicateKeys},
        {QStringLiteral("varied_timestamps"), variedTimestamps},
        {QStringLiteral("legacy_shapes"), legacyShapes},
    };
}

} // namespace sdanim::emulator
