#include "sweep/SweepRunner.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/SweepStore.h"

#include <QTimer>

namespace sdanim::sweep {

SweepRunner::SweepRunner(api::Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

void SweepRunner::setHistory(store::HistoryRecorder *recorder, const store::BackendIdentity &identity, qint64 sweepId)
{
    m_recorder = recorder;
    m_identity = identity;
    m_sweepId = sweepId;
}

void SweepRunner::setBudget(double usd, const SweepEstimate &estimate, double pricePerSecondUsd)
{
    m_budgetUsd = usd;
    m_estimate = estimate;
    m_pricePerSecondUsd = pricePerSecondUsd;
}

QString SweepRunner::statusName(CellStatus status)
{
    switch (status) {
    case CellStatus::Pending: return QStringLiteral("pending");
    case CellStatus::Running: return QStringLiteral("running");
    case CellStatus::Succeeded: return QStringLiteral("succeeded");
    case CellStatus::Failed: return QStringLiteral("failed");
    case CellStatus::Canceled: return QStringLiteral("canceled");
    case CellStatus::CreateFailed: return QStringLiteral("not_created");
    case CellStatus::Skipped: return QStringLiteral("skipped");
    }
    return QString();
}

void SweepRunner::start(const SweepPlan &plan)
{
    m_plan = plan;
    m_results = QList<CellResult>(plan.cells.size());
    m_jobs = QList<QPointer<api::PredictionJob>>(plan.cells.size());
    m_next = 0;
    m_stopped = m_budgetStopped = m_finished = false;
    pump();
}

int SweepRunner::runningCount() const
{
    int n = 0;
    for (const CellResult &r : m_results) n += r.status == CellStatus::Running ? 1 : 0;
    return n;
}

double SweepRunner::estimateUsd(int index) const
{
    return m_estimate.priced ? m_estimate.runs.value(index).usd : 0.0;
}

double SweepRunner::committedUsd() const
{
    double usd = 0;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).status == CellStatus::Running) usd += estimateUsd(i);
        else usd += m_results.at(i).usd;
    }
    return usd;
}

void SweepRunner::skipRest()
{
    for (int i = m_next; i < m_results.size(); ++i)
        if (m_results.at(i).status == CellStatus::Pending) m_results[i].status = CellStatus::Skipped;
    m_next = int(m_results.size());
}

void SweepRunner::pump()
{
    while (!m_stopped && m_next < m_results.size() && runningCount() < m_concurrency) {
        const int index = m_next;
        if (m_budgetUsd >= 0) {
            const double committed = committedUsd();
            const double next = estimateUsd(index);
            if (committed + next > m_budgetUsd) {
                m_stopped = m_budgetStopped = true;
                skipRest();
                emit budgetStopped(index, committed, next, m_budgetUsd);
                break;
            }
        }
        ++m_next;
        startCell(index);
    }
    if (!m_finished && runningCount() == 0 && (m_stopped || m_next >= m_results.size())) {
        m_finished = true;
        // Queued: a handler may delete the runner, and pump() can run inside a job's signal.
        QTimer::singleShot(0, this, &SweepRunner::finished);
    }
}

void SweepRunner::startCell(int index)
{
    const SweepCell &cell = m_plan.cells.at(index);
    api::PredictionJob *job = m_backend->createJob(cell.input, this);
    m_jobs[index] = job;
    m_results[index].status = CellStatus::Running;
    if (m_recorder) {
        const QString key = m_recorder->track(job, m_identity);
        m_results[index].historyKey = key;
        if (m_sweepId > 0) {
            // Queued after the row's insert on the same history thread, so the row exists.
            const qint64 sweepId = m_sweepId;
            const int row = cell.row, column = cell.column;
            m_recorder->store()->write(key, [sweepId, key, row, column](store::HistoryStore &s) {
                return store::SweepStore(s).link(sweepId, key, row, column);
            });
        }
    }
    connect(job, &api::PredictionJob::updated, this, [this, index](const api::Prediction &p) { m_results[index].prediction = p; });
    connect(job, &api::PredictionJob::createFailed, this, [this, index](const api::ApiError &e) {
        m_results[index].rejectedInput = !e.fieldErrors.isEmpty();
        endCell(index, api::Prediction(), CellStatus::CreateFailed, e.userMessage());
    });
    connect(job, &api::PredictionJob::finished, this, [this, index](const api::Prediction &p) {
        CellStatus status = CellStatus::Failed;
        if (p.status == api::PredictionStatus::Succeeded) status = CellStatus::Succeeded;
        else if (p.status == api::PredictionStatus::Canceled || p.status == api::PredictionStatus::Aborted) status = CellStatus::Canceled;
        endCell(index, p, status, p.error);
    });
    emit cellStarted(index, job);
    job->start();
}

void SweepRunner::endCell(int index, const api::Prediction &p, CellStatus status, const QString &error)
{
    CellResult &r = m_results[index];
    if (r.status != CellStatus::Running) return;
    r.status = status;
    if (status != CellStatus::CreateFailed) r.prediction = p;
    r.error = error;
    if (m_jobs.at(index)) r.files = m_jobs.at(index)->localOutputFiles();
    if (status == CellStatus::CreateFailed) r.usd = 0;   // nothing ran
    else if (m_identity.name == QLatin1String("cloud") && p.predictTime >= 0) r.usd = p.predictTime * m_pricePerSecondUsd;
    else r.usd = estimateUsd(index);
    emit cellFinished(index);
    pump();
}

void SweepRunner::cancel()
{
    m_stopped = true;
    skipRest();
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_results.at(i).status == CellStatus::Running && m_jobs.at(i)) m_jobs.at(i)->cancel();
    pump();
}

} // namespace sdanim::sweep
