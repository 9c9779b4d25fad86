#include "session/PlanNoticeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace sdanim::session {

QString PlanNoticeText::describe(const model::AnimationPlan::Notice &notice, const model::AnimationPlan &plan)
{
    using W = model::AnimationPlan::Warning;
    const QLocale locale;
    switch (notice.warning) {
    case W::StrengthNotPositive:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "Strength %1 is not above 0: the frames get no denoising steps of their own, so every "
                  "frame looks the same. The useful range is between 0 and 1.")
            .arg(locale.toString(plan.promptStrength));
    case W::StrengthOne:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "Strength 1 leaves no shared start: every frame is denoised on its own, so the "
                  "animation jumps. The useful range is between 0 and 1.");
    case W::StrengthAboveOne:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "Strength %1 is above 1: the model then denoises each frame for only the last %n "
                  "step(s) (Python's negative slice). Accepted, but rarely intended; the useful range is "
                  "between 0 and 1.", nullptr, plan.stepsPerFrame)
            .arg(locale.toString(plan.promptStrength));
    case W::EmptyStartPrompt:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "The start prompt is empty: the model renders an unconditioned image for it.");
    case W::EmptyEndPrompt:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "End prompt %1 is empty: the model renders an unconditioned image for it.")
            .arg(locale.toString(notice.index + 1));
    case W::LastPromptNeverReached:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "Without ping-pong the animation approaches the last prompt but never fully shows it: "
                  "each segment stops one frame short of its target.");
    case W::PingPongExtraSegment:
        return QCoreApplication::translate("sdanim::session::PlanNoticeText",
                                       "Ping-pong renders a whole extra segment back to the start prompt: %n more frame(s) to "
                  "denoise, not a reversed copy.", nullptr, plan.animationFrames);
    }
    return {};
}

bool PlanNoticeText::isWarning(const model::AnimationPlan::Notice &notice)
{
    using W = model::AnimationPlan::Warning;
    return notice.warning != W::LastPromptNeverReached && notice.warning != W::PingPongExtraSegment;
}

} // namespace sdanim::session
