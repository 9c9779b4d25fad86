#include "queue/QueueController.h"

#include "api/Backend.h"
#include "concurrent/FutureCallbacks.h"
#include "queue/JobQueue.h"
#include "queue/QueueStore.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"

#include <algorithm>

namespace sdanim::queue {

QueueController::QueueController(store::AsyncHistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
{
    m_refresh.setInterval(DefaultRefreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &QueueController::reload);
    m_refresh.start();
}

void QueueController::attach(JobQueue *queue)
{
    connect(queue, &JobQueue::changed, this, &QueueController::reload);
    connect(queue, &JobQueue::budgetReached, this, [this](const QString &message) {
        m_budgetMessage = message;
        emit budgetMessageChanged(message);
    });
}

void QueueController::reload()
{
    if (!m_history) return;
    const quint64 generation = ++m_generation;
    auto future = m_history->run([](store::HistoryStore &s) {
        QueueStore q(s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return QueueSnapshot{q.list(), q.settings(), q.spentUsd(), q.spentTodayUsd(now)};
    });
    concurrent::FutureCallbacks::onResult(future, this, [this, generation](const QueueSnapshot &snapshot) {
        if (generation != m_generation) return;   // a newer read is on its way
        m_snapshot = snapshot;
        emit loaded(m_snapshot);
        maybeStartRunner();
    });
}

void QueueController::runWith(api::Backend *backend, store::HistoryRecorder *recorder, const store::BackendIdentity &identity,
                              double pricePerSecondUsd)
{
    m_pricePerSecondUsd = pricePerSecondUsd;
    if (m_runner && m_backend == backend && QueueStore::backendKey(m_identity) == QueueStore::backendKey(identity)) return;
    if (JobQueue *old = m_runner) {
        // Its running jobs go on to their end; then it goes.
        old->stop();
        auto dropWhenDone = [old] {
            if (old->activeCount() == 0) old->deleteLater();
        };
        connect(old, &JobQueue::jobFinished, old, dropWhenDone);
        dropWhenDone();
    }
    m_runner = nullptr;
    m_backend = backend;
    m_recorder = recorder;
    m_identity = identity;
    maybeStartRunner();
}

void QueueController::maybeStartRunner()
{
    if (m_runner || !m_backend || !m_recorder || !m_history) return;
    const QString key = QueueStore::backendKey(m_identity);
    bool hasWork = false;
    for (const QueueJob &j : std::as_const(m_snapshot.jobs))
        hasWork = hasWork || (j.backend == key && (j.state == QueueJob::State::Queued || j.state == QueueJob::State::Running));
    if (!hasWork) return;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(QueueStore::runnerLockPath(m_history->path()));
        m_lock->setStaleLockTime(0);   // stale only when its process is gone
    }
    if (!m_lock->isLocked() && !m_lock->tryLock(0)) {
        if (!m_lockRefused) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_elsewhere = tr("Another process (pid %1) runs the queue; its progress shows here.").arg(pid);
            emit runnerElsewhere(m_elsewhere);
        }
        m_lockRefused = true;
        return;
    }
    m_elsewhere.clear();
    if (m_lockRefused) emit runnerElsewhere(QString());
    m_lockRefused = false;
    m_runner = new JobQueue(m_history, m_recorder, m_backend, m_identity, this);
    m_runner->setPricePerSecondUsd(m_pricePerSecondUsd);
    connect(m_runner, &JobQueue::jobStarted, this, &QueueController::jobStarted);
    connect(m_runner, &JobQueue::jobResumed, this, &QueueController::jobStarted);
    attach(m_runner);
    m_runner->start();
}

void QueueController::add(const QList<QueueJob> &jobs, QueueStore::Place place, std::function<void(const QList<qint64> &)> done)
{
    if (!m_history) {
        if (done) done({});
        return;
    }
    auto future = m_history->run([jobs, place](store::HistoryStore &s) {
        QueueStore q(s);
        QList<qint64> ids;
        // In front, the last added comes first: add them back to front so the line keeps their order.
        QList<QueueJob> ordered = jobs;
        if (place == QueueStore::Place::Front) std::reverse(ordered.begin(), ordered.end());
        const bool ok = s.transaction([&] {
            for (QueueJob &job : ordered) {
                if (!q.add(job, place)) return false;
                ids << job.id;
            }
            return true;
        });
        if (!ok) return QList<qint64>();
        if (place == QueueStore::Place::Front) std::reverse(ids.begin(), ids.end());
        return ids;
    });
    concurrent::FutureCallbacks::onResult(future, this, [this, done, count = jobs.size()](const QList<qint64> &ids) {
        if (ids.size() != count || ids.isEmpty()) emit failed(tr("The queue could not be written."));
        else for (qint64 id : ids) emit added(id);
        if (done) done(ids.size() == count ? ids : QList<qint64>());
        reload();
        if (m_runner) m_runner->tick();
    });
}

QString QueueController::waitingReason(qint64 id) const
{
    const auto it = std::find_if(m_snapshot.jobs.cbegin(), m_snapshot.jobs.cend(), [id](const QueueJob &j) { return j.id == id; });
    if (it == m_snapshot.jobs.cend()) return QString();
    if (it->state == QueueJob::State::Paused) return tr("The job is paused in the queue.");
    if (it->state != QueueJob::State::Queued) return QString();
    if (!m_elsewhere.isEmpty()) return m_elsewhere;
    const QueueSettings &settings = m_snapshot.settings;
    if (settings.paused) return tr("The queue is paused (Resume in the Queue dock).");
    // As JobQueue::tick would go through the line now: the jobs ahead of it start first.
    const QString key = it->backend;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int limit = settings.concurrencyFor(key);
    int free = limit;
    double running = 0;
    for (const QueueJob &j : m_snapshot.jobs) {
        if (j.state != QueueJob::State::Running) continue;
        running += j.estimateUsd;
        if (j.backend == key) --free;
    }
    double committed = m_snapshot.spentUsd + running, committedToday = m_snapshot.spentTodayUsd + running;
    for (const QueueJob &j : m_snapshot.jobs) {
        if (j.state != QueueJob::State::Queued || j.backend != key) continue;
        if (free <= 0)
            return tr("Waiting for a free slot: the queue runs %n job(s) at once on this backend.", nullptr, limit);
        if (j.notBefore.isValid() && j.notBefore > now) {
            if (j.id == id) return j.error.isEmpty() ? tr("Waiting after a rate limit (429).") : j.error;
            continue;
        }
        const QString stop = JobQueue::budgetStop(settings, committed, committedToday, j.estimateUsd);
        if (!stop.isEmpty()) return stop;
        if (j.id == id) return QString();
        --free;
        committed += j.estimateUsd;
        committedToday += j.estimateUsd;
    }
    return QString();
}

void QueueController::change(std::function<bool(QueueStore &)> work)
{
    if (!m_history) return;
    auto future = m_history->run([work](store::HistoryStore &s) {
        QueueStore q(s);
        return work(q) ? QString() : q.lastError();
    });
    concurrent::FutureCallbacks::onResult(future, this, [this](const QString &error) {
        if (!error.isEmpty()) emit failed(error);
        reload();
    });
}

void QueueController::setPaused(bool paused)
{
    change([paused](QueueStore &q) {
        QueueSettings settings = q.settings();
        settings.paused = paused;
        return q.setSettings(settings);
    });
}

void QueueController::setConcurrency(const QString &backendKey, int jobs)
{
    const int limit = qBound(1, jobs, QueueSettings::MaxConcurrency);
    change([backendKey, limit](QueueStore &q) {
        QueueSettings settings = q.settings();
        settings.concurrency.insert(backendKey, limit);
        return q.setSettings(settings);
    });
}

void QueueController::setJobPaused(qint64 id, bool paused)
{
    change([id, paused](QueueStore &q) { return q.setPaused(id, paused); });
}

void QueueController::move(qint64 id, int place)
{
    change([id, place](QueueStore &q) { return q.move(id, place); });
}

void QueueController::remove(qint64 id)
{
    change([id](QueueStore &q) { return q.remove(id); });
}

} // namespace sdanim::queue
