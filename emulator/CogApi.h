#pragma once

#include "emulator/PredictionState.h"
#include "emulator/WebhookNotifier.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>

namespace httplib {
class Server;
struct Request;
struct Response;
}

namespace sdanim::emulator {

struct EmulatorContext;
class SimulatedPrediction;

// The Cog container HTTP API of the model image (spec §7.1), or with `legacy` the Cog 0.4.4 server
// of §7.3: one prediction at a time, outputs as data: URIs, setup phase after start, webhooks.
class CogApi
{
public:
    CogApi(EmulatorContext &context, const QString &prefix, bool legacy);
    ~CogApi();
    void registerRoutes(httplib::Server &server);
    void stop();

private:
    struct Run
    {
        std::shared_ptr<SimulatedPrediction> prediction;
        QJsonObject request;   // id, input, webhook, webhook_events_filter, created_at, output_file_prefix as sent
        QString id;
        std::mutex uriMutex;
        QHash<int, QString> dataUris;
    };

    void root(httplib::Response &res);
    void healthCheck(httplib::Response &res);
    void predict(const httplib::Request &req, httplib::Response &res, const QString &pathId);
    void cancel(const QString &id, httplib::Response &res);
    void legacyPredict(const httplib::Request &req, httplib::Response &res);

    bool parseBody(const httplib::Request &req, httplib::Response &res, QJsonObject *body);
    std::shared_ptr<Run> startRun(const QJsonObject &body, const QJsonObject &modelInput);
    void waitForEnd(const Run &run) const;
    QJsonObject responseJson(Run &run, const PredictionState &state);
    QJsonArray outputUris(Run &run, const PredictionState &state);
    void sendJson(httplib::Response &res, int status, const QJsonObject &body);
    void sendDetail(httplib::Response &res, int status, const QJsonValue &detail);
    bool setupDone() const;
    bool busy() const;  // with m_mutex held

    EmulatorContext &m_ctx;
    const std::string m_prefix;
    const bool m_legacy;
    const qint64 m_setupStartNs;
    const qint64 m_setupEndNs;

    mutable std::mutex m_mutex;
    std::shared_ptr<Run> m_current;
    std::mutex m_legacyMutex;  // the 0.4 server ran one request at a time
    std::atomic<bool> m_stopping{false};
    WebhookNotifier m_webhooks;
};

} // namespace sdanim::emulator
