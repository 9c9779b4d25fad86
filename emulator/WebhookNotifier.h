#pragma once

#include "emulator/PredictionState.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sdanim::emulator {

// Webhook sender shared by the Cog container (spec §7.1) and the Replicate API (§3.1): POSTs the whole
// prediction to the request's webhook URL on `start`, `output`, `logs` and `completed`, filtered by
// webhook_events_filter. Non-terminal webhooks are throttled (0.5 s × time scale); an update skipped by
// the throttle is sent once the interval has passed, since every webhook carries the full state. The
// terminal one is retried.
class WebhookNotifier
{
public:
    struct Config
    {
        QString url;
        QStringList events;           // subset of start, output, logs, completed
        double throttleSeconds = 0.5; // already scaled
        std::function<PredictionState()> state;
        std::function<QByteArray(const PredictionState &)> body;
        // Extra request headers for one body (Replicate's signature headers); may be empty.
        std::function<QList<QPair<QByteArray, QByteArray>>(const QByteArray &body)> headers;
    };
    // Runs until the prediction is terminal and the completed webhook was attempted, or `stop` is set.
    static void run(const Config &config, const std::atomic<bool> &stop);
    static bool post(const QString &url, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
};

} // namespace sdanim::emulator
