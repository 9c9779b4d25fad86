#include "api/CogJob.h"

#include "api/CogBackend.h"
#include "api/CogWebhookReceiver.h"
#include "api/DataUri.h"
#include "api/FileNameSanitizer.h"
#include "api/JobProgress.h"
#include "api/NetworkReplies.h"
#include "api/RequestLog.h"
#include "api/OutputDownloader.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>
#include <QtConcurrent>

namespace sdanim::api {

namespace {

constexpr int ProbeTimeoutMs = 10000;
constexpr int MaxProbeFailures = 3;
constexpr int SetupPollMs = 1000;
constexpr int MaxCancelAttempts = 5;

// 26 characters of RFC 4648 base32 (lower case) from a random UUID, the id form Cog's docs suggest.
QString newPredictionId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    const QByteArray bytes = QUuid::createUuid().toRfc4122();
    QString id;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            id += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) id += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return id;
}

// History keeps the prediction's JSON; megabytes of base64 per output do not belong there
// (the files are saved next to it), so data: URIs are replaced by a short description.
QJsonValue withoutDataPayloads(const QJsonValue &value)
{
    if (value.isString() && DataUri::isDataUri(value.toString()))
        return OutputDownloader::describeUrl(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) out.append(withoutDataPayloads(v));
        return out;
    }
    return value;
}

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat); }

bool neverReachedServer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

} // namespace

CogJob::CogJob(CogBackend *backend, Config config, const QJsonObject &input, QObject *parent)
    : PredictionJob(parent),
      m_backend(backend),
      m_config(std::move(config)),
      m_runProgress(new JobProgress(model::AnimationPlan::fromInput(input), m_config.estimator.rates(),
                                    m_config.progressIntervalMs, this))
{
    connect(m_runProgress, &JobProgress::changed, this, [this](double fraction, qint64 etaMs) {
        m_progress = fraction;
        m_etaMs = etaMs;
        emit progressChanged(fraction, etaMs);
    });
    m_input = input;
    m_prediction.input = input;
    m_prediction.model = m_config.model;
    m_prediction.version = m_config.version;
    m_prediction.source = QStringLiteral("cog");
    m_cancelGrace.setSingleShot(true);
    connect(&m_cancelGrace, &QTimer::timeout, this, [this] {
        if (m_run) takeRunReply()->abort();
        endCanceled(tr("The container did not confirm the cancellation in time; stopped waiting for it."));
    });
}

CogJob::~CogJob()
{
    for (QNetworkReply *reply : {m_probe.data(), m_run.data()})
        NetworkReplies::abandon(reply, this);
}

QString CogJob::outputDirectory() const
{
    return QDir(m_config.outputDirectory).filePath(m_prediction.id);
}

QUrl CogJob::endpoint(const QString &path) const
{
    // The backend may be gone by now; its base URL was copied into the config.
    return CogBackend::endpoint(m_config.baseUrl, path);
}

void CogJob::start()
{
    if (m_state != State::Idle) return;
    if (!m_backend) {
        ApiError error;
        error.networkError = tr("The Cog backend is gone.");
        rejectBeforeRun(error);
        return;
    }
    m_running = true;
    m_state = State::Probing;
    m_clock.start();
    probeHealth();
}

void CogJob::probeHealth()
{
    if (!m_backend || m_state != State::Probing) return;
    QNetworkRequest request(endpoint(QStringLiteral("/health-check")));
    request.setTransferTimeout(ProbeTimeoutMs);
    m_probe = m_backend->network()->get(request);
    NetworkReplies::limitBody(m_probe, CogBackend::MaxAnswerBytes);
    RequestLog::instance().watch(m_probe);
    connect(m_probe, &QNetworkReply::finished, this, [this, reply = m_probe.data()] { onHealth(reply); });
}

