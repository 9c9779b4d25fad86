#include "sweep/SweepSession.h"

#include "api/ApiError.h"
#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "concurrent/FutureCallbacks.h"
#include "queue/QueueController.h"
#include "queue/QueueStore.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/SweepStore.h"
#include "sweep/SweepSpec.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace sdanim::sweep {

SweepSession::SweepSession(store::AsyncHistoryStore *history, store::HistoryRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_recorder(recorder)
{
}

QString SweepSession::animationOf(const QStringList &files)
{
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        const QString suffix = QFileInfo(*it).suffix().toLower();
        if (suffix == QLatin1String("gif") || suffix == QLatin1String("mp4")) return *it;
    }
    return files.isEmpty() ? QString() : files.last();
}

int SweepSession::doneCount() const
{
    int n = 0;
    for (const Cell &c : m_cells)
        n += !c.status.isEmpty() && c.status != QLatin1String("pending") && c.status != QLatin1String("running") ? 1 : 0;
    return n;
}

void SweepSession::start(const SweepPlan &plan, api::Backend *backend, const store::BackendIdentity &identity, int concurrency)
{
    m_plan = plan;
    m_backend = backend;
    showPlan(plan);
    recordSweep(plan, [this, backend, identity, concurrency] { run(backend, identity, concurrency); });
}

void SweepSession::showPlan(const SweepPlan &plan)
{
    m_cells.clear();
    for (const SweepCell &c : plan.cells)
        m_cells << Cell{c.rowLabel, c.columnLabel, c.input, QString(), QStringLiteral("pending"), QString(), QString(), false};
    emit planReady();
}

void SweepSession::recordSweep(const SweepPlan &plan, std::function<void()> then)
{
    if (!m_history) {
        then();
        return;
    }
    const int rows = plan.rowCount(), columns = plan.columnCount();
    const QJsonObject spec = plan.spec, base = plan.base;
    concurrent::FutureCallbacks::onResult(
        m_history->run([spec, base, rows, columns](store::HistoryStore &s) { return store::SweepStore(s).create(spec, base, rows, columns); }),
        this, [this, then](qint64 id) {
            m_sweepId = id;
            if (id <= 0)
                emit failed(QCoreApplication::translate("sdanim::sweep::SweepSession",
                                                        "The history could not record the sweep; its runs are recorded on their own."));
            then();
        });
}

namespace {
bool isTerminal(const QString &status)
{
    return !status.isEmpty() && status != QLatin1String("pending") && status != QLatin1String("running");
}
} // namespace

void SweepSession::startQueued(const SweepPlan &plan, queue::QueueController *queue, const api::Backend *backend,
                               const store::BackendIdentity &identity, const SweepEstimate &estimate, int concurrency)
{
    m_plan = plan;
    m_backend = backend;
    m_queue = queue;
    m_done = false;
    m_cellOfJob.clear();
    m_fetching.clear();
    m_fetched.clear();
    m_canceled = false;
    showPlan(plan);
    connect(queue, &queue::QueueController::jobStarted, this, &SweepSession::onJobStarted);
    connect(queue, &queue::QueueController::loaded, this, &SweepSession::onQueueLoaded);
    recordSweep(plan, [this, identity, estimate, concurrency] { queueCells(identity, estimate, concurrency); });
}

void SweepSession::queueCells(const store::BackendIdentity &identity, const SweepEstimate &estimate, int concurrency)
{
    if (!m_queue) return;
    const QString key = queue::QueueStore::backendKey(identity);
    // Written before the jobs, so the runner never sees them under the old limit.
    m_queue->setConcurrency(key, concurrency);
    QList<queue::QueueJob> jobs;
    for (int i = 0; i < m_plan.cells.size(); ++i) {
        const SweepCell &c = m_plan.cells.at(i);
        queue::QueueJob job;
        job.backend = key;
        job.source = m_sweepId > 0 ? queue::QueueJob::sweepSource(m_sweepId, c.row, c.column) : QStringLiteral("sweep");
        job.deployment = m_backend ? m_backend->deployment() : QString();
        job.input = c.input;
        job.estimateUsd = estimate.priced ? std::max(0.0, estimate.runs.value(i).usd) : 0.0;
        jobs << job;
    }
    m_queue->add(jobs, queue::QueueStore::Place::Back, [this](const QList<qint64> &ids) {
        if (ids.size() != m_cells.size()) {
            const QString why = QCoreApplication::translate("sdanim::sweep::SweepSession", "The queue could not be written; the sweep did not start.");
            for (int i = 0; i < m_cells.size(); ++i) {
                m_cells[i].status = SweepRunner::statusName(SweepRunner::CellStatus::Skipped);
                m_cells[i].error = why;
                emit cellChanged(i);
            }
            emit failed(why);
            finishQueued();
            return;
        }
        for (int i = 0; i < ids.size(); ++i) m_cellOfJob.insert(ids.at(i), i);
        if (m_canceled) cancel();   // canceled while the jobs were being written
    });
}

