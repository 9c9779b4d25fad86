#include "emulator/CogApi.h"

#include "emulator/WebhookNotifier.h"
#include "emulator/EmulatorContext.h"
#include "emulator/ModelCatalog.h"
#include "emulator/PydanticInputValidator.h"
#include "emulator/SimulatedPrediction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <httplib.h>

namespace sdanim::emulator {

namespace {

constexpr double kCancelLatencySeconds = 0.05;

// setup() loads the model; without --cold-boot-seconds it takes the warm start's time, as it always did.
double setupSeconds(const EmulatorOptions &options)
{
    return ModelRunPlan::setupSeconds(options.coldBootSeconds);
}

QJsonObject bodyError(const QJsonArray &loc, const QString &msg, const QString &type)
{
    return QJsonObject{{QStringLiteral("loc"), loc}, {QStringLiteral("msg"), msg}, {QStringLiteral("type"), type}};
}

} // namespace

CogApi::CogApi(EmulatorContext &context, const QString &prefix, bool legacy)
    : m_ctx(context),
      m_prefix(prefix.toStdString()),
      m_legacy(legacy),
      m_setupStartNs(EmulatorClock::nowNs()),
      m_setupEndNs(m_setupStartNs + EmulatorClock::fromSeconds(setupSeconds(context.options) * context.options.timeScale))
{
}

CogApi::~CogApi()
{
    stop();
}

void CogApi::stop()
{
    m_stopping = true;
    m_webhooks.stop();
}

void CogApi::registerRoutes(httplib::Server &server)
{
    const std::string p = m_prefix;
    auto guard = [this](auto handler) {
        return [this, handler](const httplib::Request &req, httplib::Response &res) {
            if (const int status = m_ctx.faults.takeServerError()) {
                res.status = status;
                res.set_content("Internal Server Error", "text/plain; charset=utf-8");
                return;
            }
            handler(req, res);
        };
    };
    server.Get(p.empty() ? "/" : p + "/?", guard([this](const httplib::Request &, httplib::Response &res) { root(res); }));
    server.Get(p + "/openapi.json", guard([this](const httplib::Request &, httplib::Response &res) {
                   sendJson(res, 200, ModelCatalog::openApiSchema());
               }));
    if (m_legacy) {
        server.Post(p + "/predictions", guard([this](const httplib::Request &req, httplib::Response &res) { legacyPredict(req, res); }));
    } else {
        server.Get(p + "/health-check", guard([this](const httplib::Request &, httplib::Response &res) { healthCheck(res); }));
        server.Post(p + "/predictions", guard([this](const httplib::Request &req, httplib::Response &res) { predict(req, res, QString()); }));
        server.Put(p + R"(/predictions/([^/]+))", guard([this](const httplib::Request &req, httplib::Response &res) {
                       predict(req, res, QString::fromStdString(req.matches[1]));
                   }));
        server.Post(p + R"(/predictions/([^/]+)/cancel)", guard([this](const httplib::Request &req, httplib::Response &res) {
                        cancel(QString::fromStdString(req.matches[1]), res);
                    }));
        server.Post(p + "/shutdown", guard([this](const httplib::Request &, httplib::Response &res) {
                        // The emulator keeps serving; a real container would exit after answering.
                        sendJson(res, 200, QJsonObject{});
                    }));
    }
    // FastAPI's answer for every other path.
    auto notFound = [this](const httplib::Request &, httplib::Response &res) {
        sendDetail(res, 404, QStringLiteral("Not Found"));
    };
    server.Get(p + "/.*", notFound);
    server.Post(p + "/.*", notFound);
    server.Put(p + "/.*", notFound);
}

void CogApi::sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    m_ctx.replies.json(res, status, body, "application/json");
}

void CogApi::sendDetail(httplib::Response &res, int status, const QJsonValue &detail)
{
    sendJson(res, status, QJsonObject{{QStringLiteral("detail"), detail}});
}

bool CogApi::setupDone() const
{
    return EmulatorClock::nowNs() >= m_setupEndNs;
}

bool CogApi::busy() const
{
    return m_current && !m_current->prediction->stateAt(EmulatorClock::nowNs()).terminal;
}

void CogApi::root(httplib::Response &res)
{
    sendJson(res, 200, QJsonObject{{QStringLiteral("docs_url"), QStringLiteral("/docs")},
                                   {QStringLiteral("openapi_url"), QStringLiteral("/openapi.json")}});
}

