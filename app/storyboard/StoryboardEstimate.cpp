#include "storyboard/StoryboardEstimate.h"

#include <QCoreApplication>
#include <QLocale>

namespace sdanim::storyboard {

sweep::SweepPlan StoryboardEstimate::planOf(const Storyboard &storyboard, const QList<int> &indexes)
{
    sweep::SweepPlan plan;
    for (int k : indexes) {
        sweep::SweepCell cell;
        cell.index = k;
        cell.column = int(plan.cells.size());
        cell.columnLabel = QCoreApplication::translate("sdanim::storyboard::StoryboardEstimate", "transition %1").arg(k + 1);
        cell.input = storyboard.inputFor(k);
        plan.columnLabels << cell.columnLabel;
        plan.cells << cell;
    }
    plan.rowLabels << QString();
    return plan;
}

StoryboardEstimate StoryboardEstimate::of(const Storyboard &storyboard, const QList<int> &pending, const model::RunEstimator &estimator,
                                          double pricePerSecondUsd, bool localBackend)
{
    QList<int> all;
    for (int i = 0; i < storyboard.transitionCount(); ++i) all << i;
    StoryboardEstimate e;
    e.whole = sweep::SweepEstimate::of(planOf(storyboard, all), estimator, pricePerSecondUsd, 1, localBackend);
    e.toRun = sweep::SweepEstimate::of(planOf(storyboard, pending), estimator, pricePerSecondUsd, 1, localBackend);
    e.pending = pending;
    e.stitchedFrames = storyboard.stitchedFrames();
    e.durationSeconds = storyboard.fps > 0 ? double(e.stitchedFrames) / storyboard.fps : 0;
    return e;
}

QString StoryboardEstimate::describe() const
{
    const QString head = QCoreApplication::translate("sdanim::storyboard::StoryboardEstimate", "%n transition(s)", nullptr, int(whole.runs.size()))
                         + QStringLiteral(", ")
                         + QCoreApplication::translate("sdanim::storyboard::StoryboardEstimate", "%n frame(s)", nullptr, stitchedFrames)
                         + QStringLiteral(" (%1 s)").arg(QLocale().toString(durationSeconds, 'f', 1));
    QStringList parts{head, QCoreApplication::translate("sdanim::storyboard::StoryboardEstimate", "whole storyboard: %1").arg(whole.describe())};
    if (pending.size() == whole.runs.size()) return parts.join(QStringLiteral("\n"));
    parts << (pending.isEmpty() ? QCoreApplication::translate("sdanim::storyboard::StoryboardEstimate", "to run now: nothing (every transition is up to date)")
                                : QCoreApplication::translate("sdanim::storyboard::StoryboardEstimate", "to run now: %1").arg(toRun.describe()));
    return parts.join(QStringLiteral("\n"));
}

} // namespace sdanim::storyboard
