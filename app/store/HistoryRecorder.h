#pragma once

#include "api/Prediction.h"
#include "store/AsyncHistoryStore.h"
#include "store/BackendIdentity.h"
#include "store/HistoryRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace sdanim::api {
class PredictionJob;
}
namespace sdanim::settings {
class AppSettings;
}

namespace sdanim::store {

// The only writer of prediction history. Attach a job before start(): a row is written at once
// (status "creating", keyed by a local id, owned by this process), completed with the server id
// on `created`, kept up to date on `updated`, gets each file on `outputSaved` (plus its sidecar)
// and the final state, metrics and estimated cost on `finished`. All disk work runs on the
// AsyncHistoryStore thread.
//
// Creation, a new status, new outputs and the end are written at once, so a kill -9 never loses a
// prediction that was created; an update that only adds log lines waits up to
// liveWriteIntervalMs() and is folded into the next write. While it follows runs, the recorder
// refreshes their owner's heartbeat (RunOwner), so other processes leave them alone.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultLiveWriteIntervalMs = 2000;

    explicit HistoryRecorder(AsyncHistoryStore *store, QObject *parent = nullptr);

    // A new job; returns the local id that keys its row until the server id is known.
    QString track(api::PredictionJob *job, const BackendIdentity &backend, const QString &source = QStringLiteral("api"));
    // A job that follows a prediction already in the history, whose row this process now owns
    // (ResumeManager).
    void follow(api::PredictionJob *job, const HistoryRecord &known);

    AsyncHistoryStore *store() const { return m_store; }
    // Where the price per second of cloud runs comes from; read each time a row gets its final
    // cost, so a changed setting applies to the next finished run. Must outlive the recorder.
    // Without settings, AppSettings::DefaultPricePerSecondUsd.
    void setSettings(const settings::AppSettings *settings) { m_settings = settings; }
    int liveWriteIntervalMs() const { return m_liveWriteIntervalMs; }
    void setLiveWriteIntervalMs(int ms) { m_liveWriteIntervalMs = qMax(0, ms); }

signals:
    // After the row of `key` changed on disk (created, updated, file saved, finished).
    void recorded(const QString &key);
    void recordFailed(const QString &key, const QString &message);

private:
    // What was last written for a running job, and the update waiting for the next write.
    struct Live
    {
        QElapsedTimer sinceWrite;
        QString status;
        qsizetype outputs = -1;
        bool started = false;
        bool logged = false;
        QString error;
        std::optional<api::Prediction> pending;
        QTimer *flush = nullptr;
    };

    void connectJob(api::PredictionJob *job, const QString &key, const BackendIdentity &backend);
    void onUpdated(const QString &key, const api::Prediction &p);
    void writeNow(const QString &key, const api::Prediction &p, bool final);
    void flushPending(const QString &key);
    void stopFollowing(const QString &key);
    void mergeAndWrite(const QString &key, const api::Prediction &p, bool final);
    void recordOutput(api::PredictionJob *job, const QString &key, int index, const QString &path, bool synthetic);
    void beat();

    double pricePerSecondUsd() const;

    QPointer<AsyncHistoryStore> m_store;
    const settings::AppSettings *m_settings = nullptr;
    int m_liveWriteIntervalMs = DefaultLiveWriteIntervalMs;
    QHash<QString, Live> m_live;   // by history key, while the job runs
    QTimer m_heartbeat;
};

} // namespace sdanim::store
