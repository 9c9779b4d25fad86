#pragma once

#include "store/BackendIdentity.h"
#include "store/HistoryRecord.h"

#include <QObject>
#include <QPointer>

namespace sdanim::api {
class Backend;
class PredictionJob;
}

namespace sdanim::store {

class AsyncHistoryStore;
class HistoryRecorder;

// After a restart (or a kill -9), follows every prediction the history still shows as running on
// the current backend to its end, through Backend::resumeJob, recorded by the HistoryRecorder.
// Rows that can never be followed (the in-process emulator and Cog containers keep nothing, or the
// create never got an answer) are marked "interrupted". Rows of other servers (or other models)
// are left alone until that backend is used again.
//
// Only orphans are touched: a row whose owner (RunOwner) is alive belongs to a process that is
// following it right now, such as `sdanim run` next to the GUI. Each orphan is claimed for this
// process in the same transaction that found it, so two processes resuming at once never follow
// the same prediction.
class ResumeManager : public QObject
{
    Q_OBJECT
public:
    // Rows still "creating" after this long belong to a process that died mid-create (only for
    // rows without an owner, written by older versions; otherwise the owner tells).
    static constexpr int StaleCreateSeconds = 600;

    ResumeManager(AsyncHistoryStore *store, HistoryRecorder *recorder, api::Backend *backend,
                  const BackendIdentity &current, QObject *parent = nullptr);

    // The model (owner/name) the backend runs; rows recorded for another one are left alone.
    // Empty (the default): any.
    void setModel(const QString &ownerSlashName) { m_model = ownerSlashName; }
    void start();
    int pending() const { return m_pending; }

signals:
    // A job was started for `record`; it is already connected to the recorder.
    void resumed(sdanim::api::PredictionJob *job, const sdanim::store::HistoryRecord &record);
    void markedInterrupted(const QString &key, const QString &reason);
    // Every resumed job has finished (or there was none).
    void allFinished(int resumed);

private:
    void onRows(const QList<HistoryRecord> &rows);
    void markInterrupted(const HistoryRecord &record, const QString &reason);

    QPointer<AsyncHistoryStore> m_store;
    QPointer<HistoryRecorder> m_recorder;
    QPointer<api::Backend> m_backend;
    BackendIdentity m_current;
    QString m_model;
    int m_pending = 0;
    int m_resumed = 0;
};

} // namespace sdanim::store
