#include "api/ReplicateJob.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/FileNameSanitizer.h"
#include "api/JobProgress.h"
#include "api/NetworkReplies.h"
#include "api/OutputDownloader.h"
#include "concurrent/FutureCallbacks.h"
#include "schema/InputValidator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcJob, "sdanim.api.job", QtWarningMsg)

namespace sdanim::api {

namespace {

// How far back a prediction found while recovering a lost create may have been created: the
// server's clock and ours differ a little.
constexpr qint64 kRecoverySkewSeconds = 120;
// Pages of the prediction list one recovery lookup reads at most (100 predictions each).
constexpr int kRecoveryPages = 3;
// What a warm model spends in `starting` before predict() runs (spec §2.3: a few seconds).
constexpr double kWarmStartSeconds = 4.0;
// Replicate holds a blocking create at most this long (spec §3.1: wait=1 … wait=60).
constexpr int kMaxBlockingWaitSeconds = 60;

QString versionIdOf(const QString &version)
{
    return version.section(QLatin1Char(':'), -1);
}

// The offset just after the count-th line break of `logs`, or -1 when it has fewer.
qsizetype afterLines(const QString &logs, int count)
{
    qsizetype end = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype lineBreak = logs.indexOf(QLatin1Char('\n'), end);
        if (lineBreak < 0) return -1;
        end = lineBreak + 1;
    }
    return end;
}

} // namespace

ReplicateJob::ReplicateJob(ApiClient *client, const schema::ModelSchema &schema, const QJsonObject &input,
                           const JobOptions &options, QObject *parent)
    : m_client(client), m_schema(schema), m_options(options)
{
    setParent(parent);
    m_input = input;
    m_runProgress = new JobProgress(model::AnimationPlan::fromInput(input), m_options.estimator.rates(),
                                    m_options.progressIntervalMs, this);
    connect(m_runProgress, &JobProgress::changed, this, [this](double fraction, qint64 etaMs) {
        m_progress = fraction;
        m_etaMs = etaMs;
        emit progressChanged(fraction, etaMs);
    });
    for (QTimer *t : {&m_pollTimer, &m_deadlineTimer, &m_stuckTimer, &m_graceTimer, &m_liveUpdateTimer, &m_streamWatchdog})
        t->setSingleShot(true);
    connect(&m_streamWatchdog, &QTimer::timeout, this, [this] {
        if (m_state != State::Following || !m_stream) return;
        poll();
        restartStreamWatchdog();
    });
    connect(&m_liveUpdateTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Following) emitUpdated();
    });
    connect(&m_pollTimer, &QTimer::timeout, this, &ReplicateJob::poll);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ReplicateJob::onDeadline);
    connect(&m_stuckTimer, &QTimer::timeout, this, &ReplicateJob::onStuckCheck);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        ApiError e;
        e.httpStatus = 408;
        e.title = tr("Deadline reached");
        e.detail = tr("The prediction did not reach a final state in time; stopped waiting for it.");
        giveUp(e);
    });
}

ReplicateJob::ReplicateJob(ApiClient *client, const Prediction &known, const JobOptions &options, QObject *parent)
    : ReplicateJob(client, schema::ModelSchema::pinned(), known.input, options, parent)
{
    m_resume = true;
    m_prediction = known;
}

ReplicateJob::ReplicateJob(ApiClient *client, const schema::ModelSchema &schema, const QJsonObject &input,
                           const QDateTime &createSentAfter, const JobOptions &options, QObject *parent)
    : ReplicateJob(client, schema, input, options, parent)
{
    m_recoverOnly = true;
    m_createSentAt = createSentAfter;
}

ReplicateJob::~ReplicateJob()
{
    closeStream();
}

QString ReplicateJob::outputDirectory() const
{
    if (m_prediction.id.isEmpty()) return QString();
    return QDir(m_options.outputDirectory).filePath(FileNameSanitizer::sanitize(m_prediction.id, QStringLiteral("prediction")));
}

void ReplicateJob::start()
{
    if (m_state != State::Idle)
        return;
    m_running = true;
    m_clock.start();
    if (m_resume) {
        const Prediction known = m_prediction;
        adopt(known, false);
        schedulePoll(0);
        return;
    }
    m_state = State::Creating;
    if (m_recoverOnly) {
        ApiError e;
        e.networkError = tr("the process that sent the create request stopped before its answer arrived");
        m_recovery = Recovery{};
        m_recovery.error = e;
        lookUpLostCreate();
        return;
    }
    const QList<schema::FieldError> errors = schema::InputValidator(m_schema).validate(m_input);
    if (!errors.isEmpty()) {
        // The same answer the server would give, without sending anything.
        ApiError e;
        e.httpStatus = 422;
        e.title = tr("Input validation failed");
        e.detail = schema::formatDetail(errors);
        e.fieldErrors = errors;
        m_nothingCreated = true;
        QTimer::singleShot(0, this, [this, e] { failCreate(e); });
        return;
    }
    sendCreate();
}