void CogJob::onHealth(QNetworkReply *reply)
{
    reply->deleteLater();
    m_probe = nullptr;
    if (m_state != State::Probing) return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = m_config.baseUrl.toDisplayString();

    if (NetworkReplies::exceededLimit(reply)) {
        // Not retried: the next answer would be as large.
        ApiError error = ApiError::fromResponse(502, {});
        error.detail = tr("%1 does not look like a Cog container: its answer to GET /health-check is larger than "
                          "the limit of %2 and was not read.")
                           .arg(where, sizeText(CogBackend::MaxAnswerBytes));
        rejectBeforeRun(error);
        return;
    }
    if (status == 404) {   // Cog ≤ 0.6 has no health check (spec §7.3)
        startRun(Mode::Legacy);
        return;
    }
    if (status == 0 || status >= 500) {
        if (++m_probeFailures < MaxProbeFailures) {
            QTimer::singleShot(500 * m_probeFailures, this, &CogJob::probeHealth);
            return;
        }
        ApiError error;
        if (status == 0) {
            error.networkError = tr("cannot reach the Cog container at %1: %2. Is it running? "
                                    "Start it with: docker run -p 5000:5000 --gpus=all r8.im/%3")
                                     .arg(where, reply->errorString(), m_config.model);
        } else {
            error = ApiError::fromResponse(status, reply->readAll());
            error.detail = tr("The Cog container at %1 answered its health check with HTTP %2.").arg(where).arg(status);
        }
        rejectBeforeRun(error);
        return;
    }

    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    const QString state = health.value(QLatin1String("status")).toString();
    if (status != 200 || state.isEmpty()) {
        ApiError error = ApiError::fromResponse(status == 200 ? 502 : status, {});
        error.detail = tr("%1 does not look like a Cog container (GET /health-check answered HTTP %2).").arg(where).arg(status);
        rejectBeforeRun(error);
        return;
    }
    if (state == QLatin1String("READY")) {
        startRun(Mode::Modern);
    } else if (state == QLatin1String("STARTING")) {
        // setup() is loading the weights; that takes a while on first start.
        if (m_clock.elapsed() > m_config.setupWaitMs) {
            ApiError error = ApiError::fromResponse(503, {});
            error.detail = tr("The Cog container at %1 is still loading the model after %2 s.")
                               .arg(where)
                               .arg(m_clock.elapsed() / 1000);
            rejectBeforeRun(error);
            return;
        }
        if (!m_waitNoted) {
            m_waitNoted = true;
            emit logLine(tr("The container is still loading the model; waiting for it to be ready…"));
        }
        QTimer::singleShot(SetupPollMs, this, &CogJob::probeHealth);
    } else if (state == QLatin1String("BUSY")) {
        ApiError error = ApiError::fromResponse(409, {});
        error.detail = tr("The Cog container at %1 is busy with another prediction; it runs one at a time. "
                          "Try again when it is done.").arg(where);
        rejectBeforeRun(error);
    } else {
        ApiError error = ApiError::fromResponse(503, {});
        const QString setupLogs = health.value(QLatin1String("setup")).toObject().value(QLatin1String("logs")).toString();
        error.detail = tr("The Cog container at %1 cannot run predictions (status %2). Its setup log ends with: %3")
                           .arg(where, state, setupLogs.trimmed().right(500));
        rejectBeforeRun(error);
    }
}

