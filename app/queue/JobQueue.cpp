#include "queue/JobQueue.h"

#include "api/ApiError.h"
#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "concurrent/FutureCallbacks.h"
#include "queue/QueueStore.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"
#include "store/HistoryRecorder.h"
#include "store/RunOwner.h"
#include "store/SweepStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sdanim::queue {

struct JobQueue::TickResult
{
    QList<QueueJob> claimed;                                     // to create now
    QList<QPair<QueueJob, store::HistoryRecord>> adopted;        // created before: to follow
    QList<QPair<QueueJob, store::HistoryRecord>> recovering;     // create sent, answer lost: to look for
    QList<qint64> canceled;                                      // ours, removed while running
    bool paused = false;
    bool runnableLeft = false;   // queued jobs of ours that may start later (back-off, a free slot)
    bool othersRunning = false;  // running jobs of ours that another live process follows
    QString budgetMessage;
    bool changed = false;
    QString error;
};

namespace {

QString usd(double v) { return QStringLiteral("$%1").arg(QLocale().toString(v, 'f', v < 1 ? 3 : 2)); }

QueueJob::State stateOfStatus(const QString &status)
{
    if (status == QLatin1String("succeeded")) return QueueJob::State::Done;
    if (status == QLatin1String("canceled") || status == QLatin1String("aborted")) return QueueJob::State::Canceled;
    return QueueJob::State::Failed;
}

bool markInterrupted(store::HistoryStore &s, const QString &key, const QString &reason)
{
    auto r = s.get(key, store::HistoryStore::Log::Skip);
    if (!r || r->isTerminal()) return true;
    r->status = QLatin1String(store::HistoryRecord::StatusInterrupted);
    r->error = reason;
    return s.update(*r);
}

// Nothing billed: every caller fails a job whose prediction never ran (or ran on a server that died).
void markFailed(QueueJob &j, const QString &error, const QDateTime &at)
{
    j.state = QueueJob::State::Failed;
    j.costUsd = 0;
    j.error = error;
    j.finishedAt = at;
}

void requeue(QueueJob &j)
{
    j.state = QueueJob::State::Queued;
    j.historyKey.clear();
    j.predictionId.clear();
    j.startedAt = QDateTime();
}

} // namespace

