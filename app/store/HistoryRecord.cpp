#include "store/HistoryRecord.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace sdanim::store {

namespace {
QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A Cog container returns files inline as data: URIs of several MB; the history keeps only
// their header (the file itself is saved on disk).
QString shortenedOutput(const QString &url)
{
    if (!url.startsWith(QLatin1String("data:"))) return url;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    return (comma < 0 ? url.left(64) : url.left(comma + 1)) + QStringLiteral("...");
}

QJsonValue shortenedOutputValue(const QJsonValue &v)
{
    if (v.isString()) return shortenedOutput(v.toString());
    if (!v.isArray()) return v;
    QJsonArray a;
    for (const QJsonValue &e : v.toArray()) a.append(shortenedOutputValue(e));
    return a;
}
} // namespace

QString HistoryRecord::animationPath() const
{
    QString best;
    int bestIndex = -1;
    int lastIndex = -1;
    QString last;
    for (const OutputFile &f : outputs) {
        const QString suffix = QFileInfo(f.path).suffix().toLower();
        const bool animation = suffix == QLatin1String("gif") || suffix == QLatin1String("mp4")
                               || suffix == QLatin1String("webm") || suffix == QLatin1String("apng");
        if (animation && f.index >= bestIndex) {
            best = f.path;
            bestIndex = f.index;
        }
        if (f.index >= lastIndex) {
            last = f.path;
            lastIndex = f.index;
        }
    }
    return best.isEmpty() ? last : best;
}

bool HistoryRecord::isTerminal() const
{
    return api::isTerminal(api::statusFromString(status));
}

double HistoryRecord::durationSeconds() const
{
    if (predictTime >= 0) return predictTime;
    if (startedAt.isValid() && completedAt.isValid()) return startedAt.msecsTo(completedAt) / 1000.0;
    return -1;
}

void HistoryRecord::mergePrediction(const api::Prediction &p)
{
    const bool wasTerminal = isTerminal();
    if (wasTerminal && !p.isTerminal()) return;
    if (!p.id.isEmpty()) id = p.id;
    if (!p.model.isEmpty()) model = p.model;
    if (!p.version.isEmpty()) version = p.version;
    if (!p.source.isEmpty()) source = p.source;
    if (input.isEmpty() && !p.input.isEmpty()) input = p.input;
    if (!wasTerminal && p.status != api::PredictionStatus::Unknown) status = api::statusToString(p.status);
    if (p.createdAt.isValid()) createdAt = p.createdAt;
    if (p.startedAt.isValid()) startedAt = p.startedAt;
    if (p.completedAt.isValid()) completedAt = p.completedAt;
    if (!p.logs.isEmpty()) logs = p.logs;
    switch (api::statusFromString(status)) {
    case api::PredictionStatus::Starting:
    case api::PredictionStatus::Processing:
    case api::PredictionStatus::Succeeded:
        error = p.error;
        break;
    default:
        if (!p.error.isEmpty()) error = p.error;
        break;
    }
    const QJsonObject m = p.raw.value(QStringLiteral("metrics")).toObject();
    if (!m.isEmpty()) metrics = m;
    if (p.predictTime >= 0) predictTime = p.predictTime;
    if (p.webUrl.isValid() && !p.webUrl.isEmpty()) webUrl = sanitizedUrl(p.webUrl);
    if (p.getUrl.isValid() && !p.getUrl.isEmpty()) getUrl = sanitizedUrl(p.getUrl);
    if (!p.outputs.isEmpty()) {
        outputUrls.clear();
        for (const QString &u : p.outputs) outputUrls << shortenedOutput(u);
    }
    if (!p.raw.isEmpty()) {
        raw = p.raw;
        raw.remove(QStringLiteral("logs"));
        if (raw.contains(QStringLiteral("output")))
            raw.insert(QStringLiteral("output"), shortenedOutputValue(raw.value(QStringLiteral("output"))));
    }
}

api::Prediction HistoryRecord::toPrediction() const
{
    api::Prediction p;
    p.id = id;
    p.model = model;
    p.version = version;
    p.input = input;
    p.outputs = outputUrls;
    p.rawOutput = QJsonArray::fromStringList(outputUrls);
    p.logs = logs;
    p.error = error;
    p.status = api::statusFromString(status);
    p.createdAt = createdAt;
    p.startedAt = startedAt;
    p.completedAt = completedAt;
    p.getUrl = QUrl(getUrl);
    p.webUrl = QUrl(webUrl);
    if (!id.isEmpty() && getUrl.isEmpty() && !baseUrl.isEmpty())
        p.getUrl = QUrl(baseUrl + QStringLiteral("/predictions/") + id);
    if (!id.isEmpty() && !baseUrl.isEmpty())
        p.cancelUrl = QUrl(baseUrl + QStringLiteral("/predictions/") + id + QStringLiteral("/cancel"));
    p.predictTime = predictTime;
    p.source = source;
    p.raw = raw;
    if (!p.raw.isEmpty()) p.raw.insert(QStringLiteral("logs"), logs);
    return p;
}

QJsonObject HistoryRecord::toJson() const
{
    QJsonArray files;
    for (const OutputFile &f : outputs)
        files.append(QJsonObject{{QStringLiteral("index"), f.index}, {QStringLiteral("path"), f.path}});
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("local_id"), localId},
        {QStringLiteral("backend"), backend},
        {QStringLiteral("base_url"), baseUrl},
        {QStringLiteral("model"), model},
        {QStringLiteral("version"), version},
        {QStringLiteral("source"), source},
        {QStringLiteral("status"), status},
        {QStringLiteral("input"), input},
        {QStringLiteral("created_at"), isoOrEmpty(createdAt)},
        {QStringLiteral("started_at"), isoOrEmpty(startedAt)},
        {QStringLiteral("completed_at"), isoOrEmpty(completedAt)},
        {QStringLiteral("error"), error},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("web_url"), webUrl},
        {QStringLiteral("output"), QJsonArray::fromStringList(outputUrls)},
        {QStringLiteral("local_files"), files},
    };
    if (costUsd >= 0) o.insert(QStringLiteral("estimated_cost_usd"), costUsd);
    if (!deployment().isEmpty()) o.insert(QStringLiteral("deployment"), deployment());
    if (deletedAt.isValid()) o.insert(QStringLiteral("deleted_at"), isoOrEmpty(deletedAt));
    return o;
}

QString sanitizedUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1String("data")) return QStringLiteral("data:");
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString();
}

} // namespace sdanim::store
