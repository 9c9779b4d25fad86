#include "store/CostEstimator.h"

#include "settings/AppSettings.h"

#include <QCoreApplication>

#include <cmath>

namespace sdanim::store {

double CostEstimator::estimateUsd(const QString &backend, double predictTimeSeconds, double pricePerSecondUsd)
{
    if (backend != QLatin1String("cloud")) return 0.0;
    if (!(predictTimeSeconds >= 0)) return -1;   // unknown (negative or NaN)
    if (!std::isfinite(pricePerSecondUsd) || pricePerSecondUsd < 0) pricePerSecondUsd = settings::AppSettings::DefaultPricePerSecondUsd;
    return predictTimeSeconds * pricePerSecondUsd;
}

QString CostEstimator::format(double costUsd, const QString &backend)
{
    if (backend != QLatin1String("cloud")) return QCoreApplication::translate("sdanim::store::CostEstimator", "free (local)");
    if (costUsd < 0) return QString();
    return QStringLiteral("$%1").arg(costUsd, 0, 'f', costUsd < 0.01 ? 4 : 3);
}

} // namespace sdanim::store
