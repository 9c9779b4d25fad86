#pragma once

#include "emulator/PredictionState.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace sdanim::emulator {

class SimulatedPrediction;

// Webhook sender shared by the Cog container (spec §7.1) and the Replicate API (§3.1): POSTs the whole
// prediction to the request's webhook URL on `start`, `output`, `logs` and `completed`, filtered by
// webhook_events_filter. Non-terminal webhooks are throttled (0.5 s × time scale); an update skipped by
// the throttle is sent once the interval has passed, since every webhook carries the full state. The
// terminal one is retried. Each prediction's webhooks go out from a thread of their own, owned here.
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
    // Follows `prediction`, throttled at 0.5 s × `timeScale` like Cog and Replicate; the caller adds the body.
    static Config configFor(const std::shared_ptr<SimulatedPrediction> &prediction, const QString &url,
                            const QStringList &events, double timeScale);
    // A request's (already validated) webhook_events_filter, or every event when it sent none.
    static QStringList eventsFrom(const QJsonValue &filter);
    static bool post(const QString &url, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});

    WebhookNotifier() = default;
    ~WebhookNotifier();
    WebhookNotifier(const WebhookNotifier &) = delete;
    WebhookNotifier &operator=(const WebhookNotifier &) = delete;

    // Sends one prediction's webhooks until it is terminal and the completed webhook was attempted,
    // or until stop(); ignored once stop() was called.
    void start(const Config &config);
    // Ends every sender and waits for their threads.
    void stop();

private:
    static void run(const Config &config, const std::atomic<bool> &stop);

    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::list<std::thread> m_threads;
};

} // namespace sdanim::emulator
