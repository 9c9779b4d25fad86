#pragma once

#include <QString>

namespace sdanim::store {

// What a finished prediction cost, estimated from its predict_time (Replicate bills public models
// per second of predict time on the model's hardware, an A100 40GB here; the price per second is
// the setting AppSettings::pricePerSecondUsd()). Local backends are free.
class CostEstimator
{
public:
    // `backend` is a HistoryRecorder backend name; 0 for local backends, -1 when predictTime is unknown.
    static double estimateUsd(const QString &backend, double predictTimeSeconds, double pricePerSecondUsd);
    // "$0.0123" / "free (local)" / "" for the UI and CLI.
    static QString format(double costUsd, const QString &backend);
};

} // namespace sdanim::store
