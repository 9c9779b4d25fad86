#include "store/ResumeManager.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"

#include <QCoreApplication>

namespace sdanim::store {

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
    m_store->run([](HistoryStore &s) { return s.nonTerminal(); })
        .then(this, [this](const QList<HistoryRecord> &rows) { onRows(rows); });
}

void ResumeManager::onRows(const QList<HistoryRecord> &rows)
{
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-StaleCreateSeconds);
    for (const HistoryRecord &r : rows) {
        if (r.id.isEmpty()) {
            // Another process may be creating it right now; only an old row is surely orphaned.
            if (r.createdAt < staleBefore)
                markInterrupted(r, tr("The app stopped before the server confirmed this prediction. "
                                      "If it was created anyway, `sdanim history --import` brings it back."));
            continue;
        }
        if (!r.resumable) {
            markInterrupted(r, r.backend == QLatin1String("emulator")
                                   ? tr("The offline emulator that ran this preview stopped with the app.")
                                   : tr("The local Cog container keeps no predictions; this run cannot be followed again."));
            continue;
        }
        if (r.backend != m_current.name || r.baseUrl != m_current.baseUrl || !m_backend) continue;
        api::PredictionJob *job = m_backend->resumeJob(r.toPrediction(), this);
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
