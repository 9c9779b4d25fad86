#pragma once

#include "model/AnimationPlan.h"
#include "model/RunEstimator.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sdanim::settings { class AppSettings; }

namespace sdanim::session {

class HistoryRateSource;

// Run time and cost of an input as the form and the run rows show them: the rates fitted to this
// user's history (HistoryRateSource; the documented defaults without one) times the price per
// second from the settings. One place that decides which estimator and which price, so the form
// and the rows always agree.
class RunEstimates : public QObject
{
    Q_OBJECT
public:
    // Both may be null: then the documented default rates / the default price.
    RunEstimates(HistoryRateSource *rates, settings::AppSettings *settings, QObject *parent = nullptr);

    double pricePerSecondUsd() const;
    // The fitted rates (or the defaults); backends get them for their runs' progress and ETA.
    const model::RunEstimator &estimator() const;
    model::RunEstimate estimate(const model::AnimationPlan &plan) const;
    model::RunEstimate estimate(const QJsonObject &input) const;
    // RunEstimateText's line; `localBackend` runs cost nothing.
    QString describe(const model::AnimationPlan &plan, bool localBackend) const;
    QString describe(const QJsonObject &input, bool localBackend) const;

public slots:
    // Refits the rates from the history (after a run finished); changed() follows.
    void refresh();
    // The price in the settings was edited.
    void priceChanged();

signals:
    void changed();

private:
    QPointer<HistoryRateSource> m_rates;
    settings::AppSettings *m_settings;
};

} // namespace sdanim::session
