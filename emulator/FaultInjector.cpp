#include "emulator/FaultInjector.h"

namespace sdanim::emulator {

void FaultInjector::setPlan(const FaultPlan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
}

FaultPlan FaultInjector::plan() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

void FaultInjector::reset()
{
    setPlan(FaultPlan());
}

int FaultInjector::latencyMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan.latencyMs;
}

bool FaultInjector::take(int FaultPlan::*counter)
{
    QMutexLocker lock(&m_mutex);
    if (m_plan.*counter <= 0)
        return false;
    --(m_plan.*counter);
    return true;
}

bool FaultInjector::takeRateLimitBurst() { return take(&FaultPlan::rateLimitBurst); }
bool FaultInjector::takeDropJson() { return take(&FaultPlan::dropJson); }
bool FaultInjector::takeDropFile() { return take(&FaultPlan::dropFile); }
bool FaultInjector::takeStuckStarting() { return take(&FaultPlan::stuckStarting); }
bool FaultInjector::takeAbort() { return take(&FaultPlan::abort); }
bool FaultInjector::takeMalformedJson() { return take(&FaultPlan::malformedJson); }

int FaultInjector::takeServerError()
{
    QMutexLocker lock(&m_mutex);
    return m_plan.serverErrors.isEmpty() ? 0 : m_plan.serverErrors.takeFirst();
}

bool FaultInjector::duplicateKeys() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan.duplicateKeys;
}

bool FaultInjector::variedTimestamps() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan.variedTimestamps;
}

bool FaultInjector::legacyShapes() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan.legacyShapes;
}

} // namespace sdanim::emulator