void ReplicateJob::sendCreate()
{
    if (!m_client) {
        ApiError e;
        e.networkError = tr("the backend is gone");
        QTimer::singleShot(0, this, [this, e] { failCreate(e); });
        return;
    }
    // A deployment's body has no version (its release's runs; the server refuses one).
    const bool viaDeployment = !m_options.deployment.isEmpty();
    QJsonObject body{{QStringLiteral("input"), m_input}};
    if (!viaDeployment)
        body.insert(QStringLiteral("version"), m_schema.versionId());
    const QString path = viaDeployment ? QStringLiteral("/deployments/%1/predictions").arg(m_options.deployment)
                                       : QStringLiteral("/predictions");
    m_createSentAt = QDateTime::currentDateTimeUtc();
    m_waitSeconds = chooseBlockingWait();
    ApiCall *call = m_client->post(m_client->endpoint(path), body, RetryPolicy::RequestKind::Create, this);
    if (m_waitSeconds > 0) {
        call->setRawHeader("Prefer", "wait=" + QByteArray::number(m_waitSeconds));
        // The server says nothing until the run ends or the window closes.
        call->setTransferTimeoutMs(std::max(m_client->requestTimeoutMs(), (m_waitSeconds + 15) * 1000));
    }
    connect(call, &ApiCall::retrying, this, [this](const ApiError &e, int) {
        if (m_state == State::Creating) emit requestFailed(e);
    });
    connect(call, &ApiCall::finished, this, [this, call] { onCreateFinished(call); });
}

int ReplicateJob::chooseBlockingWait() const
{
    if (m_options.blockingCreateMaxMs <= 0) return 0;
    // Intermediate frames are meant to be seen while the run goes on, not all at its end.
    if (m_input.value(QLatin1String("intermediate_output")).toBool(false)) return 0;
    const model::RunEstimate estimate = m_options.estimator.estimate(model::AnimationPlan::fromInput(m_input), 0);
    const double high = estimate.highSeconds + kWarmStartSeconds;
    if (!(high > 0) || high * 1000 > m_options.blockingCreateMaxMs) return 0;
    // Twice the pessimistic estimate: a start slower than that (a cold boot) costs no more time
    // without news; the prediction is then followed like any other.
    return std::clamp(int(std::ceil(2 * high)), 1, kMaxBlockingWaitSeconds);
}

void ReplicateJob::onCreateFinished(ApiCall *call)
{
    if (m_state != State::Creating) return;
    if (call->isOk()) {
        const Prediction p = Prediction::fromJson(call->json().object());
        if (!p.id.isEmpty()) {
            adopt(p, true);
            return;
        }
        ApiError e;
        e.networkError = tr("the server's answer to the create request is not a prediction");
        e.body = call->body();
        recoverLostCreate(e, call->body());
        return;
    }
    const ApiError e = call->error();
    if (!e.isNetworkError() && e.httpStatus < 500) {
        // 4xx: the server looked at the request and refused it; nothing was created.
        m_nothingCreated = true;
        failCreate(e);
        return;
    }
    if (e.isNetworkError()
        && (call->reach() == RetryPolicy::Reach::NotConnected || call->reach() == RetryPolicy::Reach::Unreachable)) {
        // The request provably never left: nothing can exist.
        m_nothingCreated = true;
        failCreate(e);
        return;
    }
    recoverLostCreate(e, call->body());
}

void ReplicateJob::recoverLostCreate(const ApiError &error, const QByteArray &partialBody)
{
    emit requestFailed(error);
    // A body cut mid-JSON usually still holds the id, which is the first key Replicate sends.
    static const QRegularExpression idRe(QStringLiteral(R"re("id"\s*:\s*"([0-9a-z]{6,64})")re"));
    const QRegularExpressionMatch m = idRe.match(QString::fromUtf8(partialBody));
    if (m.hasMatch() && m_client && !m_client->isClaimed(m.captured(1))) {
        Prediction p;
        p.id = m.captured(1);
        p.version = m_schema.versionId();
        p.input = m_input;
        p.status = PredictionStatus::Starting;
        p.createdAt = m_createSentAt;
        qCInfo(lcJob) << "create response was lost; following prediction" << p.id << "from the partial body";
        adopt(p, true);
        schedulePoll(0);
        return;
    }
    m_recovery = Recovery{};
    m_recovery.error = error;
    lookUpLostCreate();
}

void ReplicateJob::lookUpLostCreate()
{
    if (m_state != State::Creating) return;
    ++m_recovery.lookups;
    m_recovery.pages = 0;
    m_recovery.complete = true;
    m_recovery.candidates.clear();
    m_recovery.matches.clear();
    m_recovery.nextPage = QUrl();
    if (!m_client) {
        m_recovery.complete = false;
        endLookup();
        return;
    }
    readRecoveryPage(m_client->endpoint(QStringLiteral("/predictions")));
}

