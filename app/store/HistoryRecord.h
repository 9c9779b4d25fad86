#pragma once

#include "api/Prediction.h"
#include "store/OutputFile.h"

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

    bool isTerminal() const;
    bool isDeleted() const { return deletedAt.isValid(); }
    QString key() const { return id.isEmpty() ? localId : id; }
    QString promptStart() const { return input.value(QStringLiteral("prompt_start")).toString(); }
    QString promptEnd() const { return input.value(QStringLiteral("prompt_end")).toString(); }
    // Seconds the model ran: predict_time when known, else completed - started; -1 unknown.
    double durationSeconds() const;

    // Takes what the server reported. Fields the server left empty (logs: null after a cancel,
    // input: null after data removal) never erase what was recorded before.
    void mergePrediction(const api::Prediction &p);
    // The record as an api::Prediction (for Backend::resumeJob and JSON output).
    api::Prediction toPrediction() const;
    QJsonObject toJson() const;
};

// URL without user info, query and fragment: what the history may store about a server.
QString sanitizedUrl(const QUrl &url);

} // namespace sdanim::store
