#include "session/RunEstimateText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sdanim::session {

namespace {

// Below this the seconds are shown; a 3-minute run reads better as "3.2 min" than "192 s".
constexpr double kMinutesFrom = 90;

// Enough decimals that the price's first two significant digits show: $12.50, $0.063, $0.0042.
int priceDecimals(double usd)
{
    if (usd >= 1)
        return 2;
    return usd >= 0.01 ? 3 : 4;
}

} // namespace

QString RunEstimateText::time(const model::RunEstimate &estimate)
{
    const QLocale locale;
    if (estimate.highSeconds < kMinutesFrom)
        return QCoreApplication::translate("sdanim::session::RunEstimateText", "≈ %1 s (%2–%3 s)")
            .arg(locale.toString(qRound64(estimate.seconds)), locale.toString(qRound64(estimate.lowSeconds)),
                 locale.toString(qRound64(estimate.highSeconds)));
    return QCoreApplication::translate("sdanim::session::RunEstimateText", "≈ %1 min (%2–%3 min)")
        .arg(locale.toString(estimate.seconds / 60, 'f', 1), locale.toString(estimate.lowSeconds / 60, 'f', 1),
             locale.toString(estimate.highSeconds / 60, 'f', 1));
}

QString RunEstimateText::price(const model::RunEstimate &estimate, bool localBackend)
{
    if (localBackend)
        return QCoreApplication::translate("sdanim::session::RunEstimateText", "free (local)");
    const QLocale locale;
    const int decimals = priceDecimals(estimate.usd);
    return QCoreApplication::translate("sdanim::session::RunEstimateText", "$%1 (%2–%3)")
        .arg(locale.toString(estimate.usd, 'f', decimals), locale.toString(estimate.lowUsd, 'f', decimals),
             locale.toString(estimate.highUsd, 'f', decimals));
}

QString RunEstimateText::source(const model::RunEstimate &estimate)
{
    if (estimate.fromDefaults())
        return QCoreApplication::translate("sdanim::session::RunEstimateText", "documented A100 defaults");
    return QCoreApplication::translate("sdanim::session::RunEstimateText", "learned from %n run(s)", nullptr,
                                       estimate.learnedFrom);
}

QString RunEstimateText::describe(const model::RunEstimate &estimate, bool localBackend)
{
    return QStringList{time(estimate), price(estimate, localBackend), source(estimate)}.join(QStringLiteral(" · "));
}

} // namespace sdanim::session