void ReplicateJob::readRecoveryPage(const QUrl &url)
{
    ++m_recovery.pages;
    ApiCall *list = m_client->get(url, this);
    connect(list, &ApiCall::finished, this, [this, list] { onRecoveryPage(list); });
}

void ReplicateJob::onRecoveryPage(ApiCall *call)
{
    if (m_state != State::Creating) return;
    m_recovery.nextPage = QUrl();
    if (!call->isOk() || !m_client) {
        m_recovery.complete = false;
        continueLookup();
        return;
    }
    const QJsonObject page = call->json().object();
    const QJsonArray results = page.value(QLatin1String("results")).toArray();
    bool olderMayFollow = !results.isEmpty();
    for (const QJsonValue &v : results) {
        const QJsonObject entry = v.toObject();
        const Prediction p = Prediction::fromJson(entry);
        // Newest first: once one is older than the create, so is the rest of the list.
        if (!inRecoveryWindow(p)) {
            olderMayFollow = false;
            continue;
        }
        if (p.id.isEmpty() || m_client->isClaimed(p.id)) continue;
        if (!p.version.isEmpty() && versionIdOf(p.version) != versionIdOf(m_schema.versionId())) continue;
        if (entry.value(QLatin1String("input")).isObject()) {
            if (isOurs(p)) m_recovery.matches << p;
            continue;
        }
        // A summary (spec §3.5): only the prediction itself can say whose input it ran.
        if (!m_recovery.candidates.contains(p.id)) m_recovery.candidates << p.id;
    }
    const QUrl next(page.value(QLatin1String("next")).toString());
    if (olderMayFollow && next.isValid() && !next.isEmpty()) {
        if (m_recovery.pages < kRecoveryPages)
            m_recovery.nextPage = next;
        else
            m_recovery.complete = false;   // the window goes on beyond what was read
    }
    continueLookup();
}

void ReplicateJob::continueLookup()
{
    if (m_state != State::Creating) return;
    if (!m_recovery.matches.isEmpty()) {
        adoptUnlessRecorded(m_recovery.matches.takeFirst(), "in the list");
        return;
    }
    // Only once this page's matches turned out to be other runs': a match needs no further page.
    if (m_client && m_recovery.nextPage.isValid() && !m_recovery.nextPage.isEmpty()) {
        const QUrl next = m_recovery.nextPage;
        m_recovery.nextPage = QUrl();
        readRecoveryPage(next);
        return;
    }
    checkNextCandidate();
}

void ReplicateJob::checkNextCandidate()
{
    if (m_state != State::Creating) return;
    if (m_recovery.candidates.isEmpty() || !m_client) {
        endLookup();
        return;
    }
    const QString id = m_recovery.candidates.takeFirst();
    ApiCall *call = m_client->get(m_client->endpoint(QStringLiteral("/predictions/") + id), this);
    connect(call, &ApiCall::finished, this, [this, call, id] { onCandidate(call, id); });
}

void ReplicateJob::onCandidate(ApiCall *call, const QString &id)
{
    if (m_state != State::Creating) return;
    if (call->isOk()) {
        const Prediction p = Prediction::fromJson(call->json().object());
        if (p.id == id && isOurs(p)) {
            adoptUnlessRecorded(p, "among the listed ones");
            return;
        }
    } else if (call->error().httpStatus != 404) {
        // A 404 says it is not ours; anything else leaves the question open.
        m_recovery.complete = false;
    }
    checkNextCandidate();
}

void ReplicateJob::adoptUnlessRecorded(const Prediction &p, const char *where)
{
    auto adoptIt = [this, where](const Prediction &found) {
        qCInfo(lcJob) << "create response was lost; found prediction" << found.id << where;
        adopt(found, true);
        schedulePoll(0);
    };
    if (!m_options.isRecorded) {
        adoptIt(p);
        return;
    }
    // Before adoption: this job's own row gets the id only once it adopted one.
    concurrent::FutureCallbacks::onSettled(m_options.isRecorded(p.id), this,
                                           [this, p, adoptIt](const std::optional<bool> &recorded) {
        if (m_state != State::Creating) return;
        if (!recorded) {
            // The history could not say whose it is: not adopted, and not proven someone else's.
            qCWarning(lcJob) << "create response was lost; the history could not tell whether" << p.id << "is another run's";
            m_recovery.complete = false;
        } else if (*recorded) {
            qCInfo(lcJob) << "create response was lost; prediction" << p.id << "with the same input is another run's";
        } else if (isOurs(p)) {   // again: another job of this client may have claimed it meanwhile
            adoptIt(p);
            return;
        }
        continueLookup();
    });
}

