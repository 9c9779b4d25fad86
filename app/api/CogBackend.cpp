#include "api/CogBackend.h"

#include "api/CogJob.h"
#include "api/CogWebhookReceiver.h"
#include "api/NetworkReplies.h"
#include "api/RequestLog.h"
#include "settings/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sdanim::api {

namespace {
Q_LOGGING_CATEGORY(lcCog, "sdanim.api.cog", QtWarningMsg)

constexpr int ProbeTimeoutMs = 10000;

QString limitText()
{
    return QLocale().formattedDataSize(CogBackend::MaxAnswerBytes, 0, QLocale::DataSizeIecFormat);
}

QNetworkRequest probeRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(ProbeTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    return request;
}
} // namespace

CogBackend::CogBackend(const QUrl &baseUrl, const QString &outputDirectory, QObject *parent)
    : Backend(parent),
      m_nam(new QNetworkAccessManager(this)),
      m_baseUrl(baseUrl),
      m_outputDirectory(outputDirectory),
      m_model(QString::fromLatin1(settings::AppSettings::DefaultModel)),
      m_schema(schema::ModelSchema::pinned())
{
}

CogBackend::CogBackend(const settings::AppSettings &settings, QObject *parent)
    : CogBackend(settings, settings.cogUrl(), settings.outputDirectory(), parent)
{
}

CogBackend::CogBackend(const settings::AppSettings &settings, const QUrl &baseUrl, const QString &outputDirectory,
                       QObject *parent)
    : CogBackend(baseUrl, outputDirectory, parent)
{
    m_model = settings.model();
    m_useWebhooks = settings.value(QLatin1String(WebhooksSettingKey), true).toBool();
    m_deadlineMs = settings.deadlineMinutes() * 60 * 1000;
}

CogBackend::~CogBackend() = default;

QString CogBackend::displayName() const
{
    return tr("Local Cog container (%1)").arg(m_baseUrl.toDisplayString());
}

QUrl CogBackend::endpoint(const QString &path) const
{
    return endpoint(m_baseUrl, path);
}

QUrl CogBackend::endpoint(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/'))) prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    return url;
}

CogWebhookReceiver *CogBackend::webhookReceiver()
{
    if (!m_useWebhooks || m_receiverFailed) return nullptr;
    if (!m_receiver) {
        m_receiver = new CogWebhookReceiver(this);
        if (!m_receiver->start()) {
            delete m_receiver;
            m_receiver = nullptr;
            m_receiverFailed = true;
        }
    }
    return m_receiver;
}

void CogBackend::loadSchema()
{
    QNetworkReply *reply = m_nam->get(probeRequest(endpoint(QStringLiteral("/openapi.json"))));
    NetworkReplies::limitBody(reply, MaxAnswerBytes);
    RequestLog::instance().watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (NetworkReplies::exceededLimit(reply))
            qCWarning(lcCog).noquote() << "The container's /openapi.json is larger than" << limitText()
                                       << "and was not read; using the shipped schema.";
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
            if (auto parsed = schema::ModelSchema::fromOpenApi(doc.object())) {
                m_schema = *parsed;
                emit schemaReady(m_schema, true);
                return;
            }
        }
        // Unreachable container or an unusable document: the shipped schema of the published version.
        m_schema = schema::ModelSchema::pinned();
        emit schemaReady(m_schema, false);
    });
}

PredictionJob *CogBackend::createJob(const QJsonObject &input, QObject *parent)
{
    CogJob::Config config;
    config.baseUrl = m_baseUrl;
    config.outputDirectory = m_outputDirectory;
    config.model = m_model;
    config.version = m_schema.versionId();
    config.setupWaitMs = m_setupWaitMs;
    config.deadlineMs = m_deadlineMs;
    config.cancelGraceMs = m_cancelGraceMs;
    config.estimator = m_estimator;
    return new CogJob(this, config, input, parent);
}

PredictionJob *CogBackend::resumeJob(const Prediction &, QObject *)
{
    // A Cog container has no GET /predictions/{id}: once the app lost the connection to a run,
    // nothing can be followed again.
    return nullptr;
}

void CogBackend::checkConnection()
{
    QNetworkReply *reply = m_nam->get(probeRequest(endpoint(QStringLiteral("/health-check"))));
    NetworkReplies::limitBody(reply, MaxAnswerBytes);
    RequestLog::instance().watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString where = m_baseUrl.toDisplayString();
        if (NetworkReplies::exceededLimit(reply)) {
            emit connectionChecked(false, tr("%1 does not look like a Cog container: its answer to GET /health-check "
                                             "is larger than the limit of %2 and was not read.")
                                              .arg(where, limitText()));
            return;
        }
        if (status == 0) {
            emit connectionChecked(false, tr("Cannot reach the Cog container at %1 (%2). Is it running? "
                                             "Start it with: docker run -p 5000:5000 --gpus=all r8.im/%3")
                                              .arg(where, reply->errorString(), m_model));
            return;
        }
        if (status == 404) {
            checkLegacyRoot();
            return;
        }
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        const QString state = health.value(QLatin1String("status")).toString();
        if (status != 200 || state.isEmpty()) {
            emit connectionChecked(false, tr("%1 does not look like a Cog container (GET /health-check answered HTTP %2).")
                                              .arg(where)
                                              .arg(status));
            return;
        }
        if (state == QLatin1String("READY"))
            emit connectionChecked(true, tr("The Cog container at %1 is ready.").arg(where));
        else if (state == QLatin1String("BUSY"))
            emit connectionChecked(true, tr("The Cog container at %1 is busy with a prediction.").arg(where));
        else if (state == QLatin1String("STARTING"))
            emit connectionChecked(true, tr("The Cog container at %1 is still loading the model.").arg(where));
        else
            emit connectionChecked(false, tr("The Cog container at %1 is not usable (status %2): %3")
                                              .arg(where, state,
                                                   health.value(QLatin1String("setup")).toObject()
                                                       .value(QLatin1String("logs")).toString().trimmed().right(300)));
    });
}

void CogBackend::checkLegacyRoot()
{
    QNetworkReply *reply = m_nam->get(probeRequest(endpoint(QStringLiteral("/"))));
    NetworkReplies::limitBody(reply, MaxAnswerBytes);
    RequestLog::instance().watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (NetworkReplies::exceededLimit(reply)) {
            emit connectionChecked(false, tr("%1 does not look like a Cog container: its answer to GET / is larger "
                                             "than the limit of %2 and was not read.")
                                              .arg(m_baseUrl.toDisplayString(), limitText()));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200 && root.contains(QLatin1String("openapi_url")))
            emit connectionChecked(true, tr("The container at %1 runs an old Cog server (0.6 or older): runs work, "
                                            "but without progress reports and without cancel.")
                                             .arg(m_baseUrl.toDisplayString()));
        else
            emit connectionChecked(false, tr("%1 does not look like a Cog container (no /health-check, GET / answered HTTP %2).")
                                              .arg(m_baseUrl.toDisplayString())
                                              .arg(status));
    });
}

} // namespace sdanim::api
