#pragma once

#include "model/AnimationPlan.h"

#include <QString>
#include <optional>

namespace sdanim::session {

// The plan of an input put into words for the form: what the video will be, and what FILM or the
// latent interpolation make of num_interpolation_steps. Text only: every number comes from
// model::AnimationPlan, so the form can never disagree with the model (spec §9.4).
class AnimationSummary
{
public:
    // "2 keyframes · 1 segment · 10 frames → 73 video frames ≈ 3.65 s at 20 fps" (translated).
    // `emptyPrompts` is how many of the keyframes the user left blank; the plan's own count of
    // blank prompts is used when it is negative.
    static QString describe(const model::AnimationPlan &plan, int emptyPrompts = -1);
    // "FILM doubles 3 times: ×8 — 5 to 8 give the same video" or, with FILM off, "Latent
    // interpolation: 5 frames per pair, the last latent is never decoded". `maximumSteps` is the
    // field's schema maximum (no cap when ≤ 0).
    static QString describeInterpolation(const model::AnimationPlan &plan, int maximumSteps);
    // The smallest num_interpolation_steps that gives the same video, when it is not the current one.
    static std::optional<int> smallerEquivalentSteps(const model::AnimationPlan &plan);
    // Seconds with at most two decimals in the user's locale ("3.65", "2.5", "150").
    static QString formatSeconds(double seconds);
};

} // namespace sdanim::session