void SweepSession::onJobStarted(qint64 id, api::PredictionJob *job, const QString &historyKey)
{
    if (m_done || !m_cellOfJob.contains(id) || !job) return;
    const int index = m_cellOfJob.value(id);
    Cell &cell = m_cells[index];
    cell.status = SweepRunner::statusName(SweepRunner::CellStatus::Running);
    cell.historyKey = historyKey;
    cell.error.clear();
    emit cellChanged(index);
    // The files are known to the live job only; the queue's snapshot says the state a moment later.
    connect(job, &api::PredictionJob::finished, this, [this, index, job](const api::Prediction &p) {
        if (m_done) return;
        SweepRunner::CellStatus status = SweepRunner::CellStatus::Failed;
        if (p.status == api::PredictionStatus::Succeeded) status = SweepRunner::CellStatus::Succeeded;
        else if (p.status == api::PredictionStatus::Canceled || p.status == api::PredictionStatus::Aborted) status = SweepRunner::CellStatus::Canceled;
        Cell &c = m_cells[index];
        c.status = SweepRunner::statusName(status);
        c.error = p.error;
        c.file = animationOf(job->localOutputFiles());
        emit cellChanged(index);
    });
    connect(job, &api::PredictionJob::createFailed, this, [this, index](const api::ApiError &e) {
        if (m_done) return;
        Cell &c = m_cells[index];
        // A 429 only sends the job back to the line.
        c.status = e.httpStatus == 429 ? SweepRunner::statusName(SweepRunner::CellStatus::Pending)
                                       : SweepRunner::statusName(SweepRunner::CellStatus::CreateFailed);
        c.error = e.userMessage();
        emit cellChanged(index);
    });
}

void SweepSession::onQueueLoaded(const queue::QueueSnapshot &snapshot)
{
    if (m_done || m_cellOfJob.isEmpty()) return;
    QHash<qint64, queue::QueueJob> jobs;
    for (const queue::QueueJob &j : snapshot.jobs)
        if (m_cellOfJob.contains(j.id)) jobs.insert(j.id, j);
    bool allFinished = true;
    for (auto it = m_cellOfJob.cbegin(); it != m_cellOfJob.cend(); ++it) {
        const int index = it.value();
        Cell &cell = m_cells[index];
        QString status, error;
        const auto found = jobs.constFind(it.key());
        if (found == jobs.cend()) {
            status = SweepRunner::statusName(SweepRunner::CellStatus::Skipped);   // cleared from the queue
        } else {
            const queue::QueueJob &j = *found;
            switch (j.state) {
            case queue::QueueJob::State::Queued:
            case queue::QueueJob::State::Paused:
                status = SweepRunner::statusName(SweepRunner::CellStatus::Pending);
                error = m_queue ? m_queue->waitingReason(j.id) : QString();
                break;
            case queue::QueueJob::State::Running:
                status = SweepRunner::statusName(SweepRunner::CellStatus::Running);
                break;
            case queue::QueueJob::State::Done:
                status = SweepRunner::statusName(SweepRunner::CellStatus::Succeeded);
                break;
            case queue::QueueJob::State::Failed:
                // Without a prediction id nothing was created (the server refused it).
                status = SweepRunner::statusName(j.predictionId.isEmpty() ? SweepRunner::CellStatus::CreateFailed
                                                                          : SweepRunner::CellStatus::Failed);
                error = j.error;
                break;
            case queue::QueueJob::State::Canceled:
                status = SweepRunner::statusName(SweepRunner::CellStatus::Canceled);
                break;
            case queue::QueueJob::State::Removed:
                status = SweepRunner::statusName(SweepRunner::CellStatus::Skipped);
                break;
            }
            if (cell.historyKey.isEmpty() && !j.historyKey.isEmpty()) cell.historyKey = j.historyKey;
        }
        if (!isTerminal(status)) allFinished = false;
        // The live job is ahead of a snapshot read before it ended.
        if (isTerminal(cell.status) && !isTerminal(status)) continue;
        bool changed = false;
        if (cell.status != status) {
            cell.status = status;
            changed = true;
        }
        if ((!error.isEmpty() || !isTerminal(status)) && cell.error != error) {
            cell.error = error;
            changed = true;
        }
        if (status == SweepRunner::statusName(SweepRunner::CellStatus::Succeeded) && cell.file.isEmpty() && !cell.historyKey.isEmpty()
            && !m_fetched.contains(index)) {
            fetchFile(index);
        }
        if (changed) emit cellChanged(index);
    }
    if (allFinished && m_fetching.isEmpty()) finishQueued();
}

void SweepSession::fetchFile(int index)
{
    if (!m_history) return;
    m_fetching.insert(index);
    m_fetched.insert(index);
    const QString key = m_cells.at(index).historyKey;
    concurrent::FutureCallbacks::onResult(m_history->get(key), this, [this, index](const std::optional<store::HistoryRecord> &record) {
        if (record) {
            QStringList files;
            for (const store::OutputFile &f : record->outputs)
                if (!f.path.isEmpty() && QFileInfo::exists(f.path)) files << f.path;
            m_cells[index].file = animationOf(files);
            emit cellChanged(index);
        }
        // Read once: a run that saved nothing stays without a file.
        m_fetching.remove(index);
        if (m_queue) onQueueLoaded(m_queue->snapshot());
    });
}

