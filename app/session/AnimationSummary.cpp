#include "session/AnimationSummary.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace sdanim::session {

QString AnimationSummary::formatSeconds(double seconds)
{
    const QLocale locale;
    QString text = locale.toString(seconds, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString AnimationSummary::describe(const model::AnimationPlan &plan, int emptyPrompts)
{
    const QLocale locale;
    if (emptyPrompts < 0)
        emptyPrompts = int(std::count_if(plan.prompts.begin(), plan.prompts.end(),
                                         [](const QString &p) { return p.trimmed().isEmpty(); }));
    QString keyframes = QCoreApplication::translate("sdanim::session::AnimationSummary", "%n keyframe(s)", nullptr,
                                                    plan.promptCount());
    if (emptyPrompts > 0)
        keyframes = QCoreApplication::translate("sdanim::session::AnimationSummary", "%1 (%2 empty)")
                        .arg(keyframes, locale.toString(emptyPrompts));
    QString segments = QCoreApplication::translate("sdanim::session::AnimationSummary", "%n segment(s)", nullptr,
                                                   plan.segments);
    // The ping-pong segment is denoised like any other (spec §9.4): it is counted, and said.
    if (plan.pingPong)
        segments = QCoreApplication::translate("sdanim::session::AnimationSummary", "%1 (the last one back to the start)")
                       .arg(segments);
    const QString frames = plan.segments > 1
        ? QCoreApplication::translate("sdanim::session::AnimationSummary", "%n frame(s) each", nullptr, plan.animationFrames)
        : QCoreApplication::translate("sdanim::session::AnimationSummary", "%n frame(s)", nullptr, plan.animationFrames);
    QString video = QCoreApplication::translate("sdanim::session::AnimationSummary", "%n video frame(s)", nullptr,
                                                plan.videoFrames);
    if (plan.fps > 0)
        video = QCoreApplication::translate("sdanim::session::AnimationSummary", "%1 ≈ %2 s at %3 fps")
                    .arg(video, formatSeconds(plan.durationSeconds), locale.toString(plan.fps));
    return QCoreApplication::translate("sdanim::session::AnimationSummary", "%1 · %2 · %3 → %4")
        .arg(keyframes, segments, frames, video);
}

QString AnimationSummary::describeInterpolation(const model::AnimationPlan &plan, int maximumSteps)
{
    const QLocale locale;
    if (!plan.film)
        return QCoreApplication::translate("sdanim::session::AnimationSummary",
                                           "Latent interpolation: %n frame(s) per pair, the last latent is never decoded",
                                           nullptr, plan.multiplier);
    const QString doubling = QCoreApplication::translate("sdanim::session::AnimationSummary", "FILM doubles %n time(s): ×%1",
                                                         nullptr, plan.recursions)
                                 .arg(locale.toString(plan.multiplier));
    const int low = model::AnimationPlan::smallestStepsWithSameMultiplier(plan.interpolationSteps);
    const int high = maximumSteps > 0 ? std::min(plan.multiplier, maximumSteps) : plan.multiplier;
    if (high <= low)
        return doubling;
    return QCoreApplication::translate("sdanim::session::AnimationSummary", "%1 — %2 to %3 give the same video")
        .arg(doubling, locale.toString(low), locale.toString(high));
}

std::optional<int> AnimationSummary::smallerEquivalentSteps(const model::AnimationPlan &plan)
{
    if (!plan.film || plan.interpolationSteps < 1)
        return std::nullopt;
    const int smallest = model::AnimationPlan::smallestStepsWithSameMultiplier(plan.interpolationSteps);
    if (smallest >= plan.interpolationSteps)
        return std::nullopt;
    return smallest;
}

} // namespace sdanim::session
