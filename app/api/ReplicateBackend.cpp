#include "api/ReplicateBackend.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/DeploymentInfo.h"
#include "api/ReplicateJob.h"
#include "settings/AppSettings.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBackend, "sdanim.api.backend", QtWarningMsg)

namespace sdanim::api {

ReplicateBackend::ReplicateBackend(const QUrl &apiBase, const QByteArray &token, const JobOptions &options,
                                   QNetworkAccessManager *network, QObject *parent)
    : Backend(parent), m_network(network ? network : new QNetworkAccessManager(this)), m_options(options),
      m_model(QString::fromLatin1(settings::AppSettings::DefaultModel)), m_schema(schema::ModelSchema::pinned())
{
    m_client = new ApiClient(m_network, apiBase, token, this);
    m_client->setRetryPolicy(RetryPolicy(m_options.retry));
    m_client->setRequestTimeoutMs(m_options.requestTimeoutMs);
}

ReplicateBackend::~ReplicateBackend() = default;

QString ReplicateBackend::displayName() const
{
    if (!m_options.deployment.isEmpty())
        return tr("Replicate deployment %1 (%2)").arg(m_options.deployment, m_client->apiBase().host());
    return tr("Replicate cloud (%1)").arg(m_client->apiBase().host());
}

QUrl ReplicateBackend::apiBase() const { return m_client->apiBase(); }

void ReplicateBackend::setEndpoint(const QUrl &apiBase, const QByteArray &token)
{
    m_client->setEndpoint(apiBase, token);
}

void ReplicateBackend::loadSchema()
{
    // The cache knows model versions, not what a deployment runs now (a new release changes it).
    if (!m_options.deployment.isEmpty() && m_pinnedVersion.isEmpty()) {
        fetchDeploymentVersion();
        return;
    }
    if (m_versionCache) {
        if (const auto cached = m_versionCache->lookup(m_client->apiBase(), m_model, m_pinnedVersion)) {
            const QJsonObject version = *cached;
            // Asynchronous like the network answer, so callers can connect afterwards.
            QTimer::singleShot(0, this, [this, version] { schemaLoaded(version, true); });
            return;
        }
    }
    if (!m_pinnedVersion.isEmpty()) {
        fetchVersion(m_pinnedVersion);
        return;
    }
    ApiCall *call = m_client->get(m_client->endpoint(QStringLiteral("/models/") + m_model), this);
    // The form must not wait minutes for an unreachable server: the pinned schema is good enough.
    call->setMaxAttempts(2);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->isOk()) {
            schemaFailed(call->error().userMessage());
            return;
        }
        const QJsonObject latest = call->json().object().value(QLatin1String("latest_version")).toObject();
        if (latest.value(QLatin1String("openapi_schema")).isObject())
            schemaLoaded(latest);
        else if (!latest.value(QLatin1String("id")).toString().isEmpty())
            fetchVersion(latest.value(QLatin1String("id")).toString());
        else
            schemaFailed(QStringLiteral("the model has no latest_version"));
    });
}

void ReplicateBackend::fetchDeploymentVersion()
{
    ApiCall *call = m_client->get(m_client->endpoint(QStringLiteral("/deployments/") + m_options.deployment), this);
    call->setMaxAttempts(2);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->isOk()) {
            schemaFailed(call->error().userMessage());
            return;
        }
        const auto deployment = DeploymentInfo::fromJson(call->json().object());
        if (!deployment || deployment->version.isEmpty() || !DeploymentInfo::isValidFullName(deployment->model)) {
            schemaFailed(QStringLiteral("the deployment has no current release"));
            return;
        }
        fetchVersion(deployment->version, deployment->model);
    });
}

void ReplicateBackend::fetchVersion(const QString &versionId, const QString &model)
{
    const QString owner = model.isEmpty() ? m_model : model;
    ApiCall *call = m_client->get(
        m_client->endpoint(QStringLiteral("/models/") + owner + QStringLiteral("/versions/") + versionId), this);
    call->setMaxAttempts(2);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->isOk())
            schemaLoaded(call->json().object());
        else
            schemaFailed(call->error().userMessage());
    });
}

void ReplicateBackend::schemaLoaded(const QJsonObject &version, bool fromCache)
{
    QString error;
    const auto schema = schema::ModelSchema::fromVersion(version, &error);
    if (!schema || schema->versionId().isEmpty()) {
        schemaFailed(error.isEmpty() ? QStringLiteral("the version has no id") : error);
        return;
    }
    m_schema = *schema;
    m_schemaFromNetwork = true;
    m_schemaFromCache = fromCache;
    const bool deploymentsVersion = !m_options.deployment.isEmpty() && m_pinnedVersion.isEmpty();
    if (!fromCache && !deploymentsVersion && m_versionCache && !m_versionCache->store(m_client->apiBase(), m_model, m_pinnedVersion, version))
        qCInfo(lcBackend) << "could not write the model version cache" << m_versionCache->file();
    emit schemaReady(m_schema, true);
}

void ReplicateBackend::schemaFailed(const QString &why)
{
    qCInfo(lcBackend) << "using the pinned model schema:" << why;
    // A schema fetched earlier is better than the shipped one.
    if (!m_schemaFromNetwork) m_schema = schema::ModelSchema::pinned();
    emit schemaReady(m_schema, false);
}

PredictionJob *ReplicateBackend::createJob(const QJsonObject &input, QObject *parent)
{
    return new ReplicateJob(m_client, m_schema, input, m_options, parent);
}

PredictionJob *ReplicateBackend::createJobOn(const QString &deployment, const QJsonObject &input, QObject *parent)
{
    if (deployment.isEmpty()) return createJob(input, parent);
    JobOptions options = m_options;
    options.deployment = deployment;
    return new ReplicateJob(m_client, m_schema, input, options, parent);
}

PredictionJob *ReplicateBackend::resumeJob(const Prediction &known, QObject *parent)
{
    if (known.id.isEmpty()) return nullptr;
    return new ReplicateJob(m_client, known, m_options, parent);
}

PredictionJob *ReplicateBackend::recoverJob(const QJsonObject &input, const QDateTime &sentAfter, QObject *parent)
{
    return new ReplicateJob(m_client, m_schema, input, sentAfter, m_options, parent);
}

void ReplicateBackend::checkConnection()
{
    if (!m_client->hasToken()) {
        // Asynchronous like the network answer, so callers can rely on connecting afterwards.
        QTimer::singleShot(0, this, [this] {
            emit connectionChecked(false, tr("No API token is set. Enter your Replicate API token in Settings "
                                             "(or set REPLICATE_API_TOKEN)."));
        });
        return;
    }
    ApiCall *call = m_client->get(m_client->endpoint(QStringLiteral("/account")), this);
    call->setMaxAttempts(2);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->isOk()) {
            emit connectionChecked(false, call->error().userMessage());
            return;
        }
        const QString user = call->json().object().value(QLatin1String("username")).toString();
        emit connectionChecked(true, user.isEmpty() ? tr("Connected to %1.").arg(m_client->apiBase().host())
                                                    : tr("Connected to %1 as %2.").arg(m_client->apiBase().host(), user));
    });
}

} // namespace sdanim::api
