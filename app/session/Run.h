#pragma once

#include "api/ApiError.h"
#include "api/PredictionJob.h"
#include "api/Prediction.h"
#include "schema/FieldError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>

namespace sdanim::api { class Backend; }

namespace sdanim::session {

// One run started from the window: what its progress row shows, kept in one place so the row is
// only drawing. Wraps the backend's PredictionJob and turns its signals into display state.
class Run : public QObject
{
    Q_OBJECT
public:
    enum class State { Creating, Starting, Processing, Succeeded, Failed, Canceled, Aborted, Rejected };
    Q_ENUM(State)

    Run(api::PredictionJob *job, const QJsonObject &input, QObject *parent = nullptr);

    api::PredictionJob *job() const { return m_job; }
    // The backend the run was started on (null for a resumed run: it belongs to the first backend).
    const api::Backend *backend() const { return m_backend; }
    void setBackend(const api::Backend *backend) { m_backend = backend; }
    QJsonObject input() const { return m_input; }
    QString historyKey() const { return m_historyKey; }
    void setHistoryKey(const QString &key) { m_historyKey = key; }
    QString predictionId() const { return m_prediction.id; }
    const api::Prediction &prediction() const { return m_prediction; }

    State state() const { return m_state; }
    bool isActive() const;
    QString stateText() const;                // translated, e.g. "Processing"
    double progress() const { return m_progress; }   // 0..1 or -1 unknown
    qint64 etaMs() const { return m_etaMs; }
    qint64 elapsedMs() const;
    QString logs() const { return m_logs; }
    // The reason a run did not succeed, as a sentence that says what to do.
    QString errorMessage() const { return m_error; }
    QList<schema::FieldError> fieldErrors() const { return m_fieldErrors; }
    // A transient problem the job is working around (retrying, falling back to polling).
    QString notice() const { return m_notice; }
    bool isStuckInStarting() const { return m_stuckMs >= 0; }
    qint64 stuckMs() const { return m_stuckMs; }
    QStringList intermediateFiles() const { return m_frames; }
    QString videoFile() const { return m_video; }
    // The seed the run used: from its input, else from the model's "Using seed: N" log line.
    std::optional<qint64> seed() const;
    QString summary() const;                  // "a fox → a wolf → a bird" for the row title

public slots:
    void cancel();

signals:
    void changed();
    void logAppended(const QString &line);
    void progressChanged(double fraction, qint64 etaMs);
    void intermediateFrameSaved(int index, const QString &path);
    void videoSaved(const QString &path);
    void fieldErrorsReceived(const QList<sdanim::schema::FieldError> &errors);
    void finished();

private:
    void onUpdated(const api::Prediction &p);
    void onFinished(const api::Prediction &p);
    void onCreateFailed(const api::ApiError &e);
    void onOutputSaved(int index, const QString &path);
    void setState(State s);
    void emitFinishedOnce();

    QPointer<api::PredictionJob> m_job;
    const api::Backend *m_backend = nullptr;
    QJsonObject m_input;
    QString m_historyKey;
    api::Prediction m_prediction;
    State m_state = State::Creating;
    double m_progress = -1;
    qint64 m_etaMs = -1;
    QElapsedTimer m_clock;
    qint64 m_endedMs = -1;
    QString m_logs;
    std::optional<qint64> m_logSeed;   // from the first "Using seed: N" line
    QString m_error;
    QString m_notice;
    QList<schema::FieldError> m_fieldErrors;
    qint64 m_stuckMs = -1;
    QStringList m_frames;
    QString m_video;
    bool m_cancelRequested = false;
    bool m_finishEmitted = false;
};

} // namespace sdanim::session
