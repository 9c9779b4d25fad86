#include "emulator/ControlApi.h"

#include "emulator/EmulatorContext.h"

#include <QJsonDocument>

#include <httplib.h>

namespace sdanim::emulator {

namespace {

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(HttpReplies::compact(body).toStdString(), HttpReplies::kJson);
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
}

} // namespace sdanim::emulator
