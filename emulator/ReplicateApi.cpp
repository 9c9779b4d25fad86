#include "emulator/ReplicateApi.h"

#include "emulator/CreateBodyValidator.h"
#include "emulator/Deployment.h"
#include "emulator/EmulatorContext.h"
#include "emulator/HeaderParsers.h"
#include "emulator/ModelCatalog.h"
#include "emulator/RandomIds.h"
#include "emulator/SseStream.h"
#include "emulator/WebhookNotifier.h"
#include "schema/InputValidator.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QThread>

#include <httplib.h>

#include <algorithm>

namespace sdanim::emulator {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const QString kNotFound = QStringLiteral("The requested resource could not be found.");
constexpr int kPageSize = 100;
constexpr int kDeploymentPageSize = 20;

// Opaque list cursor: base64 of "<direction>:<creation index>", e.g. "before:412".
QString encodeCursor(const QString &direction, int index)
{
    return QString::fromLatin1(QStringLiteral("%1:%2").arg(direction).arg(index).toLatin1().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, QString *direction, int *index)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString text = QString::fromLatin1(*decoded);
    *direction = text.section(QLatin1Char(':'), 0, 0);
    bool ok = false;
    *index = text.section(QLatin1Char(':'), 1).toInt(&ok);
    return ok && (*direction == QLatin1String("before") || *direction == QLatin1String("after"));
}

} // namespace

namespace {

QByteArray randomKey()
{
    QByteArray key(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), int(key.size() / sizeof(quint32)));
    return key;
}

} // namespace

ReplicateApi::ReplicateApi(EmulatorContext &context) : m_ctx(context), m_webhookKey(randomKey())
{
}

ReplicateApi::~ReplicateApi()
{
    stop();
}

void ReplicateApi::stop()
{
    m_webhooks.stop();
}

void ReplicateApi::registerRoutes(httplib::Server &server)
{
    using B = RateLimiter::Bucket;
    auto bind = [this](void (ReplicateApi::*method)(const httplib::Request &, httplib::Response &)) {
        return [this, method](const httplib::Request &req, httplib::Response &res) { (this->*method)(req, res); };
    };
    server.Post(R"(/v1/predictions)", guarded(B::Create, bind(&ReplicateApi::createPrediction)));
    server.Get(R"(/v1/predictions)", guarded(B::Other, bind(&ReplicateApi::listPredictions)));
    server.Get(R"(/v1/predictions/([0-9a-z]+))", guarded(B::Other, bind(&ReplicateApi::getPrediction)));
    server.Post(R"(/v1/predictions/([0-9a-z]+)/cancel)", guarded(B::Other, bind(&ReplicateApi::cancelPrediction)));
    server.Get(R"(/v1/deployments)", guarded(B::Other, bind(&ReplicateApi::listDeployments)));
    server.Post(R"(/v1/deployments)", guarded(B::Other, bind(&ReplicateApi::createDeployment)));
    server.Get(R"(/v1/deployments/([^/]+)/([^/]+))", guarded(B::Other, bind(&ReplicateApi::getDeployment)));
    server.Patch(R"(/v1/deployments/([^/]+)/([^/]+))", guarded(B::Other, bind(&ReplicateApi::updateDeployment)));
    server.Delete(R"(/v1/deployments/([^/]+)/([^/]+))", guarded(B::Other, bind(&ReplicateApi::deleteDeployment)));
    server.Post(R"(/v1/deployments/([^/]+)/([^/]+)/predictions)", guarded(B::Create, bind(&ReplicateApi::createForDeployment)));
    server.Post(R"(/v1/models/([^/]+)/([^/]+)/predictions)", guarded(B::Create, bind(&ReplicateApi::createForModel)));
    server.Get(R"(/v1/models/([^/]+)/([^/]+))", guarded(B::Other, bind(&ReplicateApi::getModel)));
    server.Get(R"(/v1/models/([^/]+)/([^/]+)/versions)", guarded(B::Other, bind(&ReplicateApi::listVersions)));
    server.Get(R"(/v1/models/([^/]+)/([^/]+)/versions/([^/]+))", guarded(B::Other, bind(&ReplicateApi::getVersion)));
    server.Get(R"(/v1/account)", guarded(B::Other, bind(&ReplicateApi::account)));
    server.Get(R"(/v1/webhooks/default/secret)", guarded(B::Other, bind(&ReplicateApi::webhookSecret)));
    // The stream lives on the streaming host (here: host "localhost"); like Replicate's, it needs no token.
    server.Get(R"(/v1/files/([a-z0-9-]+))", [this](const httplib::Request &req, httplib::Response &res) {
        SseStream::serve(m_ctx, req, res);
    });
    server.Get(R"(/v1(/.*)?)", guarded(B::Other, bind(&ReplicateApi::notFound)));
    server.Post(R"(/v1(/.*)?)", guarded(B::Other, bind(&ReplicateApi::notFound)));
    server.Put(R"(/v1(/.*)?)", guarded(B::Other, bind(&ReplicateApi::notFound)));
    server.Delete(R"(/v1(/.*)?)", guarded(B::Other, bind(&ReplicateApi::notFound)));
    server.Patch(R"(/v1(/.*)?)", guarded(B::Other, bind(&ReplicateApi::notFound)));
    server.Get(R"(/pbxt/([0-9a-z]+)/([^/]+))", bind(&ReplicateApi::serveFile));
    server.Get(R"(/p/([0-9a-z]+))", bind(&ReplicateApi::webPage));
}