void CogJob::startRun(Mode mode)
{
    if (!m_backend || (m_state != State::Probing && m_state != State::Running)) return;
    const bool firstAttempt = m_state == State::Probing;
    m_mode = mode;
    if (firstAttempt) {
        // The container answers only when the run is over: tell the history about it now.
        m_prediction.id = mode == Mode::Legacy ? QStringLiteral("cog-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                               : newPredictionId();
        m_prediction.status = PredictionStatus::Starting;
        m_prediction.createdAt = QDateTime::currentDateTimeUtc();
        m_state = State::Running;
        emit created(m_prediction);
        if (mode == Mode::Legacy)
            emit logLine(tr("This container runs an old Cog server (0.6 or older): there is no progress until the run "
                            "ends, and it cannot be canceled."));
    }

    QJsonObject body{{QStringLiteral("input"), m_input}};
    QNetworkRequest request;
    if (mode == Mode::Modern) {
        body.insert(QStringLiteral("id"), m_prediction.id);
        if (CogWebhookReceiver *receiver = m_backend->webhookReceiver()) {
            body.insert(QStringLiteral("webhook"), receiver->urlFor(m_prediction.id).toString());
            body.insert(QStringLiteral("webhook_events_filter"),
                        QJsonArray{QStringLiteral("start"), QStringLiteral("output"), QStringLiteral("logs"),
                                   QStringLiteral("completed")});
            if (firstAttempt)
                connect(receiver, &CogWebhookReceiver::received, this, &CogJob::onWebhook, Qt::UniqueConnection);
        }
        request.setUrl(endpoint(QStringLiteral("/predictions/") + QString::fromLatin1(QUrl::toPercentEncoding(m_prediction.id))));
    } else {
        request.setUrl(endpoint(QStringLiteral("/predictions")));
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Synchronous: the answer arrives when the run ends, so the timeout is the overall deadline.
    request.setTransferTimeout(m_config.deadlineMs);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_run = mode == Mode::Modern ? m_backend->network()->put(request, payload) : m_backend->network()->post(request, payload);
    NetworkReplies::limitBody(m_run, MaxRunAnswerBytes);
    RequestLog::instance().watch(m_run);
    connect(m_run, &QNetworkReply::finished, this, [this, reply = m_run.data()] { onRunReply(reply); });
}

QNetworkReply *CogJob::takeRunReply()
{
    QNetworkReply *reply = m_run;
    m_run = nullptr;
    if (reply) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    return reply;
}

void CogJob::onRunReply(QNetworkReply *reply)
{
    if (reply != m_run) return;
    takeRunReply();
    if (m_state != State::Running) return;
    if (NetworkReplies::exceededLimit(reply)) {
        // The container is answering, so its run is over; what it made is in that answer only
        // (and in the webhooks that already came).
        failRun(tr("The container's answer to the run is larger than the limit of %1 and was not read.")
                    .arg(sizeText(MaxRunAnswerBytes)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0 && neverReachedServer(reply->error()) && !m_cancelRequested && ++m_probeFailures < MaxProbeFailures) {
        // The request never reached the container (it is restarting?): sending it again is safe.
        QTimer::singleShot(500 * m_probeFailures, this, [this] { startRun(m_mode); });
        return;
    }
    onRunResponse(status, body, status == 0 ? reply->errorString() : QString());
}

void CogJob::onRunResponse(int status, const QByteArray &body, const QString &networkError)
{
    if (m_state != State::Running) return;
    const QString where = m_config.baseUrl.toDisplayString();
    if (status == 200 || status == 202) {
        // Megabytes of base64 outputs: parse off the UI thread.
        auto *watcher = new QFutureWatcher<QJsonObject>(this);
        connect(watcher, &QFutureWatcher<QJsonObject>::finished, this, [this, watcher, status] {
            watcher->deleteLater();
            if (m_state != State::Running) return;
            const QJsonObject object = watcher->result();
            if (object.isEmpty()) {
                failRun(tr("The container's answer is not valid JSON."));
                return;
            }
            applyState(object);
            if (m_state != State::Running) return;
            if (status == 202) {
                // Only when a retried PUT found its run still going: the rest comes by webhook.
                if (!m_backend || !m_backend->webhookReceiver())
                    failRun(tr("The container is still running this prediction but the app cannot follow it "
                               "without webhooks."));
                return;
            }
            if (m_mode == Mode::Legacy && m_prediction.status == PredictionStatus::Unknown)
                m_prediction.status = PredictionStatus::Succeeded;
            if (!m_prediction.isTerminal())
                failRun(tr("The container ended the request without a final status."));
            else
                markTerminal();
        });
        watcher->setFuture(QtConcurrent::run([body] { return QJsonDocument::fromJson(body).object(); }));
        return;
    }
    if (status == 0) {
        if (m_cancelRequested) {
            endCanceled(QString());
            return;
        }
        if (m_mode == Mode::Modern && m_backend) {
            // Do not leave an orphan run holding the container's only slot.
            QNetworkRequest request(endpoint(QStringLiteral("/predictions/%1/cancel").arg(m_prediction.id)));
            request.setTransferTimeout(ProbeTimeoutMs);
            QNetworkReply *cancelReply = m_backend->network()->post(request, QByteArray());
            NetworkReplies::limitBody(cancelReply, CogBackend::MaxAnswerBytes);
            RequestLog::instance().watch(cancelReply);
            connect(cancelReply, &QNetworkReply::finished, cancelReply, &QObject::deleteLater);
        }
        failRun(m_mode == Mode::Legacy
                    ? tr("Lost the connection to the container at %1 (%2). An old Cog server finishes the run "
                         "anyway but cannot hand its result to anyone else.").arg(where, networkError)
                    : tr("Lost the connection to the container at %1 (%2).").arg(where, networkError));
        return;
    }
    ApiError error = ApiError::fromResponse(status, body);
    if (status == 422 || status == 409) {
        // Cog's pydantic errors name the field "input.<name>"; the form knows it as "<name>".
        for (schema::FieldError &fieldError : error.fieldErrors)
            if (fieldError.field.startsWith(QLatin1String("input.")))
                fieldError.field = fieldError.field.mid(6);
        if (status == 409)
            error.detail = tr("The Cog container at %1 is busy with another prediction; it runs one at a time.").arg(where);
        rejectBeforeRun(error);
        return;
    }
    if (status == 500 && m_mode == Mode::Legacy) {
        failRun(tr("The model failed inside the container (HTTP 500 Internal Server Error). Old Cog servers "
                   "(0.6 or older) do not pass the error message on; the container's log (docker logs) shows it. "
                   "A prompt flagged by the safety checker is the most common cause."));
        return;
    }
    failRun(tr("The container at %1 answered HTTP %2: %3")
                .arg(where)
                .arg(status)
                .arg(error.detail.isEmpty() ? QString::fromUtf8(body.left(300)) : error.detail));
}

void CogJob::onWebhook(const QString &predictionId, const QJsonObject &prediction)
{
    if (predictionId != m_prediction.id || m_state != State::Running) return;
    applyState(prediction);
    if (m_prediction.isTerminal()) markTerminal();
}

void CogJob::applyState(const QJsonObject &object)
{
    Prediction p = Prediction::fromJson(object);
    // A container knows nothing of ids (0.4), models or versions; keep what the job set.
    p.id = m_prediction.id;
    p.model = m_prediction.model;
    p.version = m_prediction.version;
    p.source = m_prediction.source;
    if (!p.createdAt.isValid()) p.createdAt = m_prediction.createdAt;
    if (!p.startedAt.isValid()) p.startedAt = m_prediction.startedAt;
    if (p.input.isEmpty()) p.input = m_input;
    if (p.status == PredictionStatus::Unknown && m_mode == Mode::Modern) p.status = m_prediction.status;
    // Webhooks are separate requests and may overtake each other: an older one cannot take the
    // run back to "starting".
    if (p.status == PredictionStatus::Starting && m_prediction.status == PredictionStatus::Processing)
        p.status = PredictionStatus::Processing;
    if (p.isTerminal() && !p.completedAt.isValid()) p.completedAt = QDateTime::currentDateTimeUtc();
    p.raw.insert(QStringLiteral("id"), p.id);
    if (p.raw.contains(QLatin1String("output"))) p.raw.insert(QStringLiteral("output"), withoutDataPayloads(p.raw.value(QLatin1String("output"))));
    p.rawOutput = withoutDataPayloads(p.rawOutput);

    takeLogs(p.logs, p.isTerminal());
    p.logs = m_logsSeen;   // an older, shorter log does not replace the newer one
    const QStringList fresh = p.outputs;
    // Outputs already handed to the downloader keep their (local) form.
    QStringList merged = m_prediction.outputs;
    for (qsizetype i = merged.size(); i < fresh.size(); ++i) merged.append(fresh.at(i));
    p.outputs = merged;
    const bool statusChanged = p.status != m_prediction.status;
    m_prediction = p;
    takeOutputs(fresh);
    if (statusChanged || !p.isTerminal()) emit updated(m_prediction);
}

void CogJob::takeLogs(const QString &logs, bool flush)
{
    QString fresh;
    if (logs.startsWith(m_logsSeen)) {
        fresh = logs.mid(m_logsSeen.size());
        m_logsSeen = logs;
    } else if (!m_logsSeen.startsWith(logs)) {
        fresh = logs;   // the container started its log over
        m_partialLine.clear();
        m_logsSeen = logs;
    }
    // Otherwise an older snapshot (a webhook that arrived late): nothing in it is new.
    QStringList lines = (m_partialLine + fresh).split(QLatin1Char('\n'));
    m_partialLine = lines.takeLast();
    if (flush && !m_partialLine.isEmpty()) {
        lines.append(m_partialLine);
        m_partialLine.clear();
    }
    for (QString line : std::as_const(lines)) {
        while (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.trimmed().isEmpty()) continue;
        emit logLine(line);
        m_runProgress->addLine(line);
    }
}

void CogJob::takeOutputs(const QStringList &outputs)
{
    for (int index = m_outputsSeen; index < outputs.size(); ++index) {
        const QString url = outputs.at(index);
        emit outputAdded(index, url);
        m_runProgress->outputAppeared(url);
        while (m_localFiles.size() <= index) m_localFiles.append(QString());
        if (!m_downloader) {
            // Outputs come from the container itself (data: URIs); no token is involved.
            m_downloader = new OutputDownloader(m_backend ? m_backend->network() : nullptr,
                                                AuthPolicy{}, this);
            connect(m_downloader, &OutputDownloader::saved, this, [this](int i, const QString &path) {
                --m_pendingSaves;
                m_localFiles[i] = path;
                // From now on the output is known by its local copy (history, "open file").
                if (i < m_prediction.outputs.size()) m_prediction.outputs[i] = QUrl::fromLocalFile(path).toString();
                emit outputSaved(i, path);
                maybeCompleteProgress();
                maybeFinish();
            });
            connect(m_downloader, &OutputDownloader::failed, this, [this](int, const QString &message) {
                --m_pendingSaves;
                emit logLine(message);
                maybeFinish();
            });
        }
        ++m_pendingSaves;
        m_downloader->download(index, url, outputDirectory(), FileNameSanitizer::indexedNameFromUrl(index, url));
    }
    m_outputsSeen = qMax(m_outputsSeen, int(outputs.size()));
}

void CogJob::cancel()
{
    if ((m_state != State::Probing && m_state != State::Running) || m_cancelRequested) return;
    m_cancelRequested = true;
    if (m_state == State::Probing) {
        QNetworkReply *probe = m_probe;
        m_probe = nullptr;
        NetworkReplies::abandon(probe, this);
        endCanceled(QString());
        return;
    }
    if (m_mode == Mode::Legacy) {
        if (m_run) takeRunReply()->abort();
        endCanceled(tr("Stopped waiting for the run. This container runs an old Cog server (0.6 or older), which cannot "
                       "cancel: it finishes the run anyway and refuses new predictions until then."));
        return;
    }
    m_cancelGrace.start(m_config.cancelGraceMs);
    postCancel(1);
}

void CogJob::postCancel(int attempt)
{
    if (m_state != State::Running || !m_backend) return;
    QNetworkRequest request(endpoint(QStringLiteral("/predictions/%1/cancel")
                                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_prediction.id)))));
    request.setTransferTimeout(ProbeTimeoutMs);
    QNetworkReply *reply = m_backend->network()->post(request, QByteArray());
    NetworkReplies::limitBody(reply, CogBackend::MaxAnswerBytes);
    RequestLog::instance().watch(reply);
    // Deleted even when this job is gone by the time it answers.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] {
        if (m_state != State::Running) return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            emit logLine(tr("The container is stopping the run."));
        } else if (status == 404 && m_run && attempt < MaxCancelAttempts) {
            // Not running yet (the request is still on its way) or already done: ask again shortly.
            QTimer::singleShot(300, this, [this, attempt] { postCancel(attempt + 1); });
        } else if (status == 0) {
            if (m_run) takeRunReply()->abort();
            endCanceled(tr("Could not reach the container to cancel the run (%1).").arg(reply->errorString()));
        }
    });
}

