#include "model/NonNegativeLeastSquares.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sdanim::model {

namespace {

double at(const NonNegativeLeastSquares::Matrix &a, std::size_t row, std::size_t col)
{
    const auto &r = a[row];
    const double v = col < r.size() ? r[col] : 0.0;
    return std::isfinite(v) ? v : 0.0;
}

double value(const std::vector<double> &b, std::size_t i)
{
    const double v = i < b.size() ? b[i] : 0.0;
    return std::isfinite(v) ? v : 0.0;
}

std::size_t columnCount(const NonNegativeLeastSquares::Matrix &a)
{
    return a.empty() ? 0 : a.front().size();
}

// Aᵀ (b − A x): the negative gradient, the Lagrange multipliers of Lawson–Hanson.
std::vector<double> dual(const NonNegativeLeastSquares::Matrix &a, const std::vector<double> &b, const std::vector<double> &x)
{
    const std::size_t n = x.size();
    std::vector<double> w(n, 0.0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        double r = value(b, i);
        for (std::size_t j = 0; j < n; ++j)
            r -= at(a, i, j) * x[j];
        for (std::size_t j = 0; j < n; ++j)
            w[j] += at(a, i, j) * r;
    }
    return w;
}

} // namespace

std::vector<double> NonNegativeLeastSquares::leastSquares(const Matrix &a, const std::vector<double> &b,
                                                          const std::vector<int> &columns)
{
    const std::size_t m = a.size();
    const std::size_t n = columnCount(a);
    std::vector<double> x(n, 0.0);
    std::vector<std::vector<double>> q;   // orthonormal columns, m values each
    std::vector<std::vector<double>> r;   // r[k][i]: coefficient of q_i in accepted column k
    std::vector<int> accepted;
    for (int c : columns) {
        if (c < 0 || std::size_t(c) >= n)
            continue;
        std::vector<double> v(m);
        double original = 0;
        for (std::size_t i = 0; i < m; ++i) {
            v[i] = at(a, i, std::size_t(c));
            original += v[i] * v[i];
        }
        original = std::sqrt(original);
        std::vector<double> coeff(q.size(), 0.0);
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t k = 0; k < q.size(); ++k) {
                double d = 0;
                for (std::size_t i = 0; i < m; ++i)
                    d += q[k][i] * v[i];
                coeff[k] += d;
                for (std::size_t i = 0; i < m; ++i)
                    v[i] -= d * q[k][i];
            }
        }
        double norm = 0;
        for (double e : v)
            norm += e * e;
        norm = std::sqrt(norm);
        // What is left of the column is rounding noise: it adds nothing the others cannot say.
        if (!(original > 0) || norm <= 1e-10 * original)
            continue;
        for (double &e : v)
            e /= norm;
        coeff.push_back(norm);
        q.push_back(std::move(v));
        r.push_back(std::move(coeff));
        accepted.push_back(c);
    }
    // Qᵀ b, then R z = Qᵀ b by back substitution (R upper triangular: r[k][i] for i ≤ k).
    const std::size_t p = accepted.size();
    std::vector<double> rhs(p, 0.0);
    for (std::size_t k = 0; k < p; ++k)
        for (std::size_t i = 0; i < m; ++i)
            rhs[k] += q[k][i] * value(b, i);
    std::vector<double> z(p, 0.0);
    for (std::size_t kk = p; kk-- > 0;) {
        double s = rhs[kk];
        for (std::size_t j = kk + 1; j < p; ++j)
            s -= r[j][kk] * z[j];
        z[kk] = s / r[kk][kk];
    }
    for (std::size_t k = 0; k < p; ++k)
        x[std::size_t(accepted[k])] = std::isfinite(z[k]) ? z[k] : 0.0;
    return x;
}

std::vector<double> NonNegativeLeastSquares::solve(const Matrix &a, const std::vector<double> &b)
{
    const std::size_t n = columnCount(a);
    std::vector<double> x(n, 0.0);
    if (n == 0 || a.empty())
        return x;
    double normA = 0;
    double normB = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        normB = std::max(normB, std::abs(value(b, i)));
        for (std::size_t j = 0; j < n; ++j)
            normA = std::max(normA, std::abs(at(a, i, j)));
    }
    // As MATLAB's lsqnonneg, scaled by b too since the multipliers are Aᵀ(b − Ax): smaller ones
    // are rounding noise.
    const double tol = 10 * std::numeric_limits<double>::epsilon() * double(std::max(a.size(), n)) * normA * std::max(1.0, normB);

    std::vector<bool> passive(n, false);
    std::vector<bool> excluded(n, false);   // entered and left at once: dependent, never retried
    const int maxIterations = int(3 * n + 3);
    for (int outer = 0; outer < maxIterations; ++outer) {
        const std::vector<double> w = dual(a, b, x);
        int t = -1;
        for (std::size_t j = 0; j < n; ++j)
            if (!passive[j] && !excluded[j] && w[j] > tol && (t < 0 || w[j] > w[std::size_t(t)]))
                t = int(j);
        if (t < 0)
            break;
        passive[std::size_t(t)] = true;
        for (int inner = 0; inner < maxIterations; ++inner) {
            std::vector<int> columns;
            for (std::size_t j = 0; j < n; ++j)
                if (passive[j])
                    columns.push_back(int(j));
            const std::vector<double> z = leastSquares(a, b, columns);
            bool feasible = true;
            for (int j : columns)
                if (z[std::size_t(j)] <= 0)
                    feasible = false;
            if (feasible) {
                x = z;
                break;
            }
            // Step from x towards z until the first passive variable reaches 0, then free it.
            double alpha = 1.0;
            for (int j : columns) {
                const double zj = z[std::size_t(j)];
                const double xj = x[std::size_t(j)];
                if (zj <= 0 && xj - zj > 0)
                    alpha = std::min(alpha, xj / (xj - zj));
            }
            for (std::size_t j = 0; j < n; ++j)
                x[j] += alpha * (z[j] - x[j]);
            for (int j : columns) {
                if (x[std::size_t(j)] <= tol) {
                    x[std::size_t(j)] = 0;
                    passive[std::size_t(j)] = false;
                    if (j == t && inner == 0)
                        excluded[std::size_t(j)] = true;
                }
            }
        }
    }
    for (double &e : x)
        if (!std::isfinite(e) || e < 0)
            e = 0;
    return x;
}

} // namespace sdanim::model
