#pragma once

#include "store/BackendIdentity.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepPlan.h"
#include "sweep/SweepRunner.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sdanim::api { class Backend; class PredictionJob; }
namespace sdanim::queue { class QueueController; struct QueueSnapshot; }
namespace sdanim::schema { class ModelSchema; }
namespace sdanim::store { class AsyncHistoryStore; class HistoryRecorder; }

namespace sdanim::sweep {

// One sweep as the compare grid shows it: started here (recorded as a history sweep, then run
// through the persistent queue, or by a SweepRunner without one) or reopened from the history
// (SweepStore::get). Holds, per grid cell, its input, state, output file and star; the grid only
// draws these.
//
// Through the queue each cell is one job whose source names the sweep and the cell
// (QueueJob::sweepSource): the runner links its history row to the cell, and this session follows
// it by its job id (the queue's snapshots for the state, the live job for the output files). The
// sweep's concurrency becomes the queue's limit for the backend; the queue's budget applies.
class SweepSession : public QObject
{
    Q_OBJECT
public:
    struct Cell
    {
        QString rowLabel;
        QString columnLabel;
        QJsonObject input;
        QString historyKey;
        QString status;        // SweepRunner::statusName, or the history row's status
        QString file;          // the animation (GIF or MP4), once saved
        QString error;
        bool starred = false;
    };

    SweepSession(store::AsyncHistoryStore *history, store::HistoryRecorder *recorder, QObject *parent = nullptr);

    // Records the sweep, then runs it against `backend`, at most `concurrency` at once.
    void start(const SweepPlan &plan, api::Backend *backend, const store::BackendIdentity &identity, int concurrency);
    // Records the sweep, then queues its cells (estimated by `estimate`) for `identity`'s backend
    // in `queue`, whose runner runs them; the backend's queue limit becomes `concurrency`.
    void startQueued(const SweepPlan &plan, queue::QueueController *queue, const api::Backend *backend,
                     const store::BackendIdentity &identity, const SweepEstimate &estimate, int concurrency);
    // Rebuilds a past sweep's grid from the history.
    void open(qint64 sweepId, const schema::ModelSchema &schema);
    void cancel();
    void setStarred(int index, bool starred);

    qint64 sweepId() const { return m_sweepId; }
    bool isRunning() const { return (m_runner || m_queue) && !m_done; }
    // True for the queue job of one of this running sweep's cells.
    bool ownsQueueJob(qint64 id) const { return !m_done && m_cellOfJob.contains(id); }
    // While running, the backend must outlive it (a settings change retires backends).
    bool isUsing(const api::Backend *backend) const { return !m_done && backend && backend == m_backend; }
    const SweepPlan &plan() const { return m_plan; }
    const QList<Cell> &cells() const { return m_cells; }
    int doneCount() const;

    // The file of a run that saved several: its animation (the last GIF or MP4).
    static QString animationOf(const QStringList &files);

signals:
    void planReady();              // the grid's size and labels are known (cells may follow)
    void cellChanged(int index);
    void finished();
    void failed(const QString &message);

private:
    // Every cell pending, for the grid to lay out.
    void showPlan(const SweepPlan &plan);
    // The sweep as a history object (m_sweepId), then `then` (also when it could not be recorded).
    void recordSweep(const SweepPlan &plan, std::function<void()> then);
    void run(api::Backend *backend, const store::BackendIdentity &identity, int concurrency);
    void queueCells(const store::BackendIdentity &identity, const SweepEstimate &estimate, int concurrency);
    void onJobStarted(qint64 id, api::PredictionJob *job, const QString &historyKey);
    void onQueueLoaded(const queue::QueueSnapshot &snapshot);
    // A finished cell without its file yet (run by another process): from its history row.
    void fetchFile(int index);
    void finishQueued();

    store::AsyncHistoryStore *m_history;
    store::HistoryRecorder *m_recorder;
    const api::Backend *m_backend = nullptr;
    SweepPlan m_plan;
    QList<Cell> m_cells;
    qint64 m_sweepId = 0;
    QPointer<SweepRunner> m_runner;
    QPointer<queue::QueueController> m_queue;
    QHash<qint64, int> m_cellOfJob;   // queue job id → cell index
    QSet<int> m_fetching;             // cells whose history row is being read for their file
    QSet<int> m_fetched;              // read once already
    bool m_canceled = false;
    bool m_done = false;
};

} // namespace sdanim::sweep
