#pragma once

#include "storyboard/Storyboard.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepPlan.h"

namespace sdanim::storyboard {

// The time and cost of a storyboard before it runs: each transition priced by the plan's
// estimator as a sweep's runs are (sweep::SweepEstimate, one run at a time), for the whole
// storyboard and for the transitions that a run would start now (the others are kept).
struct StoryboardEstimate
{
    sweep::SweepEstimate whole;   // every transition
    sweep::SweepEstimate toRun;   // only `pending`
    QList<int> pending;
    int stitchedFrames = 0;
    double durationSeconds = 0;

    static StoryboardEstimate of(const Storyboard &storyboard, const QList<int> &pending, const model::RunEstimator &estimator,
                                 double pricePerSecondUsd, bool localBackend);
    // The transitions `indexes` as a sweep's runs, in that order (SweepCell::index: the transition).
    static sweep::SweepPlan planOf(const Storyboard &storyboard, const QList<int> &indexes);

    // "3 transitions, 217 frames (10.9 s) · whole: … · to run now: 1 run · compute … · $…"
    QString describe() const;
};

} // namespace sdanim::storyboard
