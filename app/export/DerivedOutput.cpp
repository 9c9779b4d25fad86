#include "export/DerivedOutput.h"

#include "store/HistoryStore.h"
#include "store/Sidecar.h"

#include <QCoreApplication>

#include <QFileInfo>
#include <QUuid>

namespace sdanim::exports {

std::optional<store::SidecarInfo> DerivedOutput::sourceSidecar(const QString &sourcePath)
{
    if (!QFileInfo::exists(store::Sidecar::pathFor(sourcePath))) return std::nullopt;
    return store::Sidecar::read(sourcePath);
}

QJsonObject DerivedOutput::link(const QString &sourcePath, const std::optional<store::SidecarInfo> &source,
                                const ExportSettings &settings, const ExportPipeline::Result &result)
{
    QJsonObject link{{"source_file", QFileInfo(sourcePath).absoluteFilePath()},
                     {"export", settings.toJson()},
                     {"frames", result.frames},
                     {"width", result.size.width()},
                     {"height", result.size.height()},
                     {"fps", result.fps}};
    if (source) {
        // The prediction id of the source; for a re-export, its own link carries the chain on.
        link["source_prediction_id"] = source->derivedFrom.isEmpty() ? source->predictionId
                                                                     : source->derivedFrom["source_prediction_id"].toString();
        link["source_history_key"] = source->predictionId;
        link["source_backend"] = source->backend;
        if (!source->derivedFrom.isEmpty()) link["derived_from"] = source->derivedFrom;
    }
    return link;
}

store::HistoryRecord DerivedOutput::record(const QString &sourcePath, const std::optional<store::SidecarInfo> &source,
                                           const ExportSettings &settings, const QString &outPath,
                                           const ExportPipeline::Result &result, const QDateTime &startedAt)
{
    store::HistoryRecord r;
    r.localId = QStringLiteral("export-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.id = r.localId;
    r.backend = QLatin1String(BackendName);
    r.source = QLatin1String(SourceName);
    r.status = QStringLiteral("succeeded");
    r.resumable = false;
    r.costUsd = 0;
    r.createdAt = startedAt;
    r.startedAt = startedAt;
    r.completedAt = QDateTime::currentDateTimeUtc();
    r.predictTime = startedAt.msecsTo(r.completedAt) / 1000.0;
    if (source) {
        r.model = source->model;
        r.version = source->version;
        r.input = source->input;
    }
    r.raw = QJsonObject{{"id", r.id}, {"status", r.status}, {"derived_from", link(sourcePath, source, settings, result)}};
    r.outputs = {store::OutputFile{0, QFileInfo(outPath).absoluteFilePath(), QString()}};
    return r;
}

bool DerivedOutput::writeSidecar(const store::HistoryRecord &record, const std::optional<store::SidecarInfo> &source,
                                 const QString &outPath, QString *error)
{
    store::SidecarInfo info;
    info.predictionId = record.key();
    info.backend = record.backend;
    info.model = record.model;
    info.version = record.version;
    info.input = record.input;
    info.createdAt = record.createdAt;
    info.outputIndex = 0;
    info.fileName = QFileInfo(outPath).fileName();
    info.syntheticPreview = source && source->syntheticPreview;
    info.derivedFrom = record.derivedFrom();
    return store::Sidecar::write(info, outPath, error);
}

store::HistoryRecord DerivedOutput::save(store::HistoryStore *history, const QString &sourcePath, const ExportSettings &settings,
                                         const QString &outPath, const ExportPipeline::Result &result,
                                         const QDateTime &startedAt, QStringList *warnings)
{
    const auto source = sourceSidecar(sourcePath);
    store::HistoryRecord r = record(sourcePath, source, settings, outPath, result, startedAt);
    QString error;
    if (!writeSidecar(r, source, outPath, &error) && warnings) *warnings << error;
    if (history && !history->insert(r) && warnings)
        *warnings << QCoreApplication::translate("sdanim::exports::DerivedOutput", "The export is not in the history: %1")
                         .arg(history->lastError());
    return r;
}

} // namespace sdanim::exports