ReplicateApi::Handler ReplicateApi::guarded(RateLimiter::Bucket bucket, Handler handler)
{
    return [this, bucket, handler](const httplib::Request &req, httplib::Response &res) {
        RateLimiter::Decision limit;
        if (m_ctx.faults.takeRateLimitBurst()) {
            limit.allowed = false;
            limit.remaining = 0;
            limit.retryAfterSeconds = 1;
        } else {
            limit = m_ctx.limiter.take(bucket);
        }
        res.set_header("ratelimit-remaining", std::to_string(limit.remaining));
        res.set_header("ratelimit-reset", std::to_string(limit.resetSeconds));
        if (const int status = m_ctx.faults.takeServerError()) {
            serverError(res, status);
            return;
        }
        if (!limit.allowed) {
            const int wait = limit.retryAfterSeconds;
            res.set_header("Retry-After", std::to_string(wait));
            m_ctx.replies.problem(res, 429, QStringLiteral("Request was throttled"),
                                  QStringLiteral("Request was throttled. Your rate limit resets in ~%1s.").arg(wait),
                                  QJsonObject{{QStringLiteral("retry_after"), wait}});
            return;
        }
        if (!authorize(req, res))
            return;
        m_ctx.engine.sweep();
        handler(req, res);
    };
}

bool ReplicateApi::authorize(const httplib::Request &req, httplib::Response &res)
{
    const QString header = qs(req.get_header_value("Authorization")).trimmed();
    if (header.isEmpty()) {
        m_ctx.replies.problem(res, 401, QStringLiteral("Unauthenticated"),
                              QStringLiteral("You did not pass an authentication token"));
        return false;
    }
    const QString scheme = header.section(QLatin1Char(' '), 0, 0);
    const QString token = header.section(QLatin1Char(' '), 1).trimmed();
    const bool schemeOk = scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0
                          || scheme.compare(QLatin1String("Token"), Qt::CaseInsensitive) == 0;
    if (!schemeOk || token.isEmpty() || (!m_ctx.options.token.isEmpty() && token != m_ctx.options.token)) {
        m_ctx.replies.problem(res, 401, QStringLiteral("Unauthenticated"),
                              QStringLiteral("You did not pass a valid authentication token"));
        return false;
    }
    return true;
}

void ReplicateApi::serverError(httplib::Response &res, int status)
{
    // Real 5xx bodies vary by layer: the app answers JSON, the CDN an HTML page.
    if (status == 502) {
        res.status = 502;
        res.set_content("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                        "</body>\r\n</html>\r\n",
                        "text/html");
    } else if (status == 503) {
        m_ctx.replies.problem(res, 503, QStringLiteral("Service Unavailable"),
                              QStringLiteral("The service is temporarily unavailable. Please try again later."));
    } else if (status == 500) {
        m_ctx.replies.json(res, 500, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Internal server error")}});
    } else {
        m_ctx.replies.json(res, status, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Server error")},
                                                    {QStringLiteral("status"), status}});
    }
}

