#pragma once

#include "queue/QueueJob.h"
#include "queue/QueueSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sdanim::store { class AsyncHistoryStore; }

namespace sdanim::queue {

class JobQueue;

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
class QueueController : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRefreshIntervalMs = 1000;

    explicit QueueController(store::AsyncHistoryStore *history, QObject *parent = nullptr);

    void setRefreshIntervalMs(int ms) { m_refresh.setInterval(qMax(50, ms)); }
    // Reloads on its changes and forwards its budget message.
    void attach(JobQueue *queue);
    const QueueSnapshot &snapshot() const { return m_snapshot; }
    QString budgetMessage() const { return m_budgetMessage; }

public slots:
    void reload();
    void setPaused(bool paused);
    void setJobPaused(qint64 id, bool paused);
    // `place` is 1-based among the waiting jobs (QueueStore::move).
    void move(qint64 id, int place);
    void remove(qint64 id);

signals:
    void loaded(const sdanim::queue::QueueSnapshot &snapshot);
    void budgetMessageChanged(const QString &message);
    void failed(const QString &message);

private:
    void change(std::function<bool(class QueueStore &)> work);

    QPointer<store::AsyncHistoryStore> m_history;
    QTimer m_refresh;
    QueueSnapshot m_snapshot;
    QString m_budgetMessage;
    quint64 m_generation = 0;   // of the newest read; older answers are dropped
};

} // namespace sdanim::queue