void SweepSession::finishQueued()
{
    if (m_done) return;
    m_done = true;
    emit finished();
}

void SweepSession::run(api::Backend *backend, const store::BackendIdentity &identity, int concurrency)
{
    auto *runner = new SweepRunner(backend, this);
    m_runner = runner;
    m_done = false;
    runner->setHistory(m_recorder, identity, m_sweepId);
    runner->setConcurrency(concurrency);
    connect(runner, &SweepRunner::cellStarted, this, [this, runner](int index, api::PredictionJob *) {
        m_cells[index].status = SweepRunner::statusName(SweepRunner::CellStatus::Running);
        m_cells[index].historyKey = runner->results().at(index).historyKey;
        emit cellChanged(index);
    });
    connect(runner, &SweepRunner::cellFinished, this, [this, runner](int index) {
        const SweepRunner::CellResult &r = runner->results().at(index);
        Cell &cell = m_cells[index];
        cell.status = SweepRunner::statusName(r.status);
        cell.historyKey = r.historyKey;
        cell.file = animationOf(r.files);
        cell.error = r.error;
        emit cellChanged(index);
    });
    connect(runner, &SweepRunner::finished, this, [this, runner] {
        for (int i = 0; i < m_cells.size(); ++i) {
            const QString status = SweepRunner::statusName(runner->results().at(i).status);
            if (m_cells.at(i).status != status) {
                m_cells[i].status = status;
                emit cellChanged(i);
            }
        }
        m_done = true;
        emit finished();
    });
    runner->start(m_plan);
}

void SweepSession::open(qint64 sweepId, const schema::ModelSchema &schema)
{
    if (!m_history) return;
    concurrent::FutureCallbacks::onResult(
        m_history->run([sweepId](store::HistoryStore &s) { return store::SweepStore(s).get(sweepId); }), this,
        [this, sweepId, schema](const std::optional<store::SweepRecord> &record) {
            if (!record) {
                emit failed(QCoreApplication::translate("sdanim::sweep::SweepSession", "Sweep %1 is not in the history.").arg(sweepId));
                return;
            }
            QStringList errors;
            const auto spec = SweepSpec::fromJson(record->spec, schema, &errors);
            const auto plan = spec ? spec->expand(record->baseInput, schema, -1, &errors) : std::nullopt;
            if (!plan) {
                emit failed(QCoreApplication::translate("sdanim::sweep::SweepSession", "Sweep %1 cannot be shown: %2")
                                .arg(sweepId).arg(errors.join(QLatin1Char(' '))));
                return;
            }
            m_sweepId = sweepId;
            m_plan = *plan;
            m_done = true;
            m_cells.clear();
            for (const SweepCell &c : m_plan.cells)
                m_cells << Cell{c.rowLabel, c.columnLabel, c.input, QString(), QStringLiteral("skipped"), QString(), QString(), false};
            for (const store::SweepRecord::Cell &c : record->cells) {
                const int index = c.row * m_plan.columnCount() + c.column;
                if (c.row < 0 || c.column < 0 || c.column >= m_plan.columnCount() || index >= m_cells.size()) continue;
                Cell &cell = m_cells[index];
                cell.input = c.record.input;
                cell.historyKey = c.record.key();
                cell.status = c.record.status;
                cell.error = c.record.error;
                cell.starred = c.starred;
                QStringList files;
                for (const store::OutputFile &f : c.record.outputs)
                    if (!f.path.isEmpty() && QFileInfo::exists(f.path)) files << f.path;
                cell.file = animationOf(files);
            }
            emit planReady();
            emit finished();
        });
}

void SweepSession::cancel()
{
    if (m_runner) m_runner->cancel();
    if (!m_queue || m_done) return;
    m_canceled = true;
    // Waiting jobs leave the line, running ones are canceled by their runner.
    const QList<queue::QueueJob> &jobs = m_queue->snapshot().jobs;
    for (auto it = m_cellOfJob.cbegin(); it != m_cellOfJob.cend(); ++it) {
        const auto job = std::find_if(jobs.cbegin(), jobs.cend(), [id = it.key()](const queue::QueueJob &j) { return j.id == id; });
        if (job == jobs.cend() || !job->isFinished()) m_queue->remove(it.key());
    }
}

void SweepSession::setStarred(int index, bool starred)
{
    if (index < 0 || index >= m_cells.size() || m_cells.at(index).starred == starred) return;
    m_cells[index].starred = starred;
    emit cellChanged(index);
    const QString key = m_cells.at(index).historyKey;
    if (m_history && !key.isEmpty() && m_sweepId > 0)
        m_history->write(key, [key, starred](store::HistoryStore &s) { return store::SweepStore(s).setStarred(key, starred); });
}

} // namespace sdanim::sweep