QByteArray ReplicateApi::predictionBody(const SimulatedPrediction &prediction, const PredictionState &state) const
{
    PredictionJson::Style style;
    style.variedTimestamps = m_ctx.faults.variedTimestamps();
    style.legacyShapes = m_ctx.faults.legacyShapes();
    QByteArray body = HttpReplies::compact(PredictionJson::replicate(prediction, state, m_ctx.urls, style));
    if (m_ctx.faults.duplicateKeys())
        body = PredictionJson::duplicateModelKey(body, prediction.setup().model);
    return body;
}

void ReplicateApi::sendPrediction(httplib::Response &res, int status, const SimulatedPrediction &prediction)
{
    m_ctx.replies.json(res, status, predictionBody(prediction, prediction.stateAt(EmulatorClock::nowNs())));
}

void ReplicateApi::createPrediction(const httplib::Request &req, httplib::Response &res)
{
    createFromBody(req, res, nullptr);
}

void ReplicateApi::createForDeployment(const httplib::Request &req, httplib::Response &res)
{
    const auto entry = m_ctx.deployments.find(qs(req.matches[1]), qs(req.matches[2]));
    if (!entry) {
        notFound(req, res);
        return;
    }
    createFromBody(req, res, &entry->deployment);
}

void ReplicateApi::createFromBody(const httplib::Request &req, httplib::Response &res, const Deployment *deployment)
{
    const auto parsed = objectBody(req, res);
    if (!parsed)
        return;
    const QJsonObject body = *parsed;
    auto sendValidation = [&](const QList<schema::FieldError> &errors) {
        QJsonArray fields;
        for (const auto &e : errors)
            fields.append(QJsonObject{{QStringLiteral("type"), e.type},
                                      {QStringLiteral("field"), e.field},
                                      {QStringLiteral("description"), e.description}});
        m_ctx.replies.problem(res, 422, QStringLiteral("Input validation failed"), schema::formatDetail(errors),
                              QJsonObject{{QStringLiteral("invalid_fields"), fields}});
    };
    if (const auto errors = CreateBodyValidator::validate(body, !deployment); !errors.isEmpty()) {
        sendValidation(errors);
        return;
    }
    if (!deployment && !ModelCatalog::acceptsVersion(body.value(QLatin1String("version")).toString())) {
        m_ctx.replies.problem(res, 422, QStringLiteral("Invalid version or not permitted"),
                              QStringLiteral("The specified version does not exist (or perhaps you don't have permission to use it?)"));
        return;
    }
    const QJsonObject input = body.value(QLatin1String("input")).toObject();
    if (const auto errors = schema::InputValidator(m_ctx.schema).validate(input); !errors.isEmpty()) {
        sendValidation(errors);
        return;
    }

    std::optional<qint64> cancelAfter;
    if (req.has_header("Cancel-After")) {
        cancelAfter = HeaderParsers::parseDuration(qs(req.get_header_value("Cancel-After")));
        if (!cancelAfter) {
            m_ctx.replies.problem(res, 400, QStringLiteral("Invalid Cancel-After header"),
                                  QStringLiteral("Cancel-After must be a duration such as 30, 30s, 5m or 1h30m45s"));
            return;
        }
        cancelAfter = std::max<qint64>(*cancelAfter, 5); // Replicate's documented minimum
    }
    const auto wait = HeaderParsers::parseWait(qs(req.get_header_value("Prefer")));

    PredictionEngine::Request request;
    request.model = ModelCatalog::fullName();
    request.version = ModelCatalog::versionId();
    request.input = input;
    request.modelInput = m_ctx.schema.defaults();
    for (auto it = input.begin(); it != input.end(); ++it)
        request.modelInput.insert(it.key(), it.value());
    for (const char *key : {"webhook", "webhook_events_filter"}) {
        if (body.contains(QLatin1String(key)))
            request.extras.insert(QLatin1String(key), body.value(QLatin1String(key)));
    }
    if (deployment) {
        request.deployment = deployment->fullName();
        request.deploymentInstances = deployment->maxInstances;
    }
    // A deployment's own instances decide whether its prediction boots cold (PredictionEngine).
    if (m_ctx.options.coldBootSeconds > 0 && !deployment) {
        request.bootSeconds = m_ctx.options.coldBootSeconds;
        request.coldBoot = true;
    }
    request.stuckStarting = m_ctx.faults.takeStuckStarting();
    request.abortAtBoot = !request.stuckStarting && m_ctx.faults.takeAbort();
    if (cancelAfter)
        request.deadlineNs = EmulatorClock::nowNs() + EmulatorClock::fromSeconds(*cancelAfter * m_ctx.options.timeScale);
    const auto prediction = m_ctx.engine.create(request);
    if (body.value(QLatin1String("webhook")).isString()) {
        // CreateBodyValidator let only an array (or nothing) through as webhook_events_filter.
        startWebhooks(prediction, body.value(QLatin1String("webhook")).toString(),
                      WebhookNotifier::eventsFrom(body.value(QLatin1String("webhook_events_filter"))));
    }

    if (wait) {
        res.set_header("Preference-Applied", wait->applied.toStdString());
        const double window = m_ctx.options.scaleBlockingWait ? wait->seconds * m_ctx.options.timeScale : wait->seconds;
        const qint64 until = EmulatorClock::nowNs() + EmulatorClock::fromSeconds(window);
        while (EmulatorClock::nowNs() < until) {
            const PredictionState st = prediction->stateAt(EmulatorClock::nowNs());
            const bool allFiles = !prediction->files().isEmpty() && st.outputs.size() == prediction->files().size();
            if (st.terminal || allFiles)
                break;
            QThread::msleep(10);
        }
    }
    sendPrediction(res, 201, *prediction);
}

