#pragma once

#include "model/RunEstimator.h"
#include "sweep/SweepPlan.h"

#include <QList>
#include <QString>

namespace sdanim::settings { class AppSettings; }
namespace sdanim::session { class RunEstimates; }

namespace sdanim::sweep {

// The time and cost of a whole sweep from the plan's estimator (model::RunEstimator, the same
// rates `sdanim plan` and the form use): every run priced on its own, then summed. Wall time
// assumes `concurrency` runs at once, each new run taking the first free slot in run order.
struct SweepEstimate
{
    QList<model::RunEstimate> runs;  // per cell, in run order
    model::RunEstimate total;        // sums: compute seconds and USD, with their ranges
    double wallSeconds = 0;          // with `concurrency` at once
    int concurrency = 1;
    bool priced = true;              // false for a local Cog container: free

    static SweepEstimate of(const SweepPlan &plan, const model::RunEstimator &estimator, double pricePerSecondUsd,
                            int concurrency, bool localBackend);
    // With the rates and the price the form's estimates use, so the grid and the form agree.
    static SweepEstimate of(const SweepPlan &plan, const session::RunEstimates &estimates, int concurrency, bool localBackend);

    // Above AppSettings::sweepConfirmRuns() runs or sweepConfirmUsd() dollars: ask first.
    bool needsConfirmation(const settings::AppSettings &settings) const;
    // How many runs, in order, start under a budget: a run starts only while the estimated cost
    // of the ones before it plus its own stays within `budgetUsd` (SweepRunner's rule, before any
    // has finished). All of them when unpriced or `budgetUsd` < 0 (no budget).
    int runsWithinBudget(double budgetUsd) const;

    // "6 runs · compute ≈ 55 s (45–66 s) · about 20 s with 3 at once · $0.063 (0.052–0.076) · learned from 12 runs"
    QString describe() const;
};

} // namespace sdanim::sweep
