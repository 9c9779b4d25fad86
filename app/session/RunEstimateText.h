#pragma once

#include "model/RunEstimator.h"

#include <QString>

namespace sdanim::session {

// A run estimate in the user's language, for the form, the run row and `sdanim plan`:
//   "≈ 55 s (45–66 s) · $0.063 (0.052–0.076) · learned from 12 runs"
//   "≈ 3.2 min (2.4–4.0 min) · free (local) · documented A100 defaults"
// Times under 90 s are whole seconds, longer ones minutes with one decimal; numbers use QLocale.
class RunEstimateText
{
public:
    // The whole line: time, price (or "free (local)" for local backends) and where the rates came from.
    static QString describe(const model::RunEstimate &estimate, bool localBackend);

    // The parts of describe(), for places that show them separately.
    static QString time(const model::RunEstimate &estimate);                    // "≈ 55 s (45–66 s)"
    static QString price(const model::RunEstimate &estimate, bool localBackend); // "$0.063 (0.052–0.076)"
    static QString source(const model::RunEstimate &estimate);                  // "learned from 12 runs"
};

} // namespace sdanim::session
