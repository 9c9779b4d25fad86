#pragma once

#include "api/Backend.h"
#include "api/JobOptions.h"
#include "api/ModelVersionCache.h"

#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace sdanim::api {

class ApiClient;

// The Replicate HTTP API (api.replicate.com or anything that speaks it, such as the emulator).
// Fetches the model's latest version for the form (or takes it from the version cache), creates
// ReplicateJobs and checks the token.
class ReplicateBackend : public Backend
{
    Q_OBJECT
public:
    // `network` may be shared (tests pass a recording one); when null the backend owns its own.
    ReplicateBackend(const QUrl &apiBase, const QByteArray &token, const JobOptions &options,
                     QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ReplicateBackend() override;

    Kind kind() const override { return Kind::ReplicateCloud; }
    QString displayName() const override;

    void loadSchema() override;
    schema::ModelSchema schema() const override { return m_schema; }
    PredictionJob *createJob(const QJsonObject &input, QObject *parent = nullptr) override;
    PredictionJob *createJobOn(const QString &deployment, const QJsonObject &input, QObject *parent = nullptr) override;
    PredictionJob *resumeJob(const Prediction &known, QObject *parent = nullptr) override;
    PredictionJob *recoverJob(const QJsonObject &input, const QDateTime &sentAfter, QObject *parent = nullptr) override;
    bool recoversLostCreates() const override { return true; }
    void checkConnection() override;
    void setRunEstimator(const model::RunEstimator &estimator) override { m_options.estimator = estimator; }
    void setRecordedCheck(const RecordedCheck &check) override { m_options.isRecorded = check; }

    ApiClient *client() const { return m_client; }
    QUrl apiBase() const;
    JobOptions &jobOptions() { return m_options; }
    void setModel(const QString &ownerSlashName) { m_model = ownerSlashName; }
    QString model() const { return m_model; }
    // Creates go to this deployment (owner/name, AppSettings::deployment); empty: the model version.
    // The form's schema is then the deployment's current release's version (GET /deployments/…).
    void setDeployment(const QString &ownerSlashName) { m_options.deployment = ownerSlashName; }
    QString deployment() const override { return m_options.deployment; }
    // A version id to use instead of the model's latest one (AppSettings::pinnedVersion).
    void setPinnedVersion(const QString &versionId) { m_pinnedVersion = versionId; }
    // Keep fetched versions in `file` and answer loadSchema() from it while fresh (ModelVersionCache).
    void setVersionCache(const QString &file, qint64 maxAgeSeconds = ModelVersionCache::DefaultMaxAgeSeconds)
    {
        m_versionCache.emplace(file, maxAgeSeconds);
    }
    // The last schemaReady came from the version cache, without a request.
    bool schemaFromCache() const { return m_schemaFromCache; }

protected:
    void setEndpoint(const QUrl &apiBase, const QByteArray &token);

private:
    void fetchVersion(const QString &versionId, const QString &model = {});
    void fetchDeploymentVersion();
    void schemaLoaded(const QJsonObject &version, bool fromCache = false);
    void schemaFailed(const QString &why);

    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    JobOptions m_options;
    QString m_model;
    QString m_pinnedVersion;
    schema::ModelSchema m_schema;
    bool m_schemaFromNetwork = false;
    bool m_schemaFromCache = false;
    std::optional<ModelVersionCache> m_versionCache;
};

} // namespace sdanim::api
