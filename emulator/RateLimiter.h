#pragma once

#include <QMutex>

namespace sdanim::emulator {

// Replicate's documented limits (600 creates/min, 3000/min for everything else) as two token
// buckets that refill continuously, which is what makes `ratelimit-reset` read 1 in real responses.
class RateLimiter
{
public:
    enum class Bucket { Create, Other };
    struct Decision
    {
        bool allowed = true;
        int remaining = 0;        // ratelimit-remaining
        int resetSeconds = 1;     // ratelimit-reset: seconds until the bucket is full again
        int retryAfterSeconds = 0;// when refused: seconds until one request is allowed
    };

    RateLimiter(int createPerMinute, int otherPerMinute);
    Decision take(Bucket bucket);
    void reset();

private:
    struct State
    {
        double capacity = 0;
        double tokens = 0;
        qint64 updatedNs = 0;
    };
    State &state(Bucket bucket) { return bucket == Bucket::Create ? m_create : m_other; }
    static void refill(State &s, qint64 nowNs);

    QMutex m_mutex;
    State m_create;
    State m_other;
};

} // namespace sdanim::emulator
