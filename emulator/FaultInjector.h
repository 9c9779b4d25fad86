#pragma once

#include "emulator/FaultPlan.h"

#include <QMutex>

namespace sdanim::emulator {

// The live fault plan shared by all request threads. Every take*() consumes one unit of a "next N"
// counter atomically, so concurrent requests never both claim the same injected fault.
class FaultInjector
{
public:
    void setPlan(const FaultPlan &plan);
    FaultPlan plan() const;
    void reset();

    int latencyMs() const;
    bool takeRateLimitBurst();
    int takeServerError(); // 0 when none is pending
    bool takeDropJson();
    bool takeDropFile();
    bool takeStuckStarting();
    bool takeAbort();
    bool takeMalformedJson();
    bool duplicateKeys() const;
    bool variedTimestamps() const;
    bool legacyShapes() const;

private:
    bool take(int FaultPlan::*counter);

    mutable QMutex m_mutex;
    FaultPlan m_plan;
};

} // namespace sdanim::emulator
