#pragma once

#include "model/AnimationPlan.h"
#include "model/UnitRates.h"

#include <QList>

namespace sdanim::model {

// One finished cloud prediction as the fitter sees it: what it computed and how long it took.
struct RunSample
{
    ComputeUnits units;       // AnimationPlan::fromInput(input).totalUnits()
    double predictSeconds = 0; // metrics.predict_time
};

// How long a run will take and what it will cost, with a range.
struct RunEstimate
{
    double seconds = 0;
    double lowSeconds = 0;
    double highSeconds = 0;
    double usd = 0;           // seconds × price per second
    double lowUsd = 0;
    double highUsd = 0;
    int learnedFrom = 0;      // finished runs the rates were fitted to; 0 = documented defaults
    bool fromDefaults() const { return learnedFrom == 0; }
};

// Predicts predict_time as overhead + Σ rate × compute units, with rates fitted by non-negative
// least squares (Lawson–Hanson) to the user's own finished runs, or the documented defaults while
// there are fewer than kMinSamples of them. Pure; the caller reads history and passes samples.
class RunEstimator
{
public:
    static constexpr int kMinSamples = 5;
    // The range of an estimate from the documented defaults: ± 25 %, about how far one A100
    // prediction's predict_time drifts from another's for the same input (instance, cache, load).
    static constexpr double kDefaultSpread = 0.25;
    // A fitted range is never narrower than ± 5 % (even a perfect fit cannot know the next
    // instance) nor wider than ± 90 % (the low end stays above 0).
    static constexpr double kMinSpread = 0.05;
    static constexpr double kMaxSpread = 0.9;

    RunEstimator() = default; // documented defaults
    // Samples whose predict time is not a finite number > 0, or whose units are not finite and
    // ≥ 0, are ignored (and not counted in learnedFrom()).
    static RunEstimator fit(const QList<RunSample> &samples);

    const UnitRates &rates() const { return m_rates; }
    int learnedFrom() const { return m_learnedFrom; }
    double relativeSpread() const { return m_relativeSpread; }
    RunEstimate estimate(const AnimationPlan &plan, double pricePerSecondUsd) const;
    RunEstimate estimate(const ComputeUnits &units, double pricePerSecondUsd) const;

private:
    UnitRates m_rates = UnitRates::defaults();
    int m_learnedFrom = 0;
    double m_relativeSpread = kDefaultSpread; // ± fraction for the range; from the fit's residuals once fitted
};

} // namespace sdanim::model