JobQueue::JobQueue(store::AsyncHistoryStore *history, store::HistoryRecorder *recorder, api::Backend *backend,
                   const store::BackendIdentity &identity, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_recorder(recorder)
    , m_backend(backend)
    , m_identity(identity)
    , m_key(QueueStore::backendKey(identity))
{
    m_poll.setInterval(DefaultPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &JobQueue::tick);
}

JobQueue::~JobQueue() = default;

void JobQueue::setPollIntervalMs(int ms)
{
    m_pollMs = qMax(10, ms);
    m_poll.setInterval(m_pollMs);
}

QString JobQueue::budgetText(bool daily, double budgetUsd, double committedUsd, double nextUsd)
{
    return daily ? tr("Daily budget of %1 reached: spent %2 today, next job estimated %3").arg(usd(budgetUsd), usd(committedUsd), usd(nextUsd))
                 : tr("Budget of %1 reached: spent %2, next job estimated %3").arg(usd(budgetUsd), usd(committedUsd), usd(nextUsd));
}

QString JobQueue::budgetStop(const QueueSettings &settings, double committedUsd, double committedTodayUsd, double nextUsd)
{
    if (settings.budgetUsd >= 0 && committedUsd + nextUsd > settings.budgetUsd + 1e-9)
        return budgetText(false, settings.budgetUsd, committedUsd, nextUsd);
    if (settings.dailyBudgetUsd >= 0 && committedTodayUsd + nextUsd > settings.dailyBudgetUsd + 1e-9)
        return budgetText(true, settings.dailyBudgetUsd, committedTodayUsd, nextUsd);
    return QString();
}

void JobQueue::start()
{
    m_started = true;
    m_stopped = false;
    m_poll.start();
    tick();
}

void JobQueue::stop()
{
    m_stopped = true;
    m_poll.stop();
}

void JobQueue::tick()
{
    if (!m_started || !m_history) return;
    if (m_ticking) {
        m_tickAgain = true;
        return;
    }
    m_ticking = true;
    const QString key = m_key;
    const QSet<qint64> active = QSet<qint64>(m_active.keyBegin(), m_active.keyEnd()) | m_recoverWaiting;
    const bool mayStart = !m_stopped && m_backend && m_recorder;
    const bool canRecover = mayStart && m_backend->recoversLostCreates();
    const store::RunOwner me = store::RunOwner::current();
    auto future = m_history->run([key, active, mayStart, canRecover, me](store::HistoryStore &s) {
        TickResult result;
        QueueStore queue(s);
        const bool ok = s.transaction([&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QueueSettings settings = queue.settings();
            result.paused = settings.paused;
            QList<QueueJob> jobs = queue.list();
            int runningHere = 0;
            double runningEstimates = 0;
            for (QueueJob &j : jobs) {
                if (j.state != QueueJob::State::Running && !(j.state == QueueJob::State::Canceled && active.contains(j.id)))
                    continue;
                if (j.backend != key) {
                    runningEstimates += j.estimateUsd;
                    continue;
                }
                if (active.contains(j.id)) {
                    ++runningHere;
                    runningEstimates += j.estimateUsd;
                    if (j.state == QueueJob::State::Canceled) result.canceled << j.id;
                    continue;
                }
                // A running job nobody here follows: its runner died (or this is that runner, restarted).
                const std::optional<store::HistoryRecord> record =
                    j.historyKey.isEmpty() ? std::nullopt : s.get(j.historyKey, store::HistoryStore::Log::Skip);
                const QueueJob before = j;
                if (!record) {
                    // The create goes out only once the row is linked; without one, nothing was sent
                    // (or the server refused it and the recorder dropped the row).
                    requeue(j);
                } else if (record->isTerminal()) {
                    j.state = stateOfStatus(record->status);
                    j.predictionId = record->id;
                    j.error = record->error;
                    j.costUsd = record->backend == QLatin1String("cloud") && record->costUsd >= 0 ? record->costUsd : j.estimateUsd;
                    j.finishedAt = record->completedAt.isValid() ? record->completedAt : now;
                } else if (record->status == QLatin1String(store::HistoryRecord::StatusInterrupted)) {
                    markFailed(j, record->error, now);
                } else if (record->owner.isAlive(record->heartbeatAt, now)) {
                    // Someone else follows it: another process (`sdanim history --resume`), or the
                    // app's ResumeManager in this one (what this runner adopts is in `active`).
                    result.othersRunning = true;
                    ++runningHere;
                    runningEstimates += j.estimateUsd;
                    continue;
                } else if (record->id.isEmpty() && record->resumable && canRecover) {
                    // The create may have gone out, its answer never recorded: look for what it made.
                    if (!s.setOwner(record->key(), me, now)) return false;
                    result.recovering << qMakePair(j, *record);
                    ++runningHere;
                    runningEstimates += j.estimateUsd;
                    continue;
                } else if (record->id.isEmpty() && record->resumable && !mayStart) {
                    continue;
                } else if (record->id.isEmpty()) {
                    // A backend without a list of predictions to look in (Cog).
                    const QString reason = QCoreApplication::translate(
                        "sdanim::queue::JobQueue", "The queue stopped before the server confirmed this prediction. "
                                                   "If it was created anyway, `sdanim history --import` brings it back.");
                    if (!markInterrupted(s, j.historyKey, reason)) return false;
                    markFailed(j, reason, now);
                } else if (!record->resumable || !mayStart) {
                    if (!record->resumable) {
                        // Its server died with the process that ran it: nothing to follow, nothing billed.
                        const QString reason = QCoreApplication::translate(
                            "sdanim::queue::JobQueue", "The server that ran this prediction stopped with the queue; the job runs again.");
                        if (!markInterrupted(s, j.historyKey, reason)) return false;
                        requeue(j);
                    } else {
                        continue;
                    }
                } else {
                    if (!s.setOwner(record->key(), me, now)) return false;
                    result.adopted << qMakePair(j, *record);
                    ++runningHere;
                    runningEstimates += j.estimateUsd;
                    continue;
                }
                if (!queue.update(j)) return false;
                result.changed = true;
                Q_UNUSED(before);
            }
            if (!mayStart) return true;
            int free = settings.concurrencyFor(key) - runningHere;
            double committed = queue.spentUsd() + runningEstimates;
            double committedToday = queue.spentTodayUsd(now) + runningEstimates;
            for (const QueueJob &j : std::as_const(jobs)) {
                if (j.state != QueueJob::State::Queued || j.backend != key) continue;
                result.runnableLeft = true;
                if (settings.paused || free <= 0) break;
                if (j.notBefore.isValid() && j.notBefore > now) continue;
                // Money first, in line order: a cheaper job behind does not jump the one that stopped it.
                result.budgetMessage = budgetStop(settings, committed, committedToday, j.estimateUsd);
                if (!result.budgetMessage.isEmpty()) break;
                if (!queue.claim(j.id, now)) continue;
                QueueJob claimed = j;
                claimed.state = QueueJob::State::Running;
                ++claimed.attempts;
                result.claimed << claimed;
                result.changed = true;
                --free;
                committed += j.estimateUsd;
                committedToday += j.estimateUsd;
            }
            return true;
        });
        if (!ok) result.error = queue.lastError().isEmpty() ? s.lastError() : queue.lastError();
        return result;
    });
    concurrent::FutureCallbacks::onResult(future, this, [this](const TickResult &result) {
        m_ticking = false;
        onTick(result);
        if (m_tickAgain) {
            m_tickAgain = false;
            tick();
        }
    });
}

void JobQueue::onTick(const TickResult &result)
{
    if (!result.error.isEmpty()) emit storeFailed(result.error);
    for (qint64 id : result.canceled) {
        // One waiting for its next lookup is canceled once it is found (or stays unmade).
        if (m_cancelSent.contains(id) || m_recoverWaiting.contains(id)) continue;
        m_cancelSent.insert(id);
        if (const QPointer<api::PredictionJob> job = m_active.value(id)) job->cancel();
    }
    for (const auto &[job, record] : result.adopted) adopt(job, record);
    for (const auto &[job, record] : result.recovering) recover(job, record);
    for (const QueueJob &job : result.claimed) launch(job);
    if (result.budgetMessage != m_budgetMessage) {
        m_budgetMessage = result.budgetMessage;
        if (!m_budgetMessage.isEmpty()) emit budgetReached(m_budgetMessage);
    }
    if (result.changed) emit changed();
    const bool blocked = result.paused || !m_budgetMessage.isEmpty() || m_stopped;
    const bool isIdle = m_active.isEmpty() && m_recoverWaiting.isEmpty() && result.claimed.isEmpty() && result.adopted.isEmpty() && !result.othersRunning
                        && (blocked || !result.runnableLeft);
    m_poll.setInterval(isIdle ? qMax(m_pollMs, IdlePollIntervalMs) : m_pollMs);
    if (isIdle && !m_idleSent) {
        m_idleSent = true;
        emit idle();
    } else if (!isIdle) {
        m_idleSent = false;
    }
}

void JobQueue::launch(const QueueJob &queued)
{
    const qint64 id = queued.id;
    if (!m_backend || !m_recorder) {
        // The backend went while the claim was on its way: nothing was sent.
        writeJob(id, [](QueueJob &j) { requeue(j); });
        return;
    }
    api::PredictionJob *job = m_backend->createJobOn(queued.deployment, queued.input, this);
    if (!job) {
        const QString reason = tr("This backend cannot create on the deployment %1; it needs the Replicate API.").arg(queued.deployment);
        fail(id, reason);
        return;
    }
    const QString key = m_recorder->track(job, m_identity);
    m_active.insert(id, job);
    m_attempts.insert(id, queued.attempts);
    connectJob(id, job, queued.estimateUsd);
    // After the row's insert on the same thread: once this is done, both are on disk, and only
    // then may the create go out.
    const std::optional<QueueJob::SweepCell> cell = queued.sweepCell();
    auto linked = m_history->run([id, key, cell](store::HistoryStore &s) {
        return s.transaction([&] {
            if (!QueueStore(s).link(id, key)) return false;
            // A sweep that is gone (deleted from the history) does not stop its cell's run.
            if (cell) store::SweepStore(s).link(cell->sweepId, key, cell->row, cell->column);
            return true;
        });
    });
    concurrent::FutureCallbacks::onResult(linked, this, [this, id, job = QPointer<api::PredictionJob>(job), key](bool ok) {
        if (!job) return;
        if (!ok) {
            // Never sent: the row goes, the job back to the line.
            m_history->write(key, [key](store::HistoryStore &s) { return s.erase(key); });
            release(id);
            job->deleteLater();
            writeJob(id, [](QueueJob &j) { requeue(j); });
            return;
        }
        emit jobStarted(id, job, key);
        job->start();
    });
}

void JobQueue::adopt(const QueueJob &queued, const store::HistoryRecord &record)
{
    api::PredictionJob *job = m_backend ? m_backend->resumeJob(record.toPrediction(), this) : nullptr;
    if (!job) {
        const QString reason = tr("This backend cannot follow a prediction created earlier.");
        writeJob(queued.id, [reason](QueueJob &j) {
            j.state = QueueJob::State::Failed;
            j.error = reason;
            j.finishedAt = QDateTime::currentDateTimeUtc();
        });
        return;
    }
    m_recorder->follow(job, record);
    m_active.insert(queued.id, job);
    m_attempts.insert(queued.id, queued.attempts);
    connectJob(queued.id, job, queued.estimateUsd);
    emit jobResumed(queued.id, job, record.key());
    job->start();
}

void JobQueue::recover(const QueueJob &queued, const store::HistoryRecord &record)
{
    const qint64 id = queued.id;
    m_recoverWaiting.remove(id);
    if (!m_backend || !m_recorder) return;   // the runner is going: the next one looks
    // The row was written before the create went out: nothing it made is older.
    api::PredictionJob *job = m_backend->recoverJob(queued.input, record.createdAt, this);
    if (!job) return;
    m_recovering.insert(id, qMakePair(queued, record));
    m_recorder->follow(job, record);
    m_active.insert(id, job);
    m_attempts.insert(id, queued.attempts);
    connectJob(id, job, queued.estimateUsd);
    connect(job, &api::PredictionJob::created, this, [this, id, job, key = record.key()] {
        if (m_active.value(id) != job) return;
        m_recovering.remove(id);
        m_recoveryLookups.remove(id);
        emit jobResumed(id, job, key);
    });
    job->start();
}

void JobQueue::onRecoveryFailed(qint64 id, api::PredictionJob *job)
{
    const auto [queued, record] = m_recovering.value(id);
    release(id);
    if (job && job->parent() == this) job->deleteLater();
    // A create sent a moment ago may still be on its way through the server: its absence then
    // proves nothing yet.
    const bool settled = record.createdAt.isValid()
                         && record.createdAt.msecsTo(QDateTime::currentDateTimeUtc()) >= CreateSettleMs;
    if (job && job->nothingCreated() && settled) {
        // Proven: the create made nothing. Its row goes, the job back to the line.
        m_recovering.remove(id);
        m_recoveryLookups.remove(id);
        const QString key = record.key();
        m_history->write(key, [key](store::HistoryStore &s) { return s.erase(key); });
        writeJob(id, [](QueueJob &j) {
            if (j.state == QueueJob::State::Running) {
                requeue(j);
            } else {
                j.costUsd = 0;
                j.finishedAt = QDateTime::currentDateTimeUtc();
            }
        });
        return;
    }
    // Undecided (the list could not be read): never created again, never failed; looked for later.
    const int tries = ++m_recoveryLookups[id];
    const int delayMs = int(std::min<qint64>(MaxBackoffMs, qint64(m_backoffBaseMs) << std::min(tries - 1, 10)));
    m_recoverWaiting.insert(id);
    QTimer::singleShot(delayMs, this, [this, id] {
        if (!m_recoverWaiting.contains(id) || !m_recovering.contains(id)) return;
        const auto [queued, record] = m_recovering.value(id);
        recover(queued, record);
    });
}

void JobQueue::connectJob(qint64 id, api::PredictionJob *job, double estimateUsd)
{
    // Only while it is the job's current attempt: a late signal of an earlier one changes nothing.
    auto current = [this, id, job] { return m_active.value(id) == job; };
    connect(job, &api::PredictionJob::created, this, [this, id, current](const api::Prediction &p) {
        if (!current()) return;
        const QString predictionId = p.id;
        writeJob(id, [predictionId](QueueJob &j) { j.predictionId = predictionId; });
    });
    connect(job, &api::PredictionJob::finished, this, [this, id, estimateUsd, current](const api::Prediction &p) {
        if (current()) onFinished(id, p, estimateUsd);
    });
    connect(job, &api::PredictionJob::createFailed, this, [this, id, current](const api::ApiError &e) {
        if (!current()) return;
        if (m_recovering.contains(id))
            onRecoveryFailed(id, m_active.value(id));
        else
            onCreateFailed(id, e, m_attempts.value(id, 1));
    });
}

void JobQueue::onFinished(qint64 id, const api::Prediction &p, double estimateUsd)
{
    if (!m_active.contains(id)) return;
    QueueJob::State state = stateOfStatus(api::statusToString(p.status));
    double cost = estimateUsd;
    if (m_identity.name == QLatin1String("cloud") && p.predictTime >= 0)
        cost = store::CostEstimator::estimateUsd(m_identity.name, p.predictTime, m_pricePerSecondUsd);
    const QString predictionId = p.id, error = p.error;
    const QPointer<api::PredictionJob> job = m_active.value(id);
    release(id);
    if (job && job->parent() == this) job->deleteLater();
    writeJob(id, [state, cost, predictionId, error](QueueJob &j) {
        j.state = state;
        j.costUsd = cost;
        if (!predictionId.isEmpty()) j.predictionId = predictionId;
        j.error = error;
        j.finishedAt = QDateTime::currentDateTimeUtc();
    });
    emit jobFinished(id, state, error);
}

void JobQueue::onCreateFailed(qint64 id, const api::ApiError &e, int attempts)
{
    if (!m_active.contains(id)) return;
    const QPointer<api::PredictionJob> job = m_active.value(id);
    const bool nothingCreated = job && job->nothingCreated();
    release(id);
    if (job && job->parent() == this) job->deleteLater();
    const qint64 backoff = std::min<qint64>(MaxBackoffMs, qint64(m_backoffBaseMs) << std::clamp(attempts - 1, 0, 10));
    // A create whose answer was lost to the network or a 5xx, where the job's lookup proved that
    // nothing was created (a request written into a connection the server had just closed): the
    // job goes back in line, a few times, as after a 429, instead of failing a queue of work.
    const bool transient = e.isNetworkError() || e.httpStatus >= 500;
    if (nothingCreated && transient && attempts < MaxTransientAttempts) {
        const QString reason = tr("%1 Nothing was created: it is sent again in %n s.", nullptr, int(std::ceil(backoff / 1000.0)))
                                   .arg(e.problemMessage());
        // Its row goes from the history, as after a 429: no prediction stands behind it. Queued
        // after the recorder's own write for this failure, and before the link is cleared.
        m_history->run([id](store::HistoryStore &s) {
            const std::optional<QueueJob> j = QueueStore(s).get(id);
            return !j || j->historyKey.isEmpty() || s.erase(j->historyKey);
        });
        defer(id, backoff, reason);
        return;
    }
    if (e.httpStatus == 429) {
        // Throttled: nothing was created (the recorder dropped the row). Back in line, later.
        const qint64 delayMs = e.retryAfterSeconds >= 0 ? std::min<qint64>(MaxBackoffMs, qint64(e.retryAfterSeconds) * 1000) : backoff;
        defer(id, delayMs, tr("Rate limited (429): waits %n s before it is sent again.", nullptr, int(std::ceil(delayMs / 1000.0))));
        return;
    }
    fail(id, e.userMessage());
}

void JobQueue::defer(qint64 id, qint64 delayMs, const QString &reason)
{
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(delayMs, 1));
    writeJob(id, [notBefore, reason](QueueJob &j) {
        requeue(j);
        j.notBefore = notBefore;
        j.error = reason;
    });
    emit jobDeferred(id, notBefore, reason);
    QTimer::singleShot(int(delayMs) + 10, this, &JobQueue::tick);
}

void JobQueue::fail(qint64 id, const QString &reason)
{
    writeJob(id, [reason](QueueJob &j) { markFailed(j, reason, QDateTime::currentDateTimeUtc()); });
    emit jobFinished(id, QueueJob::State::Failed, reason);
}

void JobQueue::release(qint64 id)
{
    m_active.remove(id);
    m_attempts.remove(id);
    m_cancelSent.remove(id);
}

void JobQueue::writeJob(qint64 id, std::function<void(QueueJob &)> change)
{
    if (!m_history) return;
    auto done = m_history->run([id, change](store::HistoryStore &s) {
        QueueStore queue(s);
        bool ok = s.transaction([&] {
            std::optional<QueueJob> j = queue.get(id);
            if (!j) return true;   // cleared meanwhile
            change(*j);
            return queue.update(*j);
        });
        return ok ? QString() : queue.lastError();
    });
    concurrent::FutureCallbacks::onResult(done, this, [this](const QString &error) {
        if (!error.isEmpty()) emit storeFailed(error);
        emit changed();
        tick();
    });
}

} // namespace sdanim::queue