void ReplicateApi::createForModel(const httplib::Request &req, httplib::Response &res)
{
    // Only official models run without a version; for a community model like ours Replicate answers
    // 404 (spec §1.3), whatever the body says.
    notFound(req, res);
}

void ReplicateApi::getPrediction(const httplib::Request &req, httplib::Response &res)
{
    const auto prediction = m_ctx.engine.find(qs(req.matches[1]));
    if (!prediction) {
        notFound(req, res);
        return;
    }
    sendPrediction(res, 200, *prediction);
}

void ReplicateApi::cancelPrediction(const httplib::Request &req, httplib::Response &res)
{
    const auto prediction = m_ctx.engine.find(qs(req.matches[1]));
    if (!prediction) {
        notFound(req, res);
        return;
    }
    prediction->requestCancel(EmulatorClock::nowNs()); // a terminal prediction stays as it is
    sendPrediction(res, 200, *prediction);
}

void ReplicateApi::listPredictions(const httplib::Request &req, httplib::Response &res)
{
    auto all = m_ctx.engine.newestFirst();
    const int total = all.size();
    // Creation index of newestFirst()[k] is total-1-k.
    QList<int> indices;
    for (int k = 0; k < total; ++k)
        indices << total - 1 - k;

    auto parseTime = [&](const char *param, QDateTime *out) {
        if (!req.has_param(param))
            return true;
        *out = QDateTime::fromString(qs(req.get_param_value(param)), Qt::ISODateWithMs);
        return out->isValid();
    };
    QDateTime after;
    QDateTime before;
    if (!parseTime("created_after", &after) || !parseTime("created_before", &before)) {
        m_ctx.replies.problem(res, 400, QStringLiteral("Invalid date"),
                              QStringLiteral("created_after and created_before must be ISO 8601 date-times"));
        return;
    }
    QList<int> filtered;
    for (int k = 0; k < total; ++k) {
        const qint64 createdMs = EmulatorClock::toWallNs(all[k]->setup().createdNs) / 1000000;
        if (after.isValid() && createdMs <= after.toMSecsSinceEpoch())
            continue;
        if (before.isValid() && createdMs >= before.toMSecsSinceEpoch())
            continue;
        filtered << k;
    }

    QString direction = QStringLiteral("before");
    int pivot = total;
    if (req.has_param("cursor") && !decodeCursor(qs(req.get_param_value("cursor")), &direction, &pivot)) {
        m_ctx.replies.problem(res, 400, QStringLiteral("Invalid cursor"), QStringLiteral("The cursor is not valid."));
        return;
    }
    QList<int> page;
    if (direction == QLatin1String("before")) {
        for (int k : filtered) {
            if (indices[k] < pivot && page.size() < kPageSize)
                page << k;
        }
    } else {
        QList<int> newer;
        for (int k : filtered) {
            if (indices[k] > pivot)
                newer << k;
        }
        page = newer.mid(std::max<qsizetype>(0, newer.size() - kPageSize));
    }

    auto pageUrl = [&](const QString &dir, int index) {
        QString url = m_ctx.urls.apiBase + QStringLiteral("/predictions?cursor=") + encodeCursor(dir, index);
        for (const char *p : {"created_after", "created_before"}) {
            if (req.has_param(p))
                url += QStringLiteral("&%1=%2").arg(QLatin1String(p),
                                                    QString::fromLatin1(QUrl::toPercentEncoding(qs(req.get_param_value(p)))));
        }
        return url;
    };
    QJsonValue next;
    QJsonValue previous;
    if (!page.isEmpty()) {
        const int newest = indices[page.first()];
        const int oldest = indices[page.last()];
        const bool hasOlder = std::any_of(filtered.begin(), filtered.end(), [&](int k) { return indices[k] < oldest; });
        const bool hasNewer = std::any_of(filtered.begin(), filtered.end(), [&](int k) { return indices[k] > newest; });
        if (hasOlder)
            next = pageUrl(QStringLiteral("before"), oldest);
        if (hasNewer)
            previous = pageUrl(QStringLiteral("after"), newest);
    }

    const qint64 now = EmulatorClock::nowNs();
    QByteArray results = "[";
    for (int i = 0; i < page.size(); ++i) {
        if (i)
            results += ',';
        const auto &p = all[page[i]];
        results += predictionBody(*p, p->stateAt(now));
    }
    results += ']';
    const QByteArray body = "{\"next\":" + QJsonDocument(QJsonArray{next}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                            + ",\"previous\":" + QJsonDocument(QJsonArray{previous}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                            + ",\"results\":" + results + "}";
    m_ctx.replies.json(res, 200, body);
}

void ReplicateApi::listDeployments(const httplib::Request &req, httplib::Response &res)
{
    const auto all = m_ctx.deployments.all();
    // The cursor is the index of the page's first deployment, in definition order.
    int first = 0;
    if (req.has_param("cursor")) {
        QString direction;
        if (!decodeCursor(qs(req.get_param_value("cursor")), &direction, &first) || first < 0 || first > all.size()) {
            m_ctx.replies.problem(res, 400, QStringLiteral("Invalid cursor"), QStringLiteral("The cursor is not valid."));
            return;
        }
    }
    QJsonArray results;
    for (int i = first; i < all.size() && i < first + kDeploymentPageSize; ++i)
        results.append(all.at(i).toJson());
    auto pageUrl = [&](int index) {
        return QJsonValue(m_ctx.urls.apiBase + QStringLiteral("/deployments?cursor=") + encodeCursor(QStringLiteral("after"), index));
    };
    const int next = first + kDeploymentPageSize;
    m_ctx.replies.json(res, 200, QJsonObject{{QStringLiteral("next"), next < all.size() ? pageUrl(next) : QJsonValue()},
                                            {QStringLiteral("previous"), first > 0 ? pageUrl(qMax(0, first - kDeploymentPageSize)) : QJsonValue()},
                                            {QStringLiteral("results"), results}});
}

void ReplicateApi::getDeployment(const httplib::Request &req, httplib::Response &res)
{
    const auto entry = m_ctx.deployments.find(qs(req.matches[1]), qs(req.matches[2]));
    if (!entry) {
        notFound(req, res);
        return;
    }
    m_ctx.replies.json(res, 200, entry->toJson());
}

std::optional<QJsonObject> ReplicateApi::objectBody(const httplib::Request &req, httplib::Response &res)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    m_ctx.replies.problem(res, 400, QStringLiteral("Invalid request body"),
                          parseError.error != QJsonParseError::NoError
                              ? QStringLiteral("The request body is not valid JSON: %1").arg(parseError.errorString())
                              : QStringLiteral("The request body must be a JSON object"));
    return std::nullopt;
}

void ReplicateApi::createDeployment(const httplib::Request &req, httplib::Response &res)
{
    const auto body = objectBody(req, res);
    if (!body)
        return;
    QJsonObject config = *body;
    const QString model = config.take(QLatin1String("model")).toString();
    const QString version = config.take(QLatin1String("version")).toString();
    if (model != ModelCatalog::fullName() || !ModelCatalog::acceptsVersion(version)) {
        m_ctx.replies.problem(res, 422, QStringLiteral("Invalid model or version"),
                              QStringLiteral("The emulator deploys %1 at version %2 only")
                                  .arg(ModelCatalog::fullName(), ModelCatalog::versionId()));
        return;
    }
    // Created under the account's own name, as Replicate does.
    config.insert(QStringLiteral("owner"), QStringLiteral("emulator"));
    QString error;
    const auto deployment = Deployment::fromJson(config, &error);
    if (deployment && m_ctx.deployments.find(deployment->owner, deployment->name))
        error = QStringLiteral("A deployment named %1 already exists").arg(deployment->fullName());
    DeploymentRegistry::Entry entry;
    if (error.isEmpty() && deployment && m_ctx.defineDeployment(*deployment, &entry, true)) {
        m_ctx.replies.json(res, 200, entry.toJson());
        return;
    }
    m_ctx.replies.problem(res, 422, QStringLiteral("Invalid deployment"),
                          error.isEmpty() ? QStringLiteral("Too many deployments") : error);
}

void ReplicateApi::updateDeployment(const httplib::Request &req, httplib::Response &res)
{
    const auto entry = m_ctx.deployments.find(qs(req.matches[1]), qs(req.matches[2]));
    if (!entry) {
        notFound(req, res);
        return;
    }
    const auto body = objectBody(req, res);
    if (!body)
        return;
    if (body->contains(QLatin1String("version")) && !ModelCatalog::acceptsVersion(body->value(QLatin1String("version")).toString())) {
        m_ctx.replies.problem(res, 422, QStringLiteral("Invalid version"),
                              QStringLiteral("The emulator deploys version %1 only").arg(ModelCatalog::versionId()));
        return;
    }
    // Fields left out keep their value; the result is a new release.
    QJsonObject config{{QStringLiteral("owner"), entry->deployment.owner}, {QStringLiteral("name"), entry->deployment.name},
                       {QStringLiteral("hardware"), entry->deployment.hardware},
                       {QStringLiteral("min_instances"), entry->deployment.minInstances},
                       {QStringLiteral("max_instances"), entry->deployment.maxInstances}};
    for (const char *key : {"hardware", "min_instances", "max_instances"}) {
        if (body->contains(QLatin1String(key)))
            config.insert(QLatin1String(key), body->value(QLatin1String(key)));
    }
    QString error;
    const auto deployment = Deployment::fromJson(config, &error);
    DeploymentRegistry::Entry updated;
    if (!deployment || !m_ctx.defineDeployment(*deployment, &updated, true)) {
        m_ctx.replies.problem(res, 422, QStringLiteral("Invalid deployment"), error);
        return;
    }
    m_ctx.replies.json(res, 200, updated.toJson());
}

void ReplicateApi::deleteDeployment(const httplib::Request &req, httplib::Response &res)
{
    const auto entry = m_ctx.deployments.find(qs(req.matches[1]), qs(req.matches[2]));
    if (!entry || !m_ctx.deployments.remove(entry->deployment.owner, entry->deployment.name)) {
        notFound(req, res);
        return;
    }
    // Runs under way finish; no instance is kept warm for it any more.
    m_ctx.engine.configureDeployment(entry->deployment.fullName(), 0, entry->deployment.maxInstances, false);
    res.status = 204;
}

void ReplicateApi::getModel(const httplib::Request &req, httplib::Response &res)
{
    if (!ModelCatalog::isModel(qs(req.matches[1]), qs(req.matches[2]))) {
        notFound(req, res);
        return;
    }
    m_ctx.replies.json(res, 200, ModelCatalog::modelJson(m_ctx.engine.newestFirst().size()));
}

void ReplicateApi::listVersions(const httplib::Request &req, httplib::Response &res)
{
    if (!ModelCatalog::isModel(qs(req.matches[1]), qs(req.matches[2]))) {
        notFound(req, res);
        return;
    }
    m_ctx.replies.json(res, 200, QJsonObject{{QStringLiteral("next"), QJsonValue()},
                                            {QStringLiteral("previous"), QJsonValue()},
                                            {QStringLiteral("results"), QJsonArray{ModelCatalog::versionJson()}}});
}

void ReplicateApi::getVersion(const httplib::Request &req, httplib::Response &res)
{
    if (!ModelCatalog::isModel(qs(req.matches[1]), qs(req.matches[2])) || qs(req.matches[3]) != ModelCatalog::versionId()) {
        notFound(req, res);
        return;
    }
    m_ctx.replies.json(res, 200, ModelCatalog::versionJson());
}

void ReplicateApi::account(const httplib::Request &, httplib::Response &res)
{
    m_ctx.replies.json(res, 200, QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                            {QStringLiteral("username"), QStringLiteral("emulator")},
                                            {QStringLiteral("name"), QStringLiteral("SD Animator offline emulator")},
                                            {QStringLiteral("github_url"), QJsonValue()},
                                            {QStringLiteral("avatar_url"), QJsonValue()}});
}

