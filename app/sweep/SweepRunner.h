#pragma once

#include "api/Prediction.h"
#include "store/BackendIdentity.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepPlan.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sdanim::api { class Backend; class PredictionJob; }
namespace sdanim::store { class HistoryRecorder; }

namespace sdanim::sweep {

// Runs the cells of a SweepPlan against one backend, at most concurrency() at once, in run order,
// each recorded in the history (HistoryRecorder) and linked to its sweep and grid cell
// (store::SweepStore). With a budget, a run starts only while what was spent (finished runs:
// their cost from predict_time on the cloud, else their estimate, since the emulator stands in
// for Replicate) plus the estimates of the running ones plus its own estimate stays within it;
// the first run that would exceed it stops the sweep from starting any more (budgetStopped), and
// the rest are Skipped. The CLI's `sdanim sweep` drives it; the grid and the queue build on it.
class SweepRunner : public QObject
{
    Q_OBJECT
public:
    enum class CellStatus { Pending, Running, Succeeded, Failed, Canceled, CreateFailed, Skipped };
    struct CellResult
    {
        CellStatus status = CellStatus::Pending;
        QString historyKey;         // local id of its history row
        api::Prediction prediction; // the last the job reported
        QStringList files;          // saved outputs, in order
        QString error;
        bool rejectedInput = false; // CreateFailed with field errors (a 422)
        double usd = 0;             // what it counts against the budget
    };

    explicit SweepRunner(api::Backend *backend, QObject *parent = nullptr);

    // Records every run through `recorder` with `identity`; with a `sweepId` > 0 each history row
    // is linked to that sweep and its cell.
    void setHistory(store::HistoryRecorder *recorder, const store::BackendIdentity &identity, qint64 sweepId);
    void setConcurrency(int runs) { m_concurrency = qMax(1, runs); }
    int concurrency() const { return m_concurrency; }
    // USD; negative: no budget. `estimate` prices the runs that have not finished.
    void setBudget(double usd, const SweepEstimate &estimate, double pricePerSecondUsd);

    void start(const SweepPlan &plan);
    // Cancels the running predictions and starts no more (the rest end Skipped).
    void cancel();

    const SweepPlan &plan() const { return m_plan; }
    const QList<CellResult> &results() const { return m_results; }
    int runningCount() const;
    bool stoppedByBudget() const { return m_budgetStopped; }
    double committedUsd() const;   // spent + estimates of the running runs
    static QString statusName(CellStatus status);   // "succeeded", "skipped", … (stable, for --json)

signals:
    void cellStarted(int index, sdanim::api::PredictionJob *job);
    void cellFinished(int index);
    // Run `index` was not started: `committedUsd` + `nextUsd` would exceed the budget.
    void budgetStopped(int index, double committedUsd, double nextUsd, double budgetUsd);
    void finished();

private:
    void pump();
    void startCell(int index);
    void endCell(int index, const api::Prediction &p, CellStatus status, const QString &error);
    double estimateUsd(int index) const;
    void skipRest();

    api::Backend *m_backend;
    store::HistoryRecorder *m_recorder = nullptr;
    store::BackendIdentity m_identity;
    qint64 m_sweepId = 0;
    int m_concurrency = 1;
    double m_budgetUsd = -1;
    double m_pricePerSecondUsd = 0;
    SweepEstimate m_estimate;
    SweepPlan m_plan;
    QList<CellResult> m_results;
    QList<QPointer<api::PredictionJob>> m_jobs;
    int m_next = 0;
    bool m_stopped = false;
    bool m_budgetStopped = false;
    bool m_finished = false;
};

} // namespace sdanim::sweep