void CogApi::healthCheck(httplib::Response &res)
{
    QJsonObject setup{{QStringLiteral("started_at"), EmulatorClock::formatPython(m_setupStartNs)}};
    const qint64 now = EmulatorClock::nowNs();
    QString logs;
    for (const ModelRunPlan::Line &line : ModelRunPlan::setupLines(setupSeconds(m_ctx.options))) {
        if (setupDone() || now >= m_setupStartNs + EmulatorClock::fromSeconds(line.at * m_ctx.options.timeScale))
            logs += line.text + QLatin1Char('\n');
    }
    setup.insert(QStringLiteral("logs"), logs);
    QString status;
    if (!setupDone()) {
        status = QStringLiteral("STARTING");
    } else {
        setup.insert(QStringLiteral("completed_at"), EmulatorClock::formatPython(m_setupEndNs));
        setup.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        std::lock_guard lock(m_mutex);
        status = busy() ? QStringLiteral("BUSY") : QStringLiteral("READY");
    }
    sendJson(res, 200, QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("setup"), setup}});
}

bool CogApi::parseBody(const httplib::Request &req, httplib::Response &res, QJsonObject *body)
{
    if (req.body.empty()) {
        *body = QJsonObject{{QStringLiteral("input"), QJsonObject()}};
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (error.error != QJsonParseError::NoError) {
        sendDetail(res, 422, QJsonArray{bodyError(QJsonArray{QStringLiteral("body"), error.offset},
                                                  error.errorString(), QStringLiteral("value_error.jsondecode"))});
        return false;
    }
    if (!doc.isObject()) {
        sendDetail(res, 422, QJsonArray{bodyError(QJsonArray{QStringLiteral("body")}, QStringLiteral("value is not a valid dict"),
                                                  QStringLiteral("type_error.dict"))});
        return false;
    }
    *body = doc.object();
    if (!body->contains(QLatin1String("input")))
        body->insert(QStringLiteral("input"), QJsonObject());
    if (!body->value(QLatin1String("input")).isObject()) {
        sendDetail(res, 422, QJsonArray{bodyError(QJsonArray{QStringLiteral("body"), QStringLiteral("input")},
                                                  QStringLiteral("value is not a valid dict"), QStringLiteral("type_error.dict"))});
        return false;
    }
    return true;
}

std::shared_ptr<CogApi::Run> CogApi::startRun(const QJsonObject &body, const QJsonObject &modelInput)
{
    PredictionEngine::Request request;
    request.model = ModelCatalog::fullName();
    request.version = ModelCatalog::versionId();
    request.input = body.value(QLatin1String("input")).toObject();
    request.modelInput = modelInput;
    request.bootSeconds = 0; // the container already ran setup()
    request.listed = false;
    auto run = std::make_shared<Run>();
    run->prediction = m_ctx.engine.create(request);
    run->request = body;
    run->id = body.value(QLatin1String("id")).toString();
    return run;
}

void CogApi::waitForEnd(const Run &run) const
{
    while (!m_stopping && !run.prediction->stateAt(EmulatorClock::nowNs()).terminal)
        QThread::msleep(10);
}

QJsonArray CogApi::outputUris(Run &run, const PredictionState &state)
{
    QJsonArray list;
    std::lock_guard lock(run.uriMutex);
    for (int index : state.outputs) {
        auto it = run.dataUris.find(index);
        if (it == run.dataUris.end()) {
            const auto &file = run.prediction->files().at(index);
            QFile f(file.localPath);
            f.open(QIODevice::ReadOnly);
            it = run.dataUris.insert(index, QStringLiteral("data:%1;base64,%2")
                                                .arg(HttpReplies::mimeType(file.basename), QString::fromLatin1(f.readAll().toBase64())));
        }
        list.append(*it);
    }
    return list;
}

QJsonObject CogApi::responseJson(Run &run, const PredictionState &state)
{
    // Cog serialises with unset fields dropped: request fields only when they were sent.
    QJsonObject o;
    for (const char *key : {"id", "created_at", "webhook", "webhook_events_filter", "output_file_prefix"}) {
        if (run.request.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), run.request.value(QLatin1String(key)));
    }
    o.insert(QStringLiteral("input"), run.request.value(QLatin1String("input")));
    o.insert(QStringLiteral("output"), state.outputs.isEmpty() ? QJsonValue() : QJsonValue(outputUris(run, state)));
    o.insert(QStringLiteral("logs"), state.logsText());
    o.insert(QStringLiteral("error"), state.error.isEmpty() ? QJsonValue() : QJsonValue(state.error));
    o.insert(QStringLiteral("status"), state.status);
    if (state.hasStarted())
        o.insert(QStringLiteral("started_at"), EmulatorClock::formatPython(state.startedNs));
    if (state.terminal) {
        o.insert(QStringLiteral("completed_at"), EmulatorClock::formatPython(state.completedNs));
        o.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("predict_time"),
                                                         EmulatorClock::toSeconds(state.completedNs - state.startedNs)}});
    }
    return o;
}