void ReplicateApi::webhookSecret(const httplib::Request &, httplib::Response &res)
{
    m_ctx.replies.json(res, 200, QJsonObject{{QStringLiteral("key"), QStringLiteral("whsec_") + QString::fromLatin1(m_webhookKey.toBase64())}});
}

void ReplicateApi::startWebhooks(const std::shared_ptr<SimulatedPrediction> &prediction, const QString &url,
                                 const QStringList &events)
{
    auto config = WebhookNotifier::configFor(prediction, url, events, m_ctx.options.timeScale);
    const PredictionJson::Urls urls = m_ctx.urls;
    config.body = [prediction, urls](const PredictionState &st) {
        return HttpReplies::compact(PredictionJson::replicate(*prediction, st, urls, PredictionJson::Style()));
    };
    // Standard Webhooks signature, as Replicate signs (spec §3.6).
    const QByteArray key = m_webhookKey;
    config.headers = [key](const QByteArray &body) {
        const QByteArray id = "msg_" + RandomIds::randomString(27, "abcdefghijklmnopqrstuvwxyz0123456789").toLatin1();
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray signature = QMessageAuthenticationCode::hash(id + '.' + timestamp + '.' + body, key,
                                                                      QCryptographicHash::Sha256).toBase64();
        return QList<QPair<QByteArray, QByteArray>>{{"webhook-id", id},
                                                    {"webhook-timestamp", timestamp},
                                                    {"webhook-signature", "v1," + signature}};
    };
    m_webhooks.start(config);
}