void CogJob::rejectBeforeRun(const ApiError &error)
{
    if (isOver()) return;
    m_prediction.status = PredictionStatus::Failed;
    m_prediction.error = error.userMessage();
    m_prediction.completedAt = QDateTime::currentDateTimeUtc();
    emit createFailed(error);
    markTerminal();
}

void CogJob::failRun(const QString &message)
{
    if (isOver()) return;
    m_prediction.status = PredictionStatus::Failed;
    m_prediction.error = message;
    m_prediction.completedAt = QDateTime::currentDateTimeUtc();
    emit updated(m_prediction);
    markTerminal();
}

void CogJob::endCanceled(const QString &note)
{
    if (isOver()) return;
    if (!note.isEmpty()) emit logLine(note);
    m_prediction.status = PredictionStatus::Canceled;
    m_prediction.completedAt = QDateTime::currentDateTimeUtc();
    if (m_state == State::Running) emit updated(m_prediction);
    markTerminal();
}

void CogJob::markTerminal()
{
    if (isOver()) return;
    m_state = State::Settling;
    m_cancelGrace.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
    }
    if (m_prediction.status == PredictionStatus::Succeeded) {
        m_runProgress->videoYielded();
        maybeCompleteProgress();
    } else {
        m_runProgress->stop();
    }
    maybeFinish();
}

void CogJob::maybeCompleteProgress()
{
    // "Saving GIF" is logged before the container has even encoded the file: only the file on
    // disk of a run that succeeded completes it.
    if (isOver() && m_prediction.status == PredictionStatus::Succeeded && m_outputsSeen > 0
        && !m_localFiles.value(m_outputsSeen - 1).isEmpty())
        m_runProgress->videoSaved();
}

void CogJob::maybeFinish()
{
    if (m_state != State::Settling || m_pendingSaves > 0) return;
    m_state = State::Finished;
    m_running = false;
    // A video that could not be saved leaves the bar short of 100 %; nothing will move it now.
    m_runProgress->stop();
    emit finished(m_prediction);
}

} // namespace sdanim::api
