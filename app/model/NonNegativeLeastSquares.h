#pragma once

#include <vector>

namespace sdanim::model {

// min ‖A x − b‖₂ subject to x ≥ 0, by Lawson and Hanson's active-set algorithm ("Solving Least
// Squares Problems", 1974, ch. 23), for the small dense systems of the run-time fit. The
// unconstrained sub-problems are solved by modified Gram–Schmidt QR (two passes), which drops a
// column that is linearly dependent on the ones already chosen instead of dividing by ~0, so
// rank-deficient input gives a finite, non-negative x. Pure; no allocation beyond the vectors.
class NonNegativeLeastSquares
{
public:
    using Matrix = std::vector<std::vector<double>>; // rows of A, each of the same length n

    // x (n values, all ≥ 0 and finite). Rows of the wrong length, and non-finite entries, are
    // treated as zeros; an empty A gives an empty x.
    static std::vector<double> solve(const Matrix &a, const std::vector<double> &b);

    // The unconstrained least-squares solution using only the columns in `columns` (others 0).
    static std::vector<double> leastSquares(const Matrix &a, const std::vector<double> &b, const std::vector<int> &columns);
};

} // namespace sdanim::model