void ReplicateApi::notFound(const httplib::Request &, httplib::Response &res)
{
    m_ctx.replies.problem(res, 404, QString(), kNotFound);
}

void ReplicateApi::serveFile(const httplib::Request &req, httplib::Response &res)
{
    m_ctx.engine.sweep();
    const auto hit = m_ctx.engine.findFile(qs(req.path));
    const qint64 now = EmulatorClock::nowNs();
    QByteArray data;
    bool available = hit && hit->prediction->outputReady(hit->index) && !hit->prediction->stateAt(now).dataRemoved;
    if (available) {
        QFile file(hit->prediction->files().at(hit->index).localPath);
        available = file.open(QIODevice::ReadOnly);
        data = file.readAll();
    }
    if (!available) {
        res.status = 404;
        res.set_content("Not Found", "text/plain");
        return;
    }
    const std::string type = HttpReplies::mimeType(qs(req.path)).toStdString();
    res.set_header("Cache-Control", "public,max-age=3600");
    if (m_ctx.faults.takeDropFile()) {
        HttpReplies::truncated(res, 200, data, type);
        return;
    }
    res.status = 200;
    res.set_content(data.constData(), size_t(data.size()), type);
}

void ReplicateApi::webPage(const httplib::Request &req, httplib::Response &res)
{
    const auto prediction = m_ctx.engine.find(qs(req.matches[1]));
    if (!prediction) {
        res.status = 404;
        res.set_content("Not Found", "text/plain");
        return;
    }
    const PredictionState st = prediction->stateAt(EmulatorClock::nowNs());
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                                  "<h1>Prediction %1</h1><p>Status: %2</p>")
                       .arg(prediction->id(), st.status);
    if (!st.dataRemoved) {
        html += QStringLiteral("<pre>%1</pre><ul>").arg(st.logsText().toHtmlEscaped());
        for (int index : st.outputs) {
            const QString url = PredictionJson::fileUrl(*prediction, index, m_ctx.urls);
            html += QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(url.toHtmlEscaped(),
                                                                        prediction->files().at(index).basename.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>The inputs, outputs and logs of this prediction were removed.</p>");
    }
    html += QStringLiteral("</body></html>");
    res.set_content(html.toStdString(), "text/html; charset=utf-8");
}

} // namespace sdanim::emulator