void CogApi::predict(const httplib::Request &req, httplib::Response &res, const QString &pathId)
{
    QJsonObject body;
    if (!parseBody(req, res, &body))
        return;
    if (!pathId.isEmpty()) {
        if (body.contains(QLatin1String("id")) && body.value(QLatin1String("id")).toString() != pathId) {
            sendDetail(res, 422, QJsonArray{bodyError(QJsonArray{QStringLiteral("body"), QStringLiteral("id")},
                                                      QStringLiteral("prediction ID must match the ID supplied in the URL"),
                                                      QStringLiteral("value_error"))});
            return;
        }
        body.insert(QStringLiteral("id"), pathId);
    }
    const auto checked = PydanticInputValidator::validate(m_ctx.schema, body.value(QLatin1String("input")).toObject());
    if (!checked.errors.isEmpty()) {
        sendDetail(res, 422, checked.errors);
        return;
    }
    const bool async = req.get_header_value("Prefer") == "respond-async";

    std::shared_ptr<Run> run;
    bool alreadyRunning = false;
    {
        std::lock_guard lock(m_mutex);
        if (!pathId.isEmpty() && m_current && m_current->id == pathId && busy()) {
            // Idempotent PUT: the same prediction is already running, answer with its state.
            run = m_current;
            alreadyRunning = true;
        } else if (!setupDone() || busy()) {
            sendDetail(res, 409, QStringLiteral("Already running a prediction"));
            return;
        } else {
            run = startRun(body, checked.coerced);
            m_current = run;
            const QString webhook = body.value(QLatin1String("webhook")).toString();
            if (!webhook.isEmpty()) {
                auto config = WebhookNotifier::configFor(
                    run->prediction, webhook, WebhookNotifier::eventsFrom(body.value(QLatin1String("webhook_events_filter"))),
                    m_ctx.options.timeScale);
                config.body = [this, run](const PredictionState &st) {
                    return HttpReplies::compact(responseJson(*run, st));
                };
                m_webhooks.start(config);
            }
        }
    }
    if (async || alreadyRunning) {
        sendJson(res, 202, responseJson(*run, run->prediction->stateAt(EmulatorClock::nowNs())));
        return;
    }
    waitForEnd(*run);
    sendJson(res, 200, responseJson(*run, run->prediction->stateAt(EmulatorClock::nowNs())));
}

void CogApi::cancel(const QString &id, httplib::Response &res)
{
    std::lock_guard lock(m_mutex);
    if (m_current && !m_current->id.isEmpty() && m_current->id == id && busy()) {
        // Cog answers at once and signals the model process; predict() stops a moment later, so the
        // canceled state (and its webhook) follows the 200.
        const qint64 now = EmulatorClock::nowNs();
        m_current->prediction->requestCancel(now, now + EmulatorClock::fromSeconds(kCancelLatencySeconds));
        sendJson(res, 200, QJsonObject{});
        return;
    }
    sendJson(res, 404, QJsonObject{});
}

void CogApi::legacyPredict(const httplib::Request &req, httplib::Response &res)
{
    QJsonObject body;
    if (!parseBody(req, res, &body))
        return;
    const auto checked = PydanticInputValidator::validate(m_ctx.schema, body.value(QLatin1String("input")).toObject());
    if (!checked.errors.isEmpty()) {
        sendDetail(res, 422, checked.errors);
        return;
    }
    std::lock_guard serial(m_legacyMutex);
    while (!setupDone() && !m_stopping)
        QThread::msleep(10);
    QJsonObject request{{QStringLiteral("input"), body.value(QLatin1String("input"))}};
    const auto run = startRun(request, checked.coerced);
    waitForEnd(*run);
    const PredictionState st = run->prediction->stateAt(EmulatorClock::nowNs());
    if (st.status != QLatin1String("succeeded")) {
        // predict() raised and the 0.4 server did not catch it: FastAPI's bare 500.
        res.status = 500;
        res.set_content("Internal Server Error", "text/plain; charset=utf-8");
        return;
    }
    sendJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("succeeded")},
                                   {QStringLiteral("output"), outputUris(*run, st)}});
}

} // namespace sdanim::emulator
