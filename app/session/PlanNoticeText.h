#pragma once

#include "model/AnimationPlan.h"

#include <QString>

namespace sdanim::session {

// The plan's warnings (spec §9.4) in the user's language, for the form (next to the field) and the
// CLI (on stderr). They explain what the model will do; none of them stops a run.
class PlanNoticeText
{
public:
    static QString describe(const model::AnimationPlan::Notice &notice, const model::AnimationPlan &plan);
    // True for notices that describe a likely mistake (shown as a warning); false for the ones
    // that only explain the model's behaviour (shown as a muted hint).
    static bool isWarning(const model::AnimationPlan::Notice &notice);
};

} // namespace sdanim::session
