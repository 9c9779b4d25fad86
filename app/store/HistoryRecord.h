#pragma once

#include "api/Prediction.h"
#include "store/OutputFile.h"
#include "store/RunOwner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sdanim::store {

// Everything the history keeps about one prediction. `id` is empty while the create request is
// still in flight; such a row is found by its `localId` until the server has answered.
struct HistoryRecord
{
    // Local-only status values next to the API's (starting, processing, succeeded, ...).
    static constexpr const char *StatusCreating = "creating";       // create request in flight
    static constexpr const char *StatusInterrupted = "interrupted"; // app died before the server answered,
                                                                    // or the backend cannot resume it

    qint64 rowId = 0;
    QString localId;
    QString id;
    QString backend;          // "cloud", "cog", "emulator" (see HistoryRecorder::backendName)
    QString baseUrl;          // API base without credentials, query or fragment
    QString model;
    QString version;
    QString source;           // "api", "web" (imported) or "cli"
    QJsonObject input;        // the full input as sent
    QString status;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QString logs;
    QString error;
    QJsonObject metrics;
    double predictTime = -1;  // seconds, -1 unknown
    double costUsd = -1;      // estimated; -1 unknown, 0 for local backends
    QString webUrl;
    QString getUrl;
    QStringList outputUrls;   // as reported by the API, in order
    QJsonObject raw;          // last prediction object received (for "show JSON")
    bool resumable = true;    // false when the predictions died with the backend (in-process emulator)
    QDateTime deletedAt;      // set while soft-deleted
    QList<OutputFile> outputs;
    RunOwner owner;           // the process following it while it runs (none: an older version wrote it)
    QDateTime heartbeatAt;    // the owner's last sign of life

    bool isTerminal() const;
    // The Replicate deployment it ran on (owner/name), as the server's prediction object says; empty
    // for a run of the model version.
    QString deployment() const { return raw.value(QStringLiteral("deployment")).toString(); }
    // A local re-export's link to what it was made from (exports::DerivedOutput); empty otherwise.
    QJsonObject derivedFrom() const { return raw.value(QStringLiteral("derived_from")).toObject(); }
    bool isDerived() const { return !derivedFrom().isEmpty(); }
    // The saved animation (the last GIF, MP4, WebM or APNG output), else the last output; empty if none.
    QString animationPath() const;
    bool isDeleted() const { return deletedAt.isValid(); }
    QString key() const { return id.isEmpty() ? localId : id; }
    QString promptStart() const { return input.value(QStringLiteral("prompt_start")).toString(); }
    QString promptEnd() const { return input.value(QStringLiteral("prompt_end")).toString(); }
    // Seconds the model ran: predict_time when known, else completed - started; -1 unknown.
    double durationSeconds() const;

    // Takes what the server reported. Fields the server left empty (logs: null after a cancel,
    // input: null after data removal) never erase what was recorded before. Terminal is final: once
    // terminal, a report that is not (a slow poll or cancel answer sent before the end) changes
    // nothing, and a later terminal report never changes the status. A report of a run that is
    // going well (starting, processing, succeeded) clears an error recorded before, such as the
    // "interrupted" reason of a run that turned out to be alive. `raw` never holds the log: it is
    // kept once, in `logs` (toPrediction puts it back).
    void mergePrediction(const api::Prediction &p);
    // The record as an api::Prediction (for Backend::resumeJob and JSON output).
    api::Prediction toPrediction() const;
    QJsonObject toJson() const;
};

// URL without user info, query and fragment: what the history may store about a server.
QString sanitizedUrl(const QUrl &url);

} // namespace sdanim::store