void ReplicateJob::endLookup()
{
    if (m_state != State::Creating) return;
    // A prediction created a moment ago may not be listed yet: look again a few times.
    if (m_client && m_recovery.lookups < std::max(1, m_options.recoveryLookups)) {
        QTimer::singleShot(m_client->retryPolicy().backoffMs(m_recovery.lookups), this, &ReplicateJob::lookUpLostCreate);
        return;
    }
    ApiError e = m_recovery.error;
    m_nothingCreated = m_recovery.complete;
    if (m_recovery.complete)
        e.consequence = tr("No prediction was created (the server lists none with this input), so nothing is billed.");
    else
        e.consequence = tr("The prediction may have been created anyway: its answer was lost and the server's list "
                           "could not be checked. Before starting it again, look with `sdanim history --import`.");
    failCreate(e);
}

bool ReplicateJob::inRecoveryWindow(const Prediction &p) const
{
    return !p.createdAt.isValid() || p.createdAt >= m_createSentAt.addSecs(-kRecoverySkewSeconds);
}

bool ReplicateJob::isOurs(const Prediction &p) const
{
    if (p.id.isEmpty() || !m_client || m_client->isClaimed(p.id) || p.input != m_input || !inRecoveryWindow(p))
        return false;
    const QString version = versionIdOf(m_schema.versionId());
    return version.isEmpty() || p.version.isEmpty() || versionIdOf(p.version) == version;
}

void ReplicateJob::failCreate(const ApiError &error)
{
    if (m_state != State::Creating) return;
    m_state = State::CreateFailed;
    m_running = false;
    emit createFailed(error);
}

void ReplicateJob::adopt(const Prediction &p, bool announce)
{
    m_state = State::Following;
    m_serverAnswered = !m_resume;   // it answered the create (or the lookup that found it)
    if (m_client) m_client->claimPrediction(p.id);
    Prediction first = p;
    if (first.input.isEmpty()) first.input = m_input;
    m_prediction = first;
    if (m_input.isEmpty()) {
        m_input = first.input;
        m_runProgress->setPlan(model::AnimationPlan::fromInput(m_input));
    }
    auto *downloader = new OutputDownloader(m_client ? m_client->network() : nullptr,
                                            AuthPolicy{m_client ? m_client->apiBase() : QUrl(),
                                                       m_client ? m_client->token() : QByteArray()},
                                            this);
    downloader->setMaxAttempts(m_options.downloadAttempts);
    downloader->setInitialBackoffMs(m_options.downloadBackoffMs);
    connect(downloader, &OutputDownloader::saved, this, &ReplicateJob::onDownloadSaved);
    connect(downloader, &OutputDownloader::failed, this, &ReplicateJob::onDownloadFailed);
    m_downloader = downloader;

    if (announce)
        emit created(m_prediction);

    m_deadlineTimer.start(int(std::min<qint64>(m_options.deadlineMs, std::numeric_limits<int>::max())));
    m_stuckTimer.start(int(std::min<qint64>(m_options.stuckStartingMs, std::numeric_limits<int>::max())));

    if (m_resume) {
        // What the history knew is only a starting point: the first GET tells the current state,
        // and the outputs known from earlier stand in for those a data removal nulled.
        m_knownOutputs = first.outputs;
        m_prediction.outputs.clear();
        return;
    }
    // The create response is processed like a poll result, from an empty state.
    m_prediction = Prediction{};
    m_prediction.id = first.id;
    merge(first);
    if (m_state != State::Following)
        return;
    if (m_cancelRequested)
        sendCancel();
    const qsizetype expectedOutputs = model::AnimationPlan::fromInput(m_input).outputNames().size();
    if (m_waitSeconds > 0 && expectedOutputs > 0 && m_outputs.size() >= expectedOutputs) {
        // The blocking create came back with every file while the model finishes (spec §3.1:
        // `processing`, no metrics yet); the files are downloading. A stream would only repeat
        // them: one GET once the upload overhead should be over brings the final state.
        const double overheadMs = m_options.estimator.rates().overhead * 1000.0;
        schedulePoll(std::max(m_options.pollIntervalMs, int(std::ceil(overheadMs * 1.25))));
        return;
    }
    if (m_options.useEventStream && first.streamUrl.isValid())
        openStream();
    if (!m_stream)
        schedulePoll(m_options.pollIntervalMs);
}

