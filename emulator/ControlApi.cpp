#include "emulator/ControlApi.h"

#include "emulator/EmulatorContext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <httplib.h>

namespace sdanim::emulator {

namespace {

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(HttpReplies::compact(body).toStdString(), HttpReplies::kJson);
}

// Milliseconds since the Unix epoch (µs precision) of a steady instant, or null for "not yet".
QJsonValue wallMs(qint64 steadyNs)
{
    if (steadyNs == EmulatorClock::kNever) return QJsonValue::Null;
    return double(EmulatorClock::toWallNs(steadyNs) / 1000) / 1000.0;
}

// When a prediction changed state and yielded each output, as the API reports it at `now`.
QJsonObject timeline(const SimulatedPrediction &p, qint64 now)
{
    const PredictionState st = p.stateAt(now);
    QJsonArray outputs;
    for (const PredictionEvent &e : st.events) {
        if (e.kind != PredictionEvent::Kind::Output) continue;
        const auto &file = p.files().at(e.outputIndex);
        outputs.append(QJsonObject{{QStringLiteral("index"), e.outputIndex},
                                   {QStringLiteral("path"), file.urlPath},
                                   {QStringLiteral("at_ms"), wallMs(e.atNs)}});
    }
    return QJsonObject{{QStringLiteral("id"), p.id()},
                       {QStringLiteral("status"), st.status},
                       {QStringLiteral("stream_path"), QStringLiteral("/v1/files/") + p.setup().streamToken},
                       {QStringLiteral("created_at_ms"), wallMs(p.setup().createdNs)},
                       {QStringLiteral("started_at_ms"), wallMs(st.startedNs)},
                       {QStringLiteral("completed_at_ms"), wallMs(st.completedNs)},
                       {QStringLiteral("outputs"), outputs}};
}

} // namespace

void ControlApi::registerRoutes(httplib::Server &server)
{
    server.Get("/_emulator/faults", [this](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, QJsonObject{{QStringLiteral("faults"), m_ctx.faults.plan().toJson()}});
    });
    server.Post("/_emulator/faults", [this](const httplib::Request &req, httplib::Response &res) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
        QString error;
        std::optional<FaultPlan> plan;
        if (!doc.isObject())
            error = QStringLiteral("The fault plan must be a JSON object");
        else
            plan = FaultPlan::fromJson(doc.object(), &error);
        if (!plan) {
            sendJson(res, 400, QJsonObject{{QStringLiteral("detail"), error}, {QStringLiteral("status"), 400}});
            return;
        }
        m_ctx.faults.setPlan(*plan);
        sendJson(res, 200, QJsonObject{{QStringLiteral("faults"), plan->toJson()}});
    });
    // Each deployment as the API shows it, plus "instances": how many of its instances are up now
    // (Replicate's deployment object has no place for that).
    auto withInstances = [this](const DeploymentRegistry::Entry &entry) {
        QJsonObject json = entry.toJson();
        json.insert(QStringLiteral("instances"),
                    m_ctx.engine.deploymentInstances(entry.deployment.fullName()).toJson());
        return json;
    };
    server.Get("/_emulator/deployments", [this, withInstances](const httplib::Request &, httplib::Response &res) {
        QJsonArray list;
        for (const auto &entry : m_ctx.deployments.all())
            list.append(withInstances(entry));
        sendJson(res, 200, QJsonObject{{QStringLiteral("deployments"), list}});
    });
    // Defines a deployment, or a new release of an existing one: {"owner", "name", "hardware"?,
    // "min_instances"?, "max_instances"?}. A new one has its min_instances up at once; a new release
    // that raises them boots the missing ones.
    server.Post("/_emulator/deployments", [this, withInstances](const httplib::Request &req, httplib::Response &res) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body));
        QString error = QStringLiteral("The deployment must be a JSON object");
        const auto deployment = doc.isObject() ? Deployment::fromJson(doc.object(), &error) : std::nullopt;
        DeploymentRegistry::Entry entry;
        const bool existed = deployment && m_ctx.deployments.find(deployment->owner, deployment->name);
        if (deployment && m_ctx.defineDeployment(*deployment, &entry, existed)) {
            sendJson(res, 200, withInstances(entry));
            return;
        }
        if (deployment)
            error = QStringLiteral("At most %1 deployments").arg(DeploymentRegistry::kMostDeployments);
        sendJson(res, 400, QJsonObject{{QStringLiteral("detail"), error}, {QStringLiteral("status"), 400}});
    });
    server.Post("/_emulator/reset", [this](const httplib::Request &, httplib::Response &res) {
        m_ctx.faults.reset();
        m_ctx.requestLog.clear();
        m_ctx.limiter.reset();
        sendJson(res, 200, QJsonObject{});
    });
    server.Post("/_emulator/expire", [this](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, QJsonObject{{QStringLiteral("expired"), m_ctx.engine.expireAll()}});
    });
    server.Get("/_emulator/requests", [this](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, QJsonObject{{QStringLiteral("requests"), m_ctx.requestLog.entries()}});
    });
    server.Get("/_emulator/predictions", [this](const httplib::Request &, httplib::Response &res) {
        const qint64 now = EmulatorClock::nowNs();
        QJsonArray list;
        for (const auto &p : m_ctx.engine.newestFirst())
            list.append(timeline(*p, now));
        sendJson(res, 200, QJsonObject{{QStringLiteral("predictions"), list}, {QStringLiteral("held"), m_ctx.engine.heldCount()}});
    });
}

} // namespace sdanim::emulator
