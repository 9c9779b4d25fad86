// Prediction objects as the API, a Cog container or a webhook sends them (app/api/Prediction).
#include "FuzzCheck.h"

#include "api/Prediction.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

using namespace sdanim::api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Timestamps take the whole input too: the regex and the date arithmetic see every shape.
    const QDateTime t = parseTimestamp(QString::fromUtf8(bytes));
    if (t.isValid()) FUZZ_CHECK(t.timeSpec() == Qt::UTC);

    QString error;
    const Prediction p = Prediction::fromJsonBytes(bytes, &error);
    if (!error.isEmpty()) {
        FUZZ_CHECK(p.id.isEmpty() && p.status == PredictionStatus::Unknown);
        return 0;
    }
    FUZZ_CHECK(!p.id.isEmpty() || p.status != PredictionStatus::Unknown);
    FUZZ_CHECK_EQ(statusFromString(statusToString(p.status)), p.status);
    FUZZ_CHECK_EQ(p.isTerminal(), isTerminal(p.status));
    // Every element but null is an output; what is not a string keeps its JSON text, never "".
    if (p.rawOutput.isArray()) {
        qsizetype k = 0;
        for (const QJsonValue &v : p.rawOutput.toArray()) {
            if (v.isNull()) continue;
            FUZZ_CHECK(k < p.outputs.size());
            if (!v.isString()) FUZZ_CHECK(!p.outputs.at(k).isEmpty());
            ++k;
        }
        FUZZ_CHECK_EQ(k, p.outputs.size());
    }

    // The parser is a function of the object: the object it kept parses to the same prediction.
    const Prediction q = Prediction::fromJson(p.raw);
    FUZZ_CHECK_EQ(q.id, p.id);
    FUZZ_CHECK_EQ(q.status, p.status);
    FUZZ_CHECK_EQ(q.outputs, p.outputs);
    FUZZ_CHECK_EQ(q.error, p.error);
    FUZZ_CHECK_EQ(q.createdAt, p.createdAt);
    return 0;
}
