#include "model/RunEstimator.h"

#include "model/NonNegativeLeastSquares.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sdanim::model {

namespace {

constexpr int kParameters = 5; // overhead, unet, vae, film, encode

// Weight of the pull towards the documented defaults, in seconds of a parameter's typical
// contribution to a run (see fit()). Small enough that any direction the history determines is
// decided by the history (a bias of about (kPriorWeight / singular value)², far below 0.1 %), large
// enough that a direction it cannot see (all runs alike, never FILM, …) stays at the default.
constexpr double kPriorWeight = 1e-3;

std::array<double, kParameters> features(const ComputeUnits &u)
{
    return {1.0, u.unet, u.vae, u.film, u.encode};
}

std::array<double, kParameters> parameters(const UnitRates &r)
{
    return {r.overhead, r.unet, r.vae, r.film, r.encode};
}

bool usable(const RunSample &s)
{
    const auto f = features(s.units);
    for (double v : f)
        if (!std::isfinite(v) || v < 0)
            return false;
    return std::isfinite(s.predictSeconds) && s.predictSeconds > 0;
}

double finiteOrZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

} // namespace

RunEstimator RunEstimator::fit(const QList<RunSample> &samples)
{
    QList<RunSample> valid;
    for (const RunSample &s : samples)
        if (usable(s))
            valid << s;
    RunEstimator e;
    if (valid.size() < kMinSamples)
        return e;

    // Relative errors count, not seconds: each row is divided by its own predict time, so a 10 s
    // draft weighs as much as a 10 min 1024² run (and the spread below is relative too).
    const int m = int(valid.size());
    NonNegativeLeastSquares::Matrix a;
    std::vector<double> b;
    a.reserve(std::size_t(m + kParameters));
    for (const RunSample &s : valid) {
        const auto f = features(s.units);
        std::vector<double> row(kParameters);
        for (int j = 0; j < kParameters; ++j)
            row[std::size_t(j)] = f[std::size_t(j)] / s.predictSeconds;
        a.push_back(std::move(row));
        b.push_back(1.0);
    }
    // Columns are scaled to RMS 1 so that one tolerance and one prior weight fit units that
    // differ by 10⁴ (UNet evaluations vs. VAE decodes). Scaled parameter j is then the share of a
    // typical run's time that parameter j explains.
    std::array<double, kParameters> scale{};
    for (int j = 0; j < kParameters; ++j) {
        double sum = 0;
        for (const auto &row : a)
            sum += row[std::size_t(j)] * row[std::size_t(j)];
        const double rms = std::sqrt(sum / m);
        scale[std::size_t(j)] = rms > 0 && std::isfinite(rms) ? rms : 1.0;
        for (auto &row : a)
            row[std::size_t(j)] /= scale[std::size_t(j)];
    }
    // A weak prior (ridge towards the documented defaults, as extra rows of the same NNLS): rates
    // the history cannot separate keep their default instead of an arbitrary split. For example
    // frames encoded = VAE decodes + FILM inferences − the 2 keyframe decodes for every input, so
    // only sizes and step counts that vary across runs tell the encode rate apart.
    const auto prior = parameters(UnitRates::defaults());
    for (int j = 0; j < kParameters; ++j) {
        std::vector<double> row(kParameters, 0.0);
        row[std::size_t(j)] = kPriorWeight;
        a.push_back(std::move(row));
        b.push_back(kPriorWeight * prior[std::size_t(j)] * scale[std::size_t(j)]);
    }
    const std::vector<double> y = NonNegativeLeastSquares::solve(a, b);
    std::array<double, kParameters> x{};
    for (int j = 0; j < kParameters; ++j)
        x[std::size_t(j)] = std::max(0.0, finiteOrZero(y[std::size_t(j)] / scale[std::size_t(j)]));
    e.m_rates.overhead = x[0];
    e.m_rates.unet = x[1];
    e.m_rates.vae = x[2];
    e.m_rates.film = x[3];
    e.m_rates.encode = x[4];
    e.m_learnedFrom = m;

    // The range: the root mean square of the relative residuals (t − t̂)/t̂ with n − 5 degrees of
    // freedom (at least 1), times 1.645 — a ≈ 90 % interval if the residuals are roughly normal —
    // clamped to [kMinSpread, kMaxSpread].
    double sum = 0;
    for (const RunSample &s : valid) {
        const double predicted = e.m_rates.predictSeconds(s.units);
        const double r = predicted > 0 ? (s.predictSeconds - predicted) / predicted : 1.0;
        sum += r * r;
    }
    const double rms = std::sqrt(sum / std::max(1, m - kParameters));
    e.m_relativeSpread = std::isfinite(rms) ? std::clamp(1.645 * rms, kMinSpread, kMaxSpread) : kMaxSpread;
    return e;
}

RunEstimate RunEstimator::estimate(const AnimationPlan &plan, double pricePerSecondUsd) const
{
    return estimate(plan.totalUnits(), pricePerSecondUsd);
}

RunEstimate RunEstimator::estimate(const ComputeUnits &units, double pricePerSecondUsd) const
{
    ComputeUnits u;
    u.unet = std::max(0.0, finiteOrZero(units.unet));
    u.vae = std::max(0.0, finiteOrZero(units.vae));
    u.film = std::max(0.0, finiteOrZero(units.film));
    u.encode = std::max(0.0, finiteOrZero(units.encode));
    const double price = std::isfinite(pricePerSecondUsd) ? std::max(0.0, pricePerSecondUsd) : 0.0;
    RunEstimate r;
    r.seconds = finiteOrZero(m_rates.predictSeconds(u));
    r.lowSeconds = r.seconds * (1.0 - m_relativeSpread);
    r.highSeconds = r.seconds * (1.0 + m_relativeSpread);
    r.usd = r.seconds * price;
    r.lowUsd = r.lowSeconds * price;
    r.highUsd = r.highSeconds * price;
    r.learnedFrom = m_learnedFrom;
    return r;
}

} // namespace sdanim::model
