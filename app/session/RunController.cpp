#include "session/RunController.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "session/Run.h"
#include "api/ReplicateBackend.h"
#include "store/HistoryRecorder.h"
#include "store/ResumeManager.h"

namespace sdanim::session {

RunController::RunController(QObject *parent)
    : QObject(parent)
{
}

void RunController::setBackend(api::Backend *backend, const store::BackendIdentity &identity)
{
    m_backend = backend;
    m_identity = identity;
    shareRecordedCheck();
    if (m_resumesOrphans) resumeOrphans();
}

void RunController::setRecorder(store::HistoryRecorder *recorder)
{
    m_recorder = recorder;
    shareRecordedCheck();
}

void RunController::shareRecordedCheck()
{
    if (m_backend && m_recorder && m_recorder->store()) m_backend->setRecordedCheck(m_recorder->store()->recordedCheck());
}

void RunController::resumeOrphans()
{
    if (!m_backend || !m_recorder || !m_recorder->store()) return;
    // Each pass claims what it resumes, so passes for later backends (or the same one rebuilt)
    // never pick up a run this process already follows.
    auto *resume = new store::ResumeManager(m_recorder->store(), m_recorder, m_backend, m_identity, this);
    if (auto *replicate = qobject_cast<api::ReplicateBackend *>(m_backend.data())) resume->setModel(replicate->model());
    connect(resume, &store::ResumeManager::resumed, this,
            [this](api::PredictionJob *job, const store::HistoryRecord &record) { adopt(job, record.key()); });
    connect(resume, &store::ResumeManager::allFinished, resume, &QObject::deleteLater);
    resume->start();
}

Run *RunController::start(const QJsonObject &input)
{
    if (!m_backend)
        return nullptr;
    api::PredictionJob *job = m_backend->createJob(input, this);
    if (!job)
        return nullptr;
    Run *run = add(job, input);
    run->setBackend(m_backend);
    // Tracked before start(): the history holds a row before the request leaves.
    if (m_recorder)
        run->setHistoryKey(m_recorder->track(job, m_identity));
    job->start();
    return run;
}

Run *RunController::adopt(api::PredictionJob *job, const QString &historyKey)
{
    Run *run = add(job, job->input().isEmpty() ? job->prediction().input : job->input());
    run->setHistoryKey(historyKey);
    run->setBackend(m_backend);  // resumed on the current backend
    return run;
}

Run *RunController::add(api::PredictionJob *job, const QJsonObject &input)
{
    auto *run = new Run(job, input, this);
    job->setParent(run);
    m_runs.prepend(run);
    connect(run, &Run::finished, this, [this, run] {
        emit runFinished(run);
        emit activeCountChanged(activeCount());
    });
    emit runAdded(run);
    emit activeCountChanged(activeCount());
    return run;
}

void RunController::dismiss(Run *run)
{
    if (!m_runs.contains(run) || run->isActive())
        return;
    m_runs.removeOne(run);
    emit runRemoved(run);
    run->deleteLater();
}

void RunController::cancelAll()
{
    for (Run *run : m_runs) run->cancel();
}

bool RunController::isBackendInUse(const api::Backend *backend) const
{
    for (const Run *run : m_runs)
        if (run->isActive() && run->backend() == backend) return true;
    return false;
}

int RunController::activeCount() const
{
    int n = 0;
    for (const Run *run : m_runs) n += run->isActive() ? 1 : 0;
    return n;
}

} // namespace sdanim::session
