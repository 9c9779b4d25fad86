#include "store/SidecarInfo.h"

#include "store/HistoryRecord.h"

#include <QUrl>

namespace sdanim::store {

QJsonObject SidecarInfo::toJson() const
{
    QJsonObject o{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("prediction_id"), predictionId},
        {QStringLiteral("backend"), backend},
        {QStringLiteral("model"), model},
        {QStringLiteral("model_version"), version},
        {QStringLiteral("input"), input},
        {QStringLiteral("created_at"), createdAt.isValid() ? createdAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("web_url"), webUrl.isEmpty() ? QString() : sanitizedUrl(QUrl(webUrl))},
        {QStringLiteral("output_index"), outputIndex},
        {QStringLiteral("file"), fileName},
    };
    if (syntheticPreview) o.insert(QStringLiteral("synthetic_preview"), true);
    if (!derivedFrom.isEmpty()) o.insert(QStringLiteral("derived_from"), derivedFrom);
    return o;
}

SidecarInfo SidecarInfo::fromJson(const QJsonObject &o)
{
    SidecarInfo s;
    s.predictionId = o.value(QStringLiteral("prediction_id")).toString();
    s.backend = o.value(QStringLiteral("backend")).toString();
    s.model = o.value(QStringLiteral("model")).toString();
    s.version = o.value(QStringLiteral("model_version")).toString();
    s.input = o.value(QStringLiteral("input")).toObject();
    s.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    s.webUrl = o.value(QStringLiteral("web_url")).toString();
    s.outputIndex = o.value(QStringLiteral("output_index")).toInt(-1);
    s.fileName = o.value(QStringLiteral("file")).toString();
    s.syntheticPreview = o.value(QStringLiteral("synthetic_preview")).toBool();
    s.derivedFrom = o.value(QStringLiteral("derived_from")).toObject();
    return s;
}

} // namespace sdanim::store