void ReplicateJob::merge(const Prediction &incoming)
{
    // Terminal is final: an answer sent before the end (a slow cancel, a late poll) changes nothing.
    if (m_state != State::Following) return;
    Prediction p = incoming;
    const Prediction before = m_prediction;
    // Data removal nulls input, output and logs; what was already seen is kept (nothing lost).
    if (p.input.isEmpty()) p.input = before.input.isEmpty() ? m_input : before.input;
    if (p.logs.isEmpty() && !before.logs.isEmpty()) p.logs = before.logs;
    if (p.status == PredictionStatus::Unknown) p.status = before.status;
    // A poll answered before the stream's latest news: it cannot take them back.
    if (p.status == PredictionStatus::Starting && before.status == PredictionStatus::Processing)
        p.status = PredictionStatus::Processing;
    if (!p.isTerminal() && before.logs.size() > p.logs.size() && before.logs.startsWith(p.logs)) p.logs = before.logs;
    if (!p.startedAt.isValid()) p.startedAt = before.startedAt;
    if (!p.getUrl.isValid()) p.getUrl = before.getUrl;
    if (!p.cancelUrl.isValid()) p.cancelUrl = before.cancelUrl;
    if (!p.streamUrl.isValid()) p.streamUrl = before.streamUrl;
    if (!p.createdAt.isValid()) p.createdAt = before.createdAt;
    QStringList incomingOutputs = p.outputs;
    if (p.dataRemoved && incomingOutputs.size() < m_knownOutputs.size())
        incomingOutputs = m_knownOutputs;
    m_prediction = p;

    const int outputsBefore = int(m_outputs.size());
    for (qsizetype i = m_outputs.size(); i < incomingOutputs.size(); ++i)
        addOutput(incomingOutputs.at(i));
    m_prediction.outputs = m_outputs;

    const int linesBefore = m_linesEmitted;
    consumeFullLogs(before.logs, m_prediction.isTerminal());

    if (m_prediction.status != PredictionStatus::Starting && m_prediction.status != PredictionStatus::Unknown)
        m_stuckTimer.stop();

    const bool changed = before.status != m_prediction.status || outputsBefore != m_outputs.size()
                         || linesBefore != m_linesEmitted || before.logs.size() != m_prediction.logs.size()
                         || before.dataRemoved != m_prediction.dataRemoved || before.error != m_prediction.error
                         || before.completedAt != m_prediction.completedAt;
    if (changed)
        emitUpdated();
    if (m_prediction.isTerminal())
        onTerminal();
}

void ReplicateJob::addOutput(const QString &url)
{
    const int index = int(m_outputs.size());
    m_outputs.append(url);
    m_prediction.outputs = m_outputs;
    emit outputAdded(index, url);
    m_runProgress->outputAppeared(url);
    startDownload(index, url);
}

void ReplicateJob::consumeFullLogs(const QString &previous, bool final)
{
    const QString &logs = m_prediction.logs;
    // Usually the log only grew: scanning starts where the last one ended, so a long log costs
    // nothing per poll beyond its new lines.
    qsizetype from = m_logConsumedChars;
    const bool grew = from >= 0 && from <= logs.size() && from <= previous.size()
                      && QStringView(logs).first(from) == QStringView(previous).first(from);
    if (!grew) {
        // Another log than the one counted so far (it started over): lines count by position.
        from = afterLines(logs, m_linesEmitted);
        if (from < 0) {
            m_logConsumedChars = -1;   // fewer lines than emitted: nothing is new
            return;
        }
    }
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineBreak = logs.indexOf(QLatin1Char('\n'), pos);
        if (lineBreak < 0) break;
        emitLogLine(logs.mid(pos, lineBreak - pos));
        ++m_linesEmitted;
        pos = lineBreak + 1;
    }
    // The last piece is a line still being written, unless the prediction is over.
    if (final && pos < logs.size()) {
        emitLogLine(logs.mid(pos));
        ++m_linesEmitted;
        pos = logs.size();
    }
    m_logConsumedChars = pos;
}

void ReplicateJob::emitLogLine(const QString &rawLine)
{
    QString line = rawLine;
    while (line.endsWith(QLatin1Char('\r'))) line.chop(1);
    emit logLine(line);
    m_runProgress->addLine(line);
}

void ReplicateJob::setLocalFile(int index, const QString &path)
{
    // Indexed like the outputs: an output that could not be saved leaves an empty entry, so the
    // files after it keep their index (history rows, sidecars, "open file").
    while (m_localFiles.size() <= index) m_localFiles.append(QString());
    m_localFiles[index] = path;
    m_saved.insert(index);
}

void ReplicateJob::startDownload(int index, const QString &url)
{
    if (m_state != State::Following || m_saved.contains(index) || m_pendingDownloads.contains(index) || !m_downloader)
        return;
    const QString dir = outputDirectory();
    const QString name = FileNameSanitizer::indexedNameFromUrl(index, url);
    const QFileInfo existing(QDir(dir).filePath(name));
    if (existing.isFile() && existing.size() > 0) {
        // Saved by an earlier run of this prediction (resume): not fetched again.
        setLocalFile(index, existing.absoluteFilePath());
        emit outputSaved(index, existing.absoluteFilePath());
        maybeCompleteProgress();
        return;
    }
    m_pendingDownloads.insert(index);
    m_downloader->download(index, url, dir, name);
}

void ReplicateJob::onDownloadSaved(int index, const QString &path)
{
    if (!m_pendingDownloads.remove(index)) return;   // not (or no longer) awaited
    setLocalFile(index, path);
    emit outputSaved(index, path);
    maybeCompleteProgress();
    maybeFinish();
}

void ReplicateJob::maybeCompleteProgress()
{
    // The log ends with "Saving GIF" before the file is even uploaded: only the file on disk of a
    // prediction that succeeded completes the run.
    if (m_prediction.status == PredictionStatus::Succeeded && !m_outputs.isEmpty()
        && m_saved.contains(int(m_outputs.size()) - 1))
        m_runProgress->videoSaved();
}

