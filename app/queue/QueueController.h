#pragma once

#include "api/PredictionJob.h"
#include "queue/JobQueue.h"
#include "queue/QueueJob.h"
#include "queue/QueueSettings.h"
#include "queue/QueueStore.h"

#include "store/BackendIdentity.h"

#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace sdanim::api { class Backend; }
namespace sdanim::store { class AsyncHistoryStore; class HistoryRecorder; }

namespace sdanim::queue {


// What the queue holds at one moment, for a view.
struct QueueSnapshot
{
    QList<QueueJob> jobs;   // in line order
    QueueSettings settings;
    double spentUsd = 0;
    double spentTodayUsd = 0;
};

// The queue for a window: reads it and changes it off the UI thread (every call goes through the
// AsyncHistoryStore and comes back as a signal), reloads it every refreshIntervalMs() because a
// CLI runner may change it too, and passes on what a JobQueue of this process says (its budget
// stop). The dock only talks to this.
//
// It also runs the queue for the window (runWith): once the queue holds a job for the current
// backend, and unless another process (`sdanim queue run`) holds the runner lock, a JobQueue of
// this process runs it. A replaced backend's runner starts no more jobs and goes once its running
// ones have ended.
class QueueController : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRefreshIntervalMs = 1000;

    explicit QueueController(store::AsyncHistoryStore *history, QObject *parent = nullptr);

    void setRefreshIntervalMs(int ms) { m_refresh.setInterval(qMax(50, ms)); }
    // Reloads on its changes and forwards its budget message.
    void attach(JobQueue *queue);
    // The backend the window runs queued jobs on, recorded by `recorder`; null: none.
    void runWith(api::Backend *backend, store::HistoryRecorder *recorder, const store::BackendIdentity &identity,
                 double pricePerSecondUsd);
    JobQueue *runner() const { return m_runner; }
    // Queues `jobs` (backend, source, input and estimate set) in one transaction, in their order,
    // at `place`; then `done` with their ids (empty when the queue could not be written: `failed`
    // too) and `added` for each.
    void add(const QList<QueueJob> &jobs, QueueStore::Place place, std::function<void(const QList<qint64> &)> done);
    const QueueSnapshot &snapshot() const { return m_snapshot; }
    QString budgetMessage() const { return m_budgetMessage; }
    // Why the queued job `id` does not start yet, from the last snapshot: the pause, a budget, the
    // backend's concurrency limit, a 429's back-off, another process's runner. Empty when it is
    // next to start (or not waiting).
    QString waitingReason(qint64 id) const;

public slots:
    void reload();
    void setPaused(bool paused);
    // At most `jobs` (1 to QueueSettings::MaxConcurrency) of `backendKey`'s jobs at once; kept.
    void setConcurrency(const QString &backendKey, int jobs);
    void setJobPaused(qint64 id, bool paused);
    // `place` is 1-based among the waiting jobs (QueueStore::move).
    void move(qint64 id, int place);
    void remove(qint64 id);

signals:
    void loaded(const sdanim::queue::QueueSnapshot &snapshot);
    void budgetMessageChanged(const QString &message);
    void added(qint64 id);
    // A job (queue id `id`) this window's runner started or follows again, to show beside the form's runs.
    void jobStarted(qint64 id, sdanim::api::PredictionJob *job, const QString &historyKey);
    // Another process holds the runner lock: it runs the queue, this window only shows it.
    void runnerElsewhere(const QString &message);
    void failed(const QString &message);

private:
    void change(std::function<bool(class QueueStore &)> work);
    void maybeStartRunner();

    QPointer<store::AsyncHistoryStore> m_history;
    QTimer m_refresh;
    QueueSnapshot m_snapshot;
    QString m_budgetMessage;
    QPointer<api::Backend> m_backend;
    QPointer<store::HistoryRecorder> m_recorder;
    store::BackendIdentity m_identity;
    QPointer<JobQueue> m_runner;
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockRefused = false;
    QString m_elsewhere;        // the runnerElsewhere message while another process runs the queue
    double m_pricePerSecondUsd = 0;
    quint64 m_generation = 0;   // of the newest read; older answers are dropped
};

} // namespace sdanim::queue
