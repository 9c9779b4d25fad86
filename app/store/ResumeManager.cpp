#include "store/ResumeManager.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/RunOwner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSqlQuery>

namespace sdanim::store {

namespace {

enum class Action { LeaveAlone, Resume, UnconfirmedCreate, DiedWithBackend };

// What to do with an orphaned row: the same answer on the history thread (to decide what to
// claim) and on ours (to act on it).
Action actionFor(const HistoryRecord &r, const BackendIdentity &current, bool hasBackend, const QString &model,
                 const QDateTime &now)
{
    if (r.id.isEmpty()) {
        // Without an owner, another (older) process may be creating it right now; only an old
        // row is surely orphaned. With one, the owner is gone: the create will never be answered.
        if (!r.owner.isNull() || r.createdAt < now.addSecs(-ResumeManager::StaleCreateSeconds))
            return Action::UnconfirmedCreate;
        return Action::LeaveAlone;
    }
    if (!r.resumable) return Action::DiedWithBackend;
    if (r.backend != current.name || r.baseUrl != current.baseUrl || !hasBackend) return Action::LeaveAlone;
    if (!model.isEmpty() && !r.model.isEmpty() && r.model.compare(model, Qt::CaseInsensitive) != 0)
        return Action::LeaveAlone;
    return Action::Resume;
}

// A row a running job of the persistent queue links: that queue's runner ends it (it looks for
// the prediction a create in flight may have made, JobQueue), so it is not marked here.
bool queueOwns(HistoryStore &s, const QString &key)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT 1 FROM queue_jobs WHERE history_key = ? AND state = 'running' LIMIT 1"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

} // namespace

ResumeManager::ResumeManager(AsyncHistoryStore *store, HistoryRecorder *recorder, api::Backend *backend,
                             const BackendIdentity &current, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_recorder(recorder)
    , m_backend(backend)
    , m_current(current)
{
}

void ResumeManager::start()
{
    const BackendIdentity current = m_current;
    const bool hasBackend = m_backend && m_recorder;
    const QString model = m_model;
    const RunOwner me = RunOwner::current();
    auto claimed = m_store->run([current, hasBackend, model, me](HistoryStore &s) {
        QList<HistoryRecord> mine;
        // One IMMEDIATE transaction: a second process resuming at the same moment waits, then
        // finds these rows owned by a live process.
        s.transaction([&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (HistoryRecord r : s.nonTerminal()) {
                if (r.owner.isAlive(r.heartbeatAt, now)) continue;
                const Action action = actionFor(r, current, hasBackend, model, now);
                if (action == Action::LeaveAlone) continue;
                if (action == Action::UnconfirmedCreate && queueOwns(s, r.key())) continue;
                if (!s.setOwner(r.key(), me, now)) return false;
                r.owner = me;
                r.heartbeatAt = now;
                mine << r;
            }
            return true;
        });
        return mine;
    });
    // A watcher owned by this object: if it is deleted first, the answer is simply dropped.
    auto *watcher = new QFutureWatcher<QList<HistoryRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onRows(watcher->result());
    });
    watcher->setFuture(claimed);
}

void ResumeManager::onRows(const QList<HistoryRecord> &rows)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const HistoryRecord &r : rows) {
        switch (actionFor(r, m_current, m_backend && m_recorder, m_model, now)) {
        case Action::LeaveAlone:
            continue;
        case Action::UnconfirmedCreate:
            markInterrupted(r, tr("The app stopped before the server confirmed this prediction. "
                                  "If it was created anyway, `sdanim history --import` brings it back."));
            continue;
        case Action::DiedWithBackend:
            markInterrupted(r, r.backend == QLatin1String("emulator")
                                   ? tr("The offline emulator that ran this preview stopped with the app.")
                                   : tr("The local Cog container keeps no predictions; this run cannot be followed again."));
            continue;
        case Action::Resume:
            break;
        }
        api::PredictionJob *job = m_backend && m_recorder ? m_backend->resumeJob(r.toPrediction(), this) : nullptr;
        if (!job) {
            markInterrupted(r, tr("This backend cannot follow a prediction created earlier."));
            continue;
        }
        m_recorder->follow(job, r);
        ++m_pending;
        ++m_resumed;
        connect(job, &api::PredictionJob::finished, this, [this] {
            if (--m_pending == 0) emit allFinished(m_resumed);
        });
        emit resumed(job, r);
        job->start();
    }
    if (m_pending == 0) emit allFinished(m_resumed);
}

void ResumeManager::markInterrupted(const HistoryRecord &record, const QString &reason)
{
    const QString key = record.key();
    m_store->write(key, [key, reason](HistoryStore &s) {
        return s.transaction([&] {
            auto r = s.get(key);
            // Only if nothing else finished it meanwhile.
            if (!r || r->isTerminal() || r->status == QLatin1String(HistoryRecord::StatusInterrupted)) return true;
            r->status = QLatin1String(HistoryRecord::StatusInterrupted);
            r->error = reason;
            return s.update(*r);
        });
    });
    emit markedInterrupted(key, reason);
}

} // namespace sdanim::store
