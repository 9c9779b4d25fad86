#include "sweep/SweepEstimate.h"

#include "session/RunEstimateText.h"
#include "session/RunEstimates.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace sdanim::sweep {

SweepEstimate SweepEstimate::of(const SweepPlan &plan, const model::RunEstimator &estimator, double pricePerSecondUsd,
                                int concurrency, bool localBackend)
{
    SweepEstimate e;
    e.concurrency = qMax(1, concurrency);
    e.priced = !localBackend;
    e.total.learnedFrom = estimator.learnedFrom();
    QList<double> slotEnds(qMin<qsizetype>(e.concurrency, qMax<qsizetype>(1, plan.cells.size())), 0.0);
    for (const SweepCell &cell : plan.cells) {
        model::RunEstimate r = estimator.estimate(model::AnimationPlan::fromInput(cell.input), pricePerSecondUsd);
        if (localBackend) r.usd = r.lowUsd = r.highUsd = 0;
        e.total.seconds += r.seconds;
        e.total.lowSeconds += r.lowSeconds;
        e.total.highSeconds += r.highSeconds;
        e.total.usd += r.usd;
        e.total.lowUsd += r.lowUsd;
        e.total.highUsd += r.highUsd;
        *std::min_element(slotEnds.begin(), slotEnds.end()) += r.seconds;
        e.runs << r;
    }
    e.wallSeconds = *std::max_element(slotEnds.begin(), slotEnds.end());
    return e;
}

SweepEstimate SweepEstimate::of(const SweepPlan &plan, const session::RunEstimates &estimates, int concurrency, bool localBackend)
{
    return of(plan, estimates.estimator(), estimates.pricePerSecondUsd(), concurrency, localBackend);
}

bool SweepEstimate::needsConfirmation(const settings::AppSettings &settings) const
{
    return runs.size() > settings.sweepConfirmRuns() || (priced && total.usd > settings.sweepConfirmUsd());
}

int SweepEstimate::runsWithinBudget(double budgetUsd) const
{
    if (budgetUsd < 0 || !priced) return int(runs.size());
    double committed = 0;
    for (int i = 0; i < runs.size(); ++i) {
        if (committed + runs.at(i).usd > budgetUsd) return i;
        committed += runs.at(i).usd;
    }
    return int(runs.size());
}

QString SweepEstimate::describe() const
{
    QStringList parts;
    parts << QCoreApplication::translate("sdanim::sweep::SweepEstimate", "%n run(s)", nullptr, int(runs.size()));
    parts << QCoreApplication::translate("sdanim::sweep::SweepEstimate", "compute %1").arg(session::RunEstimateText::time(total));
    if (concurrency > 1 && runs.size() > 1) {
        // As RunEstimateText does: whole seconds under 90 s, else minutes with one decimal.
        const QLocale locale;
        const QString time = wallSeconds < 90
            ? QCoreApplication::translate("sdanim::sweep::SweepEstimate", "%1 s").arg(locale.toString(qRound64(wallSeconds)))
            : QCoreApplication::translate("sdanim::sweep::SweepEstimate", "%1 min").arg(locale.toString(wallSeconds / 60, 'f', 1));
        parts << QCoreApplication::translate("sdanim::sweep::SweepEstimate", "about %1 with %2 at once").arg(time).arg(concurrency);
    }
    parts << session::RunEstimateText::price(total, !priced);
    parts << session::RunEstimateText::source(total);
    return parts.join(QStringLiteral(" · "));
}

} // namespace sdanim::sweep
