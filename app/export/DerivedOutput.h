#pragma once

#include "export/ExportPipeline.h"
#include "export/ExportSettings.h"
#include "store/HistoryRecord.h"
#include "store/SidecarInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sdanim::store { class HistoryStore; }

namespace sdanim::exports {

// What a finished local re-export leaves behind besides its file: a history entry and a sidecar
// that say what it was made from, so the chain back to the paid prediction is never lost.
//
// The link ("derived_from", in the sidecar and in the record's raw JSON) holds the source file,
// the source's history key and prediction id (from its sidecar), the export settings, and — when
// the source was itself a re-export — the source's own link as "derived_from", so a chain of
// exports nests back to the prediction. The record is a succeeded run of backend "local export"
// (BackendName) with cost 0, the source's model, version and input (its prompts show in the
// history), and the new file as its only output.
class DerivedOutput
{
public:
    static constexpr const char *BackendName = "local export";
    static constexpr const char *SourceName = "export";

    // The sidecar of `sourcePath`, if it has a readable one.
    static std::optional<store::SidecarInfo> sourceSidecar(const QString &sourcePath);
    static QJsonObject link(const QString &sourcePath, const std::optional<store::SidecarInfo> &source,
                            const ExportSettings &settings, const ExportPipeline::Result &result);
    static store::HistoryRecord record(const QString &sourcePath, const std::optional<store::SidecarInfo> &source,
                                       const ExportSettings &settings, const QString &outPath,
                                       const ExportPipeline::Result &result, const QDateTime &startedAt);
    // The sidecar of the new file (for a PNG sequence, `folder`.json next to the folder).
    static bool writeSidecar(const store::HistoryRecord &record, const std::optional<store::SidecarInfo> &source,
                             const QString &outPath, QString *error);
    // All of the above for a finished export: reads the source's sidecar, writes the new one and,
    // when `history` is given, inserts the record. Blocking disk work: on a worker thread (the
    // GUI calls it through AsyncHistoryStore::run). Returns the record; problems in `warnings`.
    static store::HistoryRecord save(store::HistoryStore *history, const QString &sourcePath, const ExportSettings &settings,
                                     const QString &outPath, const ExportPipeline::Result &result,
                                     const QDateTime &startedAt, QStringList *warnings);
};

} // namespace sdanim::exports
