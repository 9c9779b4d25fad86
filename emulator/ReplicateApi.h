#pragma once

#include "emulator/RateLimiter.h"
#include "emulator/WebhookNotifier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <memory>

namespace httplib {
class Server;
struct Request;
struct Response;
}

namespace sdanim::emulator {

struct Deployment;
struct EmulatorContext;
struct PredictionState;
class SimulatedPrediction;

// The Replicate HTTP API v1 (spec §1–§6) plus the delivery-style file host and the prediction web
// page: authentication, rate limits, request faults, create/get/cancel/list, models, versions, account,
// and signed webhooks for predictions created with a `webhook` (§3.6).
class ReplicateApi
{
public:
    explicit ReplicateApi(EmulatorContext &context);
    ~ReplicateApi();
    void registerRoutes(httplib::Server &server);
    void stop(); // ends the webhook senders

private:
    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;
    // Rate limit headers, injected server errors, 429s and authentication, then the handler.
    Handler guarded(RateLimiter::Bucket bucket, Handler handler);
    bool authorize(const httplib::Request &req, httplib::Response &res);
    void serverError(httplib::Response &res, int status);

    void createPrediction(const httplib::Request &req, httplib::Response &res);
    void createForDeployment(const httplib::Request &req, httplib::Response &res);
    // The create of both: `deployment` null for POST /v1/predictions (the body names the version),
    // else the deployment whose release's version runs and whose slots it waits for.
    void createFromBody(const httplib::Request &req, httplib::Response &res, const Deployment *deployment);
    void listDeployments(const httplib::Request &req, httplib::Response &res);
    void getDeployment(const httplib::Request &req, httplib::Response &res);
    // POST /v1/deployments (owned by the account), PATCH and DELETE /v1/deployments/{owner}/{name}.
    void createDeployment(const httplib::Request &req, httplib::Response &res);
    void updateDeployment(const httplib::Request &req, httplib::Response &res);
    void deleteDeployment(const httplib::Request &req, httplib::Response &res);
    // The body as an object, or a 400 problem sent and null.
    std::optional<QJsonObject> objectBody(const httplib::Request &req, httplib::Response &res);
    void createForModel(const httplib::Request &req, httplib::Response &res);
    void getPrediction(const httplib::Request &req, httplib::Response &res);
    void cancelPrediction(const httplib::Request &req, httplib::Response &res);
    void listPredictions(const httplib::Request &req, httplib::Response &res);
    void getModel(const httplib::Request &req, httplib::Response &res);
    void listVersions(const httplib::Request &req, httplib::Response &res);
    void getVersion(const httplib::Request &req, httplib::Response &res);
    void account(const httplib::Request &req, httplib::Response &res);
    void webhookSecret(const httplib::Request &req, httplib::Response &res);
    void startWebhooks(const std::shared_ptr<SimulatedPrediction> &prediction, const QString &url, const QStringList &events);
    void notFound(const httplib::Request &req, httplib::Response &res);
    void serveFile(const httplib::Request &req, httplib::Response &res);
    void webPage(const httplib::Request &req, httplib::Response &res);

    QByteArray predictionBody(const SimulatedPrediction &prediction, const PredictionState &state) const;
    void sendPrediction(httplib::Response &res, int status, const SimulatedPrediction &prediction);

    EmulatorContext &m_ctx;
    const QByteArray m_webhookKey; // raw HMAC key; clients see it as "whsec_" + base64
    WebhookNotifier m_webhooks;
};

} // namespace sdanim::emulator