void ReplicateJob::onDownloadFailed(int index, const QString &message)
{
    if (!m_pendingDownloads.remove(index)) return;
    qCWarning(lcJob) << "output" << index << "of" << m_prediction.id << "not saved:" << message;
    emit outputFailed(index, message);
    maybeFinish();
}

void ReplicateJob::openStream()
{
    if (!m_client || m_stream || m_state != State::Following) return;
    m_sse = SseParser{};
    m_streamOutputOrdinal = 0;
    m_streamLineOrdinal = 0;
    m_streamEvents.clear();
    m_usedStream = true;
    m_stream = m_client->openEventStream(m_prediction.streamUrl);
    connect(m_stream, &QNetworkReply::readyRead, this, &ReplicateJob::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &ReplicateJob::onStreamFinished);
    restartStreamWatchdog();
}

void ReplicateJob::restartStreamWatchdog()
{
    if (!m_stream || m_state != State::Following) return;
    m_streamWatchdog.start(m_options.streamWatchdogMs >= 0 ? m_options.streamWatchdogMs : m_options.maxPollIntervalMs);
}

bool ReplicateJob::isReplayed(const SseEvent &event)
{
    // Replicate numbers every event; the same id with the same content again is a replay (a
    // proxy, a reconnect) and would shift every later output by one position.
    if (event.id.isEmpty()) return false;
    const QString key = event.id + QLatin1Char('\n') + event.type + QLatin1Char('\n')
                        + QString::number(qHash(event.data), 16) + QLatin1Char(':') + QString::number(event.data.size());
    if (m_streamEvents.contains(key)) return true;
    m_streamEvents.insert(key);
    return false;
}

void ReplicateJob::onStreamData()
{
    QNetworkReply *reply = m_stream;
    if (!reply || m_state != State::Following) return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (status != 200 || !type.startsWith(QLatin1String("text/event-stream"))) {
        // Not an event stream (error page, 406…): polling carries on alone.
        closeStream();
        schedulePoll(0);
        return;
    }
    const QList<SseEvent> events = m_sse.feed(reply->readAll());
    bool news = false;
    for (const SseEvent &e : events) {
        if (isReplayed(e)) continue;
        news = true;
        if (e.type == QLatin1String("output")) {
            const int ordinal = m_streamOutputOrdinal++;
            const QString url = e.data.trimmed();
            // Polls may have delivered this element already; the position decides.
            if (ordinal >= m_outputs.size() && !url.isEmpty()) {
                addOutput(url);
                emitUpdated();
            }
        } else if (e.type == QLatin1String("logs")) {
            bool statusChanged = false;
            if (addStreamedLogs(e.data, &statusChanged)) {
                // A new status is news for the history at once; more log lines can wait a moment.
                if (statusChanged)
                    emitUpdated();
                else
                    emitUpdatedThrottled();
            }
        } else if (e.type == QLatin1String("error")) {
            qCInfo(lcJob) << "stream reported an error for" << m_prediction.id;
        } else if (e.type == QLatin1String("done")) {
            closeStream();
            // The final state (status, metrics, the complete output list) comes from a GET.
            schedulePoll(0);
            return;
        }
    }
    if (m_sse.hasFailed()) {
        // Beyond the parser's limits: one lost event would shift every later position.
        qCInfo(lcJob) << "event stream of" << m_prediction.id << "abandoned:" << m_sse.errorString();
        closeStream();
        schedulePoll(0);
        return;
    }
    // Only events push the watchdog back: comments or replays could trickle in forever while the
    // prediction has long ended.
    if (news && m_state == State::Following)
        restartStreamWatchdog();
}

bool ReplicateJob::addStreamedLogs(const QString &data, bool *statusChanged)
{
    QStringList lines = data.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty()) lines.removeLast();
    bool added = false;
    QString &logs = m_prediction.logs;
    for (const QString &line : std::as_const(lines)) {
        const int ordinal = m_streamLineOrdinal++;
        if (ordinal < m_linesEmitted) continue;   // a poll delivered it already
        // Complete lines only: a poll may have left a line still being written at the end. The
        // log is cut there and the line appended, never rebuilt.
        qsizetype keep = m_logConsumedChars >= 0 && m_logConsumedChars <= logs.size() ? m_logConsumedChars
                                                                                      : afterLines(logs, m_linesEmitted);
        if (keep >= 0)
            logs.truncate(keep);
        else if (!logs.isEmpty() && !logs.endsWith(QLatin1Char('\n')))
            logs += QLatin1Char('\n');
        logs += line;
        logs += QLatin1Char('\n');
        m_logConsumedChars = logs.size();
        emitLogLine(line);
        m_linesEmitted = ordinal + 1;
        added = true;
    }
    if (added && (m_prediction.status == PredictionStatus::Starting || m_prediction.status == PredictionStatus::Unknown)) {
        // The model writes logs only once it runs; the next GET brings the server's exact time.
        m_prediction.status = PredictionStatus::Processing;
        if (!m_prediction.startedAt.isValid()) m_prediction.startedAt = QDateTime::currentDateTimeUtc();
        m_stuckTimer.stop();
        *statusChanged = true;
    }
    return added;
}

