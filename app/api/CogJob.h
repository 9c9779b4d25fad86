#pragma once

#include "api/PredictionJob.h"
#include "model/RunEstimator.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace sdanim::api {

class CogBackend;
class JobProgress;
class OutputDownloader;

// One prediction on a local Cog container (see CogBackend for the two server generations).
// Life: GET /health-check decides the mode; then `created` is emitted with the job's own id before
// the run request is sent, because the container answers only when the run is over and the
// history must know about the run meanwhile. The request itself is synchronous (the container's
// answer carries the outputs even when its webhooks cannot reach the app); webhooks, when they
// arrive, give logs, progress and the outputs as they are yielded. Outputs are data: URIs, saved
// to <output directory>/<id>/<index>-output.<ext>. `finished` comes once every output is on disk.
// Terminal is final: a webhook, run answer or cancel answer that arrives after the end is dropped,
// and a webhook older than one already seen (they are separate requests) takes nothing back.
class CogJob : public PredictionJob
{
    Q_OBJECT
public:
    enum class Mode { Unknown, Modern, Legacy };
    Q_ENUM(Mode)
    enum class State {
        Idle,      // not started
        Probing,   // asking /health-check whether (and how) the container can run it
        Running,   // `created` was emitted; the run request is out, webhooks come in
        Settling,  // terminal: only the saves of its outputs are awaited
        Finished,  // `finished` was emitted
    };
    Q_ENUM(State)

    // The largest answer to the run request read into memory. Like a webhook report it carries
    // every output as a data: URI, hence the same room (CogWebhookReceiver::MaxBodyBytes).
    static constexpr qint64 MaxRunAnswerBytes = 1024LL * 1024 * 1024;

    struct Config
    {
        QUrl baseUrl;
        QString outputDirectory;
        QString model;
        QString version;
        int setupWaitMs = 10 * 60 * 1000;
        int cancelGraceMs = 30000;   // how long a canceled run may take to report back
        int deadlineMs = 40 * 60 * 1000;  // overall limit of one run request
        model::RunEstimator estimator;     // weighs progress and the first ETA (see JobOptions)
        int progressIntervalMs = 1000;     // progress/ETA re-published this often while nothing is logged
    };

    CogJob(CogBackend *backend, Config config, const QJsonObject &input, QObject *parent = nullptr);
    ~CogJob() override;

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    QString outputDirectory() const;

public slots:
    void start() override;
    void cancel() override;

private:
    QUrl endpoint(const QString &path) const;
    void probeHealth();
    void onHealth(QNetworkReply *reply);
    void startRun(Mode mode);
    void onRunReply(QNetworkReply *reply);
    void onRunResponse(int status, const QByteArray &body, const QString &networkError);
    void onWebhook(const QString &predictionId, const QJsonObject &prediction);
    void applyState(const QJsonObject &object);
    void takeLogs(const QString &logs, bool flush);
    void takeOutputs(const QStringList &outputs);
    void postCancel(int attempt);
    void rejectBeforeRun(const ApiError &error);
    void failRun(const QString &message);
    void endCanceled(const QString &note);
    void markTerminal();
    // 100 % once the run succeeded and its video (the last output) is on disk.
    void maybeCompleteProgress();
    void maybeFinish();
    QNetworkReply *takeRunReply();
    bool isOver() const { return m_state == State::Settling || m_state == State::Finished; }

    QPointer<CogBackend> m_backend;
    Config m_config;
    Mode m_mode = Mode::Unknown;
    State m_state = State::Idle;
    JobProgress *m_runProgress = nullptr;
    QElapsedTimer m_clock;
    QPointer<QNetworkReply> m_probe;
    QPointer<QNetworkReply> m_run;
    OutputDownloader *m_downloader = nullptr;
    QTimer m_cancelGrace;
    QString m_logsSeen;        // the container's logs as far as they were turned into logLine()s
    QString m_partialLine;
    int m_outputsSeen = 0;
    int m_pendingSaves = 0;
    int m_probeFailures = 0;
    bool m_cancelRequested = false;
    bool m_waitNoted = false;
};

} // namespace sdanim::api
