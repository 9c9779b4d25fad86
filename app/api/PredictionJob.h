#pragma once

#include "api/ApiError.h"
#include "api/Prediction.h"

#include <QObject>

namespace sdanim::api {

// One prediction from create to terminal state. Owns its network requests, follows the
// prediction (SSE or polling), downloads outputs as soon as they appear and can cancel.
// Emits `created` the moment the server has acknowledged the prediction, before anything else,
// so the history can record it and no created prediction is ever lost.
class PredictionJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const Prediction &prediction() const { return m_prediction; }
    QJsonObject input() const { return m_input; }
    double progress() const { return m_progress; }          // 0..1, or -1 when not yet known
    qint64 etaMs() const { return m_etaMs; }                 // -1 when unknown
    // Entry i is the file of output i; empty when that output was not (or not yet) saved.
    QStringList localOutputFiles() const { return m_localFiles; }
    bool isRunning() const { return m_running; }
    // After createFailed: the job knows no prediction exists (the server refused the create, or
    // the lookups for a lost create's prediction proved none was made). False when it may exist.
    bool nothingCreated() const { return m_nothingCreated; }

public slots:
    virtual void start() = 0;
    virtual void cancel() = 0;

signals:
    void created(const sdanim::api::Prediction &prediction);
    void updated(const sdanim::api::Prediction &prediction);
    void logLine(const QString &line);
    void progressChanged(double fraction, qint64 etaMs);
    void outputAdded(int index, const QString &url);
    void outputSaved(int index, const QString &localPath);
    // An output could not be saved after all retries (e.g. its file expired on the server).
    void outputFailed(int index, const QString &message);
    void stuckInStarting(qint64 elapsedMs);
    void createFailed(const sdanim::api::ApiError &error);
    void requestFailed(const sdanim::api::ApiError &error);  // non-fatal: retried or fell back
    void finished(const sdanim::api::Prediction &prediction);

protected:
    Prediction m_prediction;
    QJsonObject m_input;
    double m_progress = -1;
    qint64 m_etaMs = -1;
    QStringList m_localFiles;
    bool m_running = false;
    bool m_nothingCreated = false;
};

} // namespace sdanim::api