void ReplicateJob::emitUpdated()
{
    m_liveUpdateTimer.stop();
    m_lastUpdate.start();
    emit updated(m_prediction);
}

void ReplicateJob::emitUpdatedThrottled()
{
    if (m_liveUpdateTimer.isActive()) return;   // already due
    const qint64 since = m_lastUpdate.isValid() ? m_lastUpdate.elapsed() : std::numeric_limits<qint64>::max();
    if (since >= m_options.liveUpdateIntervalMs)
        emitUpdated();
    else
        m_liveUpdateTimer.start(int(m_options.liveUpdateIntervalMs - since));
}

void ReplicateJob::onStreamFinished()
{
    if (!m_stream || m_state != State::Following) return;
    onStreamData();
    if (!m_stream) return;
    m_streamTimedOut = m_sse.sawTimeoutComment();
    qCInfo(lcJob) << "event stream of" << m_prediction.id << "ended"
                  << (m_sse.sawTimeoutComment() ? "(408 idle timeout)" : "") << "; polling instead";
    closeStream();
    // Reconnecting could replay events; polling is authoritative and cannot duplicate.
    schedulePoll(0);
}

void ReplicateJob::closeStream()
{
    if (!m_stream) return;
    QNetworkReply *reply = m_stream;
    m_stream = nullptr;
    m_streamWatchdog.stop();
    NetworkReplies::abandon(reply, this);
    m_sse.finish();
}

void ReplicateJob::schedulePoll(int delayMs)
{
    if (m_state != State::Following) return;
    if (m_pollCall) return;  // the answer in flight schedules the next one
    if (m_pollTimer.isActive() && m_pollTimer.remainingTime() <= delayMs) return;
    m_pollTimer.start(std::max(0, delayMs));
}

int ReplicateJob::nextPollInterval() const
{
    if (m_stream)
        return m_options.maxPollIntervalMs;  // the stream carries the news; polls are a watchdog
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    int interval = m_options.pollIntervalMs;
    if (elapsed > m_options.pollBackoffAfterMs) {
        // Long runs: back off smoothly, reaching the maximum a minute or so later.
        const double extra = double(elapsed - m_options.pollBackoffAfterMs) / 60000.0;
        interval = int(m_options.pollIntervalMs + extra * (m_options.maxPollIntervalMs - m_options.pollIntervalMs));
    }
    // Failing polls back off too, on top of the per-request retries.
    for (int i = 0; i < std::min(m_pollFailures, 6); ++i) interval *= 2;
    return std::clamp(interval, m_options.pollIntervalMs, std::max(m_options.maxPollIntervalMs, m_options.pollIntervalMs));
}

void ReplicateJob::poll()
{
    if (!m_client || m_state != State::Following || m_pollCall || m_prediction.id.isEmpty()) return;
    ApiCall *call = m_client->get(predictionUrl(), this);
    m_pollCall = call;
    connect(call, &ApiCall::retrying, this, [this](const ApiError &e, int) {
        if (m_state == State::Following) emit requestFailed(e);
    });
    connect(call, &ApiCall::finished, this, [this, call] { onPollFinished(call); });
}

void ReplicateJob::onPollFinished(ApiCall *call)
{
    m_pollCall = nullptr;
    if (m_state != State::Following) return;   // answered after the end: older news
    if (call->isOk()) {
        const Prediction p = Prediction::fromJson(call->json().object());
        m_serverAnswered = true;
        if (!p.id.isEmpty() && p.id == m_prediction.id) {
            m_pollFailures = 0;
            qCDebug(lcJob).nospace() << "poll " << p.id << ": " << statusToString(p.status) << ", "
                                     << p.outputs.size() << " output(s), " << p.logs.size() << " log bytes";
            merge(p);
        } else {
            ++m_pollFailures;
            ApiError e;
            e.networkError = tr("the server answered with something that is not this prediction");
            e.body = call->body();
            emit requestFailed(e);
        }
    } else {
        const ApiError e = call->error();
        if (call->reach() == RetryPolicy::Reach::GotResponse) m_serverAnswered = true;
        ++m_pollFailures;
        emit requestFailed(e);
        // A refusal (the token was revoked, the prediction is unknown here, the request is not
        // acceptable) or a server that cannot be reached at all: waiting cannot help.
        const bool refused = !e.isNetworkError() && e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus != 408
                             && e.httpStatus != 429;
        // An unreachable server ends it only if it never answered this job: once it has, a lost
        // name or a refused certificate is more likely a network change (a captive portal) that
        // the polls outlast.
        if (refused || (call->reach() == RetryPolicy::Reach::Unreachable && !m_serverAnswered)) {
            giveUp(e);
            return;
        }
    }
    // Beside an open stream the watchdog sends the next GET, if one is needed at all.
    if (!m_stream)
        schedulePoll(nextPollInterval());
}

