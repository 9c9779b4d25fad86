#include "emulator/WebhookNotifier.h"

#include "emulator/SimulatedPrediction.h"

#include <QJsonArray>
#include <QThread>
#include <QUrl>

#include <httplib.h>

namespace sdanim::emulator {

WebhookNotifier::~WebhookNotifier()
{
    stop();
}

void WebhookNotifier::start(const Config &config)
{
    std::lock_guard lock(m_mutex);
    if (!m_stopping)
        m_threads.emplace_back([config, this] { run(config, m_stopping); });
}

void WebhookNotifier::stop()
{
    m_stopping = true;
    std::list<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        threads.swap(m_threads);
    }
    for (auto &t : threads)
        t.join();
}

WebhookNotifier::Config WebhookNotifier::configFor(const std::shared_ptr<SimulatedPrediction> &prediction,
                                                   const QString &url, const QStringList &events, double timeScale)
{
    Config config;
    config.url = url;
    config.events = events;
    config.throttleSeconds = 0.5 * timeScale;
    config.state = [prediction] { return prediction->stateAt(EmulatorClock::nowNs()); };
    return config;
}

QStringList WebhookNotifier::eventsFrom(const QJsonValue &filter)
{
    if (!filter.isArray())
        return {QStringLiteral("start"), QStringLiteral("output"), QStringLiteral("logs"), QStringLiteral("completed")};
    QStringList events;
    for (const QJsonValue &v : filter.toArray())
        events << v.toString();
    return events;
}

bool WebhookNotifier::post(const QString &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QUrl u(url);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return false;
    const QString origin = u.scheme() + QStringLiteral("://") + u.host()
                           + (u.port() > 0 ? QStringLiteral(":%1").arg(u.port()) : QString());
    httplib::Client client(origin.toStdString());
    client.set_connection_timeout(2);
    client.set_read_timeout(5);
    client.set_write_timeout(5);
    QString target = u.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (u.hasQuery())
        target += QLatin1Char('?') + u.query(QUrl::FullyEncoded);
    httplib::Headers extra;
    for (const auto &[name, value] : headers)
        extra.emplace(name.toStdString(), value.toStdString());
    const auto result = client.Post(target.toStdString(), extra, body.toStdString(), "application/json");
    return result && result->status >= 200 && result->status < 300;
}

void WebhookNotifier::run(const Config &config, const std::atomic<bool> &stop)
{
    auto wants = [&](const char *event) { return config.events.contains(QLatin1String(event)); };
    auto send = [&](const PredictionState &st) {
        const QByteArray body = config.body(st);
        return post(config.url, body, config.headers ? config.headers(body) : QList<QPair<QByteArray, QByteArray>>());
    };
    const qint64 throttleNs = EmulatorClock::fromSeconds(config.throttleSeconds);
    qint64 lastSent = std::numeric_limits<qint64>::min() / 2;
    qsizetype seenLogs = 0;
    qsizetype seenOutputs = 0;
    bool pending = wants("start"); // the start webhook goes out first, unthrottled
    bool first = true;
    while (!stop) {
        const PredictionState st = config.state();
        const qint64 now = EmulatorClock::nowNs();
        if (st.terminal) {
            if (wants("completed")) {
                for (int attempt = 0; attempt < 3 && !stop; ++attempt) {
                    if (send(st))
                        break;
                    QThread::msleep(200 * (attempt + 1));
                }
            }
            return;
        }
        if ((st.logLines.size() > seenLogs && wants("logs")) || (st.outputs.size() > seenOutputs && wants("output")))
            pending = true;
        seenLogs = st.logLines.size();
        seenOutputs = st.outputs.size();
        if (pending && (first || now - lastSent >= throttleNs)) {
            send(st); // errors of non-terminal webhooks are ignored, as Cog and Replicate do
            lastSent = now;
            pending = false;
        }
        first = false;
        QThread::msleep(5);
    }
}

} // namespace sdanim::emulator
