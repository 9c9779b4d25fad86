#include "queue/QueueController.h"

#include "concurrent/FutureCallbacks.h"
#include "queue/JobQueue.h"
#include "queue/QueueStore.h"
#include "store/AsyncHistoryStore.h"

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
        return QueueSnapshot{q.list(), q.settings(), q.spentUsd(), q.spentUsd(QDateTime(now.date(), QTime(0, 0), Qt::UTC))};
    });
    concurrent::FutureCallbacks::onResult(future, this, [this, generation](const QueueSnapshot &snapshot) {
        if (generation != m_generation) return;   // a newer read is on its way
        m_snapshot = snapshot;
        emit loaded(m_snapshot);
    });
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
