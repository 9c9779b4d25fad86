#include "emulator/RateLimiter.h"

#include "emulator/EmulatorClock.h"

#include <algorithm>
#include <cmath>

namespace sdanim::emulator {

RateLimiter::RateLimiter(int createPerMinute, int otherPerMinute)
{
    m_create.capacity = std::max(1, createPerMinute);
    m_other.capacity = std::max(1, otherPerMinute);
    reset();
}

void RateLimiter::reset()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = EmulatorClock::nowNs();
    for (State *s : {&m_create, &m_other}) {
        s->tokens = s->capacity;
        s->updatedNs = now;
    }
}

void RateLimiter::refill(State &s, qint64 nowNs)
{
    const double perSecond = s.capacity / 60.0;
    s.tokens = std::min(s.capacity, s.tokens + EmulatorClock::toSeconds(nowNs - s.updatedNs) * perSecond);
    s.updatedNs = nowNs;
}

RateLimiter::Decision RateLimiter::take(Bucket bucket)
{
    QMutexLocker lock(&m_mutex);
    State &s = state(bucket);
    refill(s, EmulatorClock::nowNs());
    const double perSecond = s.capacity / 60.0;
    Decision d;
    if (s.tokens >= 1.0) {
        s.tokens -= 1.0;
    } else {
        d.allowed = false;
        d.retryAfterSeconds = std::max(1, int(std::ceil((1.0 - s.tokens) / perSecond)));
    }
    d.remaining = int(std::floor(s.tokens));
    d.resetSeconds = std::max(1, int(std::ceil((s.capacity - s.tokens) / perSecond)));
    return d;
}

} // namespace sdanim::emulator
