#include "session/Run.h"

#include "api/PredictionJob.h"
#include "session/PromptSequence.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace sdanim::session {

namespace {
bool isVideoFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("gif") || suffix == QLatin1String("mp4");
}
} // namespace

Run::Run(api::PredictionJob *job, const QJsonObject &input, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_input(input)
{
    m_clock.start();
    connect(job, &api::PredictionJob::created, this, [this](const api::Prediction &p) {
        m_prediction = p;
        setState(State::Starting);
        onUpdated(p);
    });
    connect(job, &api::PredictionJob::updated, this, &Run::onUpdated);
    connect(job, &api::PredictionJob::logLine, this, [this](const QString &line) {
        if (!m_logs.isEmpty() && !m_logs.endsWith(QLatin1Char('\n'))) m_logs += QLatin1Char('\n');
        m_logs += line;
        // Looked for in each new line once, not in the whole log whenever the row is drawn.
        if (!m_logSeed) {
            static const QRegularExpression re(QStringLiteral("Using seed: (\\d+)"));
            const auto m = re.match(line);
            if (m.hasMatch()) m_logSeed = m.captured(1).toLongLong();
        }
        emit logAppended(line);
    });
    connect(job, &api::PredictionJob::progressChanged, this, [this](double fraction, qint64 eta) {
        m_progress = fraction;
        m_etaMs = eta;
        if (m_state == State::Starting) setState(State::Processing);
        emit progressChanged(fraction, eta);
        emit changed();
    });
    connect(job, &api::PredictionJob::outputSaved, this, &Run::onOutputSaved);
    connect(job, &api::PredictionJob::stuckInStarting, this, [this](qint64 elapsed) {
        if (m_state != State::Starting && m_state != State::Creating) return;
        m_stuckMs = elapsed;
        emit changed();
    });
    connect(job, &api::PredictionJob::createFailed, this, &Run::onCreateFailed);
    connect(job, &api::PredictionJob::requestFailed, this, [this](const api::ApiError &e) {
        m_notice = tr("Connection problem, retrying: %1").arg(e.userMessage());
        emit changed();
    });
    connect(job, &api::PredictionJob::finished, this, &Run::onFinished);
}

bool Run::isActive() const
{
    return m_state == State::Creating || m_state == State::Starting || m_state == State::Processing;
}

QString Run::stateText() const
{
    switch (m_state) {
    case State::Creating: return tr("Sending");
    case State::Starting: return m_cancelRequested ? tr("Canceling") : tr("Starting");
    case State::Processing: return m_cancelRequested ? tr("Canceling") : tr("Processing");
    case State::Succeeded: return tr("Succeeded");
    case State::Failed: return tr("Failed");
    case State::Canceled: return tr("Canceled");
    case State::Aborted: return tr("Aborted");
    case State::Rejected: return tr("Rejected");
    }
    return QString();
}

qint64 Run::elapsedMs() const
{
    return m_endedMs >= 0 ? m_endedMs : m_clock.elapsed();
}

std::optional<qint64> Run::seed() const
{
    const QJsonValue s = m_input.value(QStringLiteral("seed"));
    if (s.isDouble())
        return qint64(s.toDouble());
    return m_logSeed;
}

QString Run::summary() const
{
    QStringList prompts{m_input.value(QStringLiteral("prompt_start")).toString().trimmed()};
    prompts << PromptSequence::splitEndPrompts(m_input.value(QStringLiteral("prompt_end")).toString());
    return prompts.join(QStringLiteral(" → "));
}

void Run::cancel()
{
    if (!isActive() || !m_job)
        return;
    m_cancelRequested = true;
    m_job->cancel();
    emit changed();
}

void Run::onUpdated(const api::Prediction &p)
{
    m_prediction = p;
    m_notice.clear();
    if (p.status == api::PredictionStatus::Processing && m_state == State::Starting) {
        m_stuckMs = -1;
        setState(State::Processing);
    }
    emit changed();
}

void Run::onFinished(const api::Prediction &p)
{
    if (m_state == State::Rejected) {
        emitFinishedOnce();
        return;
    }
    if (!p.id.isEmpty())
        m_prediction = p;
    m_stuckMs = -1;
    m_notice.clear();
    m_endedMs = m_clock.elapsed();
    switch (p.status) {
    case api::PredictionStatus::Succeeded:
        // The job's own value: 100 % only once its video is on disk (a failed download leaves it short).
        if (m_job && m_job->progress() >= 0) m_progress = m_job->progress();
        setState(State::Succeeded);
        break;
    case api::PredictionStatus::Canceled:
        setState(State::Canceled);
        break;
    case api::PredictionStatus::Aborted:
        m_error = p.error.isEmpty() ? tr("The server aborted the prediction before it ran (for example because "
                                         "its deadline passed). Run it again.")
                                    : p.error;
        setState(State::Aborted);
        break;
    case api::PredictionStatus::Failed:
        m_error = p.error.isEmpty() ? tr("The prediction failed without an error message.") : p.error;
        setState(State::Failed);
        break;
    default:
        // A job that ends without a terminal status lost its prediction (e.g. the server forgot it).
        if (m_error.isEmpty())
            m_error = tr("The run ended without a result.");
        setState(State::Failed);
        break;
    }
    emitFinishedOnce();
}

void Run::emitFinishedOnce()
{
    // Some jobs end with finished() after createFailed(); listeners hear about the end once.
    if (m_finishEmitted)
        return;
    m_finishEmitted = true;
    emit finished();
}

void Run::onCreateFailed(const api::ApiError &e)
{
    m_error = e.userMessage();
    m_fieldErrors = e.fieldErrors;
    m_endedMs = m_clock.elapsed();
    setState(State::Rejected);
    if (!m_fieldErrors.isEmpty())
        emit fieldErrorsReceived(m_fieldErrors);
    emit changed();
    emitFinishedOnce();
}

void Run::onOutputSaved(int index, const QString &path)
{
    if (isVideoFile(path)) {
        m_video = path;
        emit videoSaved(path);
    } else {
        m_frames << path;
        emit intermediateFrameSaved(index, path);
    }
    emit changed();
}

void Run::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit changed();
}

} // namespace sdanim::session