QUrl ReplicateJob::predictionUrl() const
{
    // urls.get is used only when it points under the API base (the token goes nowhere else);
    // a resumed prediction may come from a run against another port of the emulator.
    if (m_client && m_prediction.getUrl.isValid() && m_client->isUnderApiBase(m_prediction.getUrl) && !m_resume)
        return m_prediction.getUrl;
    return m_client ? m_client->endpoint(QStringLiteral("/predictions/") + m_prediction.id) : QUrl();
}

QUrl ReplicateJob::cancelUrl() const
{
    if (m_client && m_prediction.cancelUrl.isValid() && m_client->isUnderApiBase(m_prediction.cancelUrl) && !m_resume)
        return m_prediction.cancelUrl;
    return m_client ? m_client->endpoint(QStringLiteral("/predictions/") + m_prediction.id + QStringLiteral("/cancel"))
                    : QUrl();
}

void ReplicateJob::cancel()
{
    if (m_state != State::Idle && m_state != State::Creating && m_state != State::Following) return;
    m_cancelRequested = true;
    // Before the create was acknowledged there is nothing to cancel yet; adopt() sends it then.
    if (m_state == State::Following) sendCancel();
}

void ReplicateJob::sendCancel()
{
    if (!m_client || m_cancelCall || m_state != State::Following || m_prediction.id.isEmpty()) return;
    // Cancelling is idempotent, so it may be retried like a GET.
    ApiCall *call = m_client->post(cancelUrl(), {}, RetryPolicy::RequestKind::Idempotent, this);
    m_cancelCall = call;
    connect(call, &ApiCall::retrying, this, [this](const ApiError &e, int) {
        if (m_state == State::Following) emit requestFailed(e);
    });
    connect(call, &ApiCall::finished, this, [this, call] { onCancelFinished(call); });
}

void ReplicateJob::onCancelFinished(ApiCall *call)
{
    m_cancelCall = nullptr;
    // The answer describes the prediction when the server received the cancel; a poll may have
    // seen its end since. Then it is older news and changes nothing.
    if (m_state != State::Following) return;
    if (call->isOk()) {
        const Prediction p = Prediction::fromJson(call->json().object());
        if (p.id == m_prediction.id) merge(p);
    } else {
        emit requestFailed(call->error());
    }
    // The cancel may still be in flight on the server: keep polling until terminal.
    schedulePoll(0);
}

void ReplicateJob::onDeadline()
{
    if (m_state != State::Following) return;
    ApiError e;
    e.httpStatus = 408;
    e.title = tr("Deadline reached");
    e.detail = tr("The prediction did not finish within %n minute(s); it is being canceled.", nullptr,
                  int((m_options.deadlineMs + 59999) / 60000));
    emit requestFailed(e);
    m_cancelRequested = true;
    sendCancel();
    m_graceTimer.start(m_options.cancelGraceMs);
}

void ReplicateJob::onStuckCheck()
{
    if (m_state != State::Following) return;
    if (m_prediction.status == PredictionStatus::Starting || m_prediction.status == PredictionStatus::Unknown)
        emit stuckInStarting(m_clock.elapsed());
}

void ReplicateJob::onTerminal()
{
    stopFollowing();
    if (m_prediction.status == PredictionStatus::Succeeded) {
        // Whatever the last output is, the model has yielded it: what is left is the download.
        m_runProgress->videoYielded();
        maybeCompleteProgress();
    } else {
        m_runProgress->stop();
    }
    maybeFinish();
}

void ReplicateJob::giveUp(const ApiError &reason)
{
    if (m_state != State::Following) return;
    if (m_prediction.error.isEmpty()) m_prediction.error = reason.userMessage();
    m_runProgress->stop();
    stopFollowing();
    maybeFinish();
}

void ReplicateJob::stopFollowing()
{
    m_state = State::Settling;
    m_pollTimer.stop();
    m_stuckTimer.stop();
    m_deadlineTimer.stop();
    m_graceTimer.stop();
    m_liveUpdateTimer.stop();
    m_streamWatchdog.stop();
    closeStream();
    if (ApiCall *call = m_pollCall) {
        m_pollCall = nullptr;
        call->disconnect(this);
        call->abort();
    }
    // A cancel still in flight is left to finish on the server; its answer is dropped.
}

void ReplicateJob::maybeFinish()
{
    if (m_state != State::Settling || !m_pendingDownloads.isEmpty())
        return;
    m_state = State::Finished;
    m_running = false;
    while (m_localFiles.size() < m_outputs.size()) m_localFiles.append(QString());
    // A video that could not be saved leaves the bar short of 100 %; nothing will move it now.
    m_runProgress->stop();
    emit finished(m_prediction);
}

} // namespace sdanim::api
