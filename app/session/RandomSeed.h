#pragma once

#include <QtGlobal>

namespace sdanim::session {

// The seed of a run left on "random", drawn by the app so that every run records the seed it used.
// The model draws its own seed for an omitted one from only 0 … 65535 (two random bytes, see
// docs/model.md); the app uses the full non-negative 31-bit range instead, so that a user's runs
// rarely share a seed (with 65536 values, two runs in 300 already share one about half the time).
class RandomSeed
{
public:
    static constexpr qint64 Max = 2147483647;   // 2^31 − 1: fits every int32 seed parameter

    // Uniform in 0 … Max.
    static qint64 draw();
};

} // namespace sdanim::session
