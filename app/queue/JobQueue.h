#pragma once

#include "api/Prediction.h"
#include "queue/QueueJob.h"
#include "queue/QueueSettings.h"
#include "store/BackendIdentity.h"
#include "store/HistoryRecord.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace sdanim::api { class ApiError; class Backend; class PredictionJob; }
namespace sdanim::store { class AsyncHistoryStore; class HistoryRecorder; }

namespace sdanim::queue {

// Runs the persistent queue's jobs for one backend (the jobs whose backend key is its own), in
// line order, at most the backend's concurrency at once, each recorded in the history by the
// HistoryRecorder. One runner per history (`sdanim queue run` holds a lock file next to it); the controls (QueueStore) may come
// from any process: the runner reads the queue again every pollIntervalMs().
//
// Exactly once: a job is claimed (queued → running) in a transaction, its history row is
// written and linked to it, and only once both are on disk does the create go out. A restarted
// runner finds its running jobs without a live owner and follows the prediction their history
// row names (Backend::resumeJob) instead of creating it again; a job whose create provably never
// went out (no linked row, or the server refused it) goes back to the line. One whose create was
// in flight when its runner died (the row has no server id) is looked for with the backend's
// lost-create lookup (Backend::recoverJob): followed when found, back to the line when proven
// absent, looked for again later when undecided; a backend without a prediction list (Cog) fails
// it with the `history --import` advice. A 429 on create never
// fails a job: it goes back to the line with a not-before time (Retry-After, else exponential).
//
// Budget: before a job starts, what the queue's finished jobs cost (for the daily budget: every
// run the history recorded today, UTC, any source: QueueStore::spentTodayUsd) plus the estimates
// of the running ones plus its own estimate must stay
// within the budget; the first job that would exceed it stops the queue there (budgetReached),
// and it and the jobs after it stay queued.
class JobQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPollIntervalMs = 500;
    static constexpr int MaxBackoffMs = 60000;
    // Starts of a job after which a create lost to the network (nothing created) fails it.
    static constexpr int MaxTransientAttempts = 5;
    // While idle (nothing to run here) it looks this often at most: the app keeps its runner.
    static constexpr int IdlePollIntervalMs = 2000;
    // A lost create's prediction proven absent sends the job back to the line only once its create
    // was sent at least this long ago (a request's timeout and more); before, it is looked for again.
    static constexpr qint64 CreateSettleMs = 120000;

    JobQueue(store::AsyncHistoryStore *history, store::HistoryRecorder *recorder, api::Backend *backend,
             const store::BackendIdentity &identity, QObject *parent = nullptr);
    ~JobQueue() override;

    QString backendKey() const { return m_key; }
    // Cloud runs count their billed predict_time at this price; the others their estimate (the
    // emulator stands in for Replicate; a Cog container's estimate is 0).
    void setPricePerSecondUsd(double usd) { m_pricePerSecondUsd = usd; }
    void setPollIntervalMs(int ms);
    // Back-off after a 429 without Retry-After: base · 2^(attempts-1), capped at MaxBackoffMs.
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = qMax(1, ms); }

    void start();
    // Starts no more jobs; the running ones go on (and stay running in the queue if the process
    // ends: the next runner follows them).
    void stop();
    int activeCount() const { return int(m_active.size()); }
    QString budgetMessage() const { return m_budgetMessage; }

    // "Budget of $X reached: spent $Y, next job estimated $Z" (daily: "Daily budget of …").
    static QString budgetText(bool daily, double budgetUsd, double committedUsd, double nextUsd);
    // Why a job estimated at `nextUsd` may not start with `committedUsd` (`committedTodayUsd` for
    // the daily budget) already spent or running: the budgetText; empty when it fits both budgets.
    static QString budgetStop(const QueueSettings &settings, double committedUsd, double committedTodayUsd, double nextUsd);

public slots:
    void tick();

signals:
    // `historyKey` names the job's history row. A job handed to another parent (a view that shows
    // it) is left to that parent once it ends; otherwise the queue deletes it then.
    void jobStarted(qint64 id, sdanim::api::PredictionJob *job, const QString &historyKey);
    void jobResumed(qint64 id, sdanim::api::PredictionJob *job, const QString &historyKey);
    void jobFinished(qint64 id, sdanim::queue::QueueJob::State state, const QString &error);
    // A 429: the job waits in line until `notBefore`.
    void jobDeferred(qint64 id, const QDateTime &notBefore, const QString &reason);
    void budgetReached(const QString &message);
    // Nothing runs here and nothing more can start: the queue holds no runnable job of this
    // backend, or it is paused, or the budget stopped it.
    void idle();
    // After a change of the queue's rows (the dock reloads).
    void changed();
    void storeFailed(const QString &message);

private:
    struct TickResult;

    void onTick(const TickResult &result);
    void launch(const QueueJob &job);
    void adopt(const QueueJob &job, const store::HistoryRecord &record);
    // A job whose create may have gone out with its answer lost (the runner stopped meanwhile):
    // the backend's lost-create lookup (Backend::recoverJob) finds the prediction (followed),
    // proves none was made (back to the line) or cannot tell yet (looked for again later).
    void recover(const QueueJob &job, const store::HistoryRecord &record);
    void onRecoveryFailed(qint64 id, api::PredictionJob *job);
    void connectJob(qint64 id, api::PredictionJob *job, double estimateUsd);
    void onFinished(qint64 id, const api::Prediction &p, double estimateUsd);
    void onCreateFailed(qint64 id, const api::ApiError &error, int attempts);
    void release(qint64 id);
    // Job `id` failed before its prediction ran: recorded unbilled, and jobFinished.
    void fail(qint64 id, const QString &reason);
    // Back in line, not before `delayMs` from now, saying why.
    void defer(qint64 id, qint64 delayMs, const QString &reason);
    // Writes `change` to job `id` on the history thread, then ticks.
    void writeJob(qint64 id, std::function<void(QueueJob &)> change);

    QPointer<store::AsyncHistoryStore> m_history;
    QPointer<store::HistoryRecorder> m_recorder;
    QPointer<api::Backend> m_backend;
    store::BackendIdentity m_identity;
    QString m_key;
    double m_pricePerSecondUsd = 0;
    int m_backoffBaseMs = 2000;
    QTimer m_poll;
    int m_pollMs = DefaultPollIntervalMs;
    QHash<qint64, QPointer<api::PredictionJob>> m_active;   // jobs this runner follows
    QHash<qint64, int> m_attempts;
    QSet<qint64> m_cancelSent;
    QHash<qint64, QPair<QueueJob, store::HistoryRecord>> m_recovering;   // looked for until found or disproven
    QSet<qint64> m_recoverWaiting;                                       // undecided: the next lookup is due later
    QHash<qint64, int> m_recoveryLookups;
    QString m_budgetMessage;
    bool m_started = false;
    bool m_stopped = false;
    bool m_ticking = false;
    bool m_tickAgain = false;
    bool m_idleSent = false;
};

} // namespace sdanim::queue
