#include "api/Prediction.h"

#include "api/LenientJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sdanim::api {

PredictionStatus statusFromString(const QString &s)
{
    const QString v = s.trimmed().toLower();
    if (v == QLatin1String("starting")) return PredictionStatus::Starting;
    if (v == QLatin1String("processing")) return PredictionStatus::Processing;
    if (v == QLatin1String("succeeded")) return PredictionStatus::Succeeded;
    if (v == QLatin1String("failed")) return PredictionStatus::Failed;
    if (v == QLatin1String("canceled") || v == QLatin1String("cancelled")) return PredictionStatus::Canceled;
    if (v == QLatin1String("aborted")) return PredictionStatus::Aborted;
    return PredictionStatus::Unknown;
}

QString statusToString(PredictionStatus s)
{
    switch (s) {
    case PredictionStatus::Starting: return QStringLiteral("starting");
    case PredictionStatus::Processing: return QStringLiteral("processing");
    case PredictionStatus::Succeeded: return QStringLiteral("succeeded");
    case PredictionStatus::Failed: return QStringLiteral("failed");
    case PredictionStatus::Canceled: return QStringLiteral("canceled");
    case PredictionStatus::Aborted: return QStringLiteral("aborted");
    case PredictionStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool isTerminal(PredictionStatus s)
{
    return s == PredictionStatus::Succeeded || s == PredictionStatus::Failed
        || s == PredictionStatus::Canceled || s == PredictionStatus::Aborted;
}

QDateTime parseTimestamp(const QString &text)
{
    // Real payloads carry 0 to 9 fractional digits (spec §2.1), which Qt's ISO parsers reject
    // beyond 3, so the fields are taken apart by hand.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int seconds = m.captured(6).toInt();
    // A leap second (":60") is clamped rather than rejected.
    if (seconds == 60) seconds = 59;
    QString fraction = m.captured(7);
    int ms = 0;
    if (!fraction.isEmpty()) {
        fraction = (fraction + QStringLiteral("000")).left(3);
        ms = fraction.toInt();
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), seconds, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (m.hasCaptured(9) && !m.captured(9).isEmpty()) {
        offsetSeconds = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        if (m.captured(9) == QLatin1String("-")) offsetSeconds = -offsetSeconds;
    }
    // No zone at all: the API always means UTC.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

namespace {

QUrl urlOf(const QJsonValue &v)
{
    const QString s = v.toString().trimmed();
    if (s.isEmpty()) return QUrl();
    const QUrl url(s);
    return url.isValid() ? url : QUrl();
}

// Single string (older versions), list, or null/absent (nothing yet): always a list of strings.
// Non-string elements are kept as their JSON text so nothing is silently dropped (spec §8.7).
QStringList normaliseOutput(const QJsonValue &output)
{
    QStringList list;
    if (output.isString()) {
        if (!output.toString().isEmpty()) list << output.toString();
    } else if (output.isArray()) {
        for (const QJsonValue &v : output.toArray()) {
            if (v.isString())
                list << v.toString();
            else if (v.isObject())
                list << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                list << QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            else if (v.isBool())
                list << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (!v.isNull() && !v.isUndefined())
                list << LenientJson::string(v);
        }
    } else if (output.isObject()) {
        list << QString::fromUtf8(QJsonDocument(output.toObject()).toJson(QJsonDocument::Compact));
    }
    return list;
}

} // namespace

Prediction Prediction::fromJson(const QJsonObject &o)
{
    Prediction p;
    p.raw = o;
    p.id = LenientJson::string(o.value(QLatin1String("id")));
    p.model = LenientJson::string(o.value(QLatin1String("model")));
    p.version = LenientJson::string(o.value(QLatin1String("version")));
    p.input = o.value(QLatin1String("input")).toObject();
    p.rawOutput = o.value(QLatin1String("output"));
    p.outputs = normaliseOutput(p.rawOutput);
    p.logs = o.value(QLatin1String("logs")).toString();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isString())
        p.error = error.toString().trimmed().isEmpty() ? QString() : error.toString();
    else if (error.isObject())
        p.error = QString::fromUtf8(QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact));
    p.status = statusFromString(o.value(QLatin1String("status")).toString());
    p.createdAt = parseTimestamp(o.value(QLatin1String("created_at")).toString());
    p.startedAt = parseTimestamp(o.value(QLatin1String("started_at")).toString());
    p.completedAt = parseTimestamp(o.value(QLatin1String("completed_at")).toString());
    p.deadline = parseTimestamp(o.value(QLatin1String("deadline")).toString());
    const QJsonObject urls = o.value(QLatin1String("urls")).toObject();
    p.getUrl = urlOf(urls.value(QLatin1String("get")));
    p.cancelUrl = urlOf(urls.value(QLatin1String("cancel")));
    p.streamUrl = urlOf(urls.value(QLatin1String("stream")));
    p.webUrl = urlOf(urls.value(QLatin1String("web")));
    const QJsonObject metrics = o.value(QLatin1String("metrics")).toObject();
    p.predictTime = LenientJson::number(metrics.value(QLatin1String("predict_time")), -1);
    p.totalTime = LenientJson::number(metrics.value(QLatin1String("total_time")), -1);
    p.dataRemoved = LenientJson::boolean(o.value(QLatin1String("data_removed")));
    p.source = o.value(QLatin1String("source")).toString();
    p.deployment = o.value(QLatin1String("deployment")).toString();
    return p;
}

Prediction Prediction::fromJsonBytes(const QByteArray &bytes, QString *error)
{
    // QJsonDocument keeps the last of duplicated keys, which is what spec §2.1 asks for.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("the response is not a JSON object");
        }
        return {};
    }
    Prediction p = fromJson(doc.object());
    if (p.id.isEmpty() && p.status == PredictionStatus::Unknown) {
        if (error) *error = QStringLiteral("the JSON object is not a prediction (no id and no status)");
        return {};
    }
    if (error) error->clear();
    return p;
}

} // namespace sdanim::api
