#pragma once

#include "api/Backend.h"
#include "settings/AppSettings.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;


namespace sdanim::api {

class CogWebhookReceiver;

// A local Cog container of the model (docker run -p 5000:5000 r8.im/…), default http://localhost:5000.
// Works with both server generations (docs/cog-backend.md):
// - Cog ≥ 0.7 (spec §7.1): GET /health-check answers; predictions are created with a client-chosen id
//   (PUT /predictions/{id}) so they can be canceled, and progress arrives by webhook on a loopback
//   listener of the app;
// - Cog ≤ 0.6 (§7.3, what this model's published image runs): /health-check is 404; one synchronous
//   POST /predictions, no id, no progress, no cancel.
// A container keeps no predictions, so resumeJob() always returns nullptr: a run interrupted by
// quitting the app cannot be followed again (the history marks it interrupted).
class CogBackend : public Backend
{
    Q_OBJECT
public:
    // QSettings key (bool, default true): send webhooks for progress. Turn off when the container
    // cannot reach the app's 127.0.0.1 (Docker without --network host), see docs/cog-backend.md.
    static constexpr const char *WebhooksSettingKey = "backend/cogWebhooks";
    // The largest answer of the container read for anything but a run (health check, schema,
    // cancel): the same room as an API answer of the Replicate path (ApiClient::MaxResponseBytes).
    static constexpr qint64 MaxAnswerBytes = 64LL * 1024 * 1024;

    CogBackend(const QUrl &baseUrl, const QString &outputDirectory, QObject *parent = nullptr);
    explicit CogBackend(const settings::AppSettings &settings, QObject *parent = nullptr);
    // The settings' model, webhook and deadline choices with another container URL and output
    // folder (the CLI's --base-url and --out).
    CogBackend(const settings::AppSettings &settings, const QUrl &baseUrl, const QString &outputDirectory,
               QObject *parent = nullptr);
    ~CogBackend() override;

    Kind kind() const override { return Kind::LocalCog; }
    QString displayName() const override;
    void loadSchema() override;
    schema::ModelSchema schema() const override { return m_schema; }
    PredictionJob *createJob(const QJsonObject &input, QObject *parent = nullptr) override;
    PredictionJob *resumeJob(const Prediction &known, QObject *parent = nullptr) override;
    void checkConnection() override;
    void setRunEstimator(const model::RunEstimator &estimator) override { m_estimator = estimator; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString outputDirectory() const { return m_outputDirectory; }
    // The container's URL for `path` ("/health-check"), keeping a path prefix of the base URL.
    QUrl endpoint(const QString &path) const;
    static QUrl endpoint(const QUrl &baseUrl, const QString &path);

    void setUseWebhooks(bool on) { m_useWebhooks = on; }
    bool useWebhooks() const { return m_useWebhooks; }
    void setModelName(const QString &ownerSlashName) { m_model = ownerSlashName; }
    QString modelName() const { return m_model; }
    // How long a job waits for a container that is still running setup() (loading weights).
    void setSetupWaitMs(int ms) { m_setupWaitMs = ms; }
    int setupWaitMs() const { return m_setupWaitMs; }
    // Overall limit of one run (the container answers only at the end).
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // How long a canceled run may take to confirm before the job stops waiting.
    void setCancelGraceMs(int ms) { m_cancelGraceMs = ms; }

    QNetworkAccessManager *network() const { return m_nam; }
    // Started on first use; nullptr when webhooks are off or no local port could be opened.
    CogWebhookReceiver *webhookReceiver();

private:
    void checkLegacyRoot();

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_outputDirectory;
    QString m_model;
    schema::ModelSchema m_schema;
    bool m_useWebhooks = true;
    int m_setupWaitMs = 10 * 60 * 1000;
    int m_deadlineMs = settings::AppSettings::DefaultDeadlineMinutes * 60 * 1000;
    int m_cancelGraceMs = 30000;
    model::RunEstimator m_estimator;
    CogWebhookReceiver *m_receiver = nullptr;
    bool m_receiverFailed = false;
};

} // namespace sdanim::api
