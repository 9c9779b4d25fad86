#include "session/RunEstimates.h"

#include "session/HistoryRateSource.h"
#include "session/RunEstimateText.h"
#include "settings/AppSettings.h"

namespace sdanim::session {

RunEstimates::RunEstimates(HistoryRateSource *rates, settings::AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_rates(rates)
    , m_settings(settings)
{
    if (m_rates)
        connect(m_rates, &HistoryRateSource::changed, this, &RunEstimates::changed);
}

double RunEstimates::pricePerSecondUsd() const
{
    return m_settings ? m_settings->pricePerSecondUsd() : settings::AppSettings::DefaultPricePerSecondUsd;
}

const model::RunEstimator &RunEstimates::estimator() const
{
    static const model::RunEstimator defaults;
    return m_rates ? m_rates->estimator() : defaults;
}

model::RunEstimate RunEstimates::estimate(const model::AnimationPlan &plan) const
{
    return estimator().estimate(plan, pricePerSecondUsd());
}

model::RunEstimate RunEstimates::estimate(const QJsonObject &input) const
{
    return estimate(model::AnimationPlan::fromInput(input));
}

QString RunEstimates::describe(const model::AnimationPlan &plan, bool localBackend) const
{
    return RunEstimateText::describe(estimate(plan), localBackend);
}

QString RunEstimates::describe(const QJsonObject &input, bool localBackend) const
{
    return describe(model::AnimationPlan::fromInput(input), localBackend);
}

void RunEstimates::refresh()
{
    if (m_rates)
        m_rates->refresh();
    else
        emit changed();
}

void RunEstimates::priceChanged()
{
    emit changed();
}

} // namespace sdanim::session
