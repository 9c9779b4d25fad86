#pragma once

#include "store/AsyncHistoryStore.h"
#include "store/BackendIdentity.h"
#include "store/HistoryRecord.h"

#include <QObject>
#include <QPointer>

namespace sdanim::api {
class PredictionJob;
}
namespace sdanim::settings {
class AppSettings;
}

namespace sdanim::store {

// The only writer of prediction history. Attach a job before start(): a row is written at once
// (status "creating", keyed by a local id), completed with the server id on `created`, kept up to
// date on `updated`, gets each file on `outputSaved` (plus its sidecar) and the final state,
// metrics and estimated cost on `finished`. All disk work runs on the AsyncHistoryStore thread.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    explicit HistoryRecorder(AsyncHistoryStore *store, QObject *parent = nullptr);

    // A new job; returns the local id that keys its row until the server id is known.
    QString track(api::PredictionJob *job, const BackendIdentity &backend, const QString &source = QStringLiteral("api"));
    // A job that follows a prediction already in the history (ResumeManager).
    void follow(api::PredictionJob *job, const HistoryRecord &known);

    AsyncHistoryStore *store() const { return m_store; }
    // Where the price per second of cloud runs comes from; read each time a row gets its final
    // cost, so a changed setting applies to the next finished run. Must outlive the recorder.
    // Without settings, AppSettings::DefaultPricePerSecondUsd.
    void setSettings(const settings::AppSettings *settings) { m_settings = settings; }

signals:
    // After the row of `key` changed on disk (created, updated, file saved, finished).
    void recorded(const QString &key);
    void recordFailed(const QString &key, const QString &message);

private:
    void connectJob(api::PredictionJob *job, const QString &key, const BackendIdentity &backend);
    void mergeAndWrite(const QString &key, const api::Prediction &p, bool final);
    void recordOutput(api::PredictionJob *job, const QString &key, int index, const QString &path, bool synthetic);

    double pricePerSecondUsd() const;

    QPointer<AsyncHistoryStore> m_store;
    const settings::AppSettings *m_settings = nullptr;
};

} // namespace sdanim::store
