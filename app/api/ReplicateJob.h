#pragma once

#include "api/JobOptions.h"
#include "api/PredictionJob.h"
#include "api/SseParser.h"
#include "schema/ModelSchema.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>


namespace sdanim::api {

class ApiCall;
class ApiClient;
class JobProgress;
class OutputDownloader;

// One prediction on the Replicate HTTP API (or the emulator): validates the input, creates the
// prediction (emitting `created` the moment the server acknowledges it), follows it by SSE when
// urls.stream exists and by polling urls.get otherwise (and as a watchdog when the stream goes
// quiet), downloads each output as soon as it appears and finishes once the prediction is terminal
// and every download settled. A run expected to be short is created with `Prefer: wait=N`: its
// answer usually holds every file, so it needs no stream and only the one GET for the final state.
//
// A create whose response was lost (connection cut after sending, malformed body, 5xx) is never
// blindly repeated: the job looks for the prediction it may have created (the id in the partial
// body, else the newest predictions of the same version created since, each fetched to compare
// its input, a few times because a fresh prediction may not be listed yet; one the history holds
// already is another run's) and follows that instead. It reports a failed create as "nothing was created" only when the lookups proved it.
//
// Terminal is final: once the prediction is terminal (or the job gave up on it), answers still
// in flight — a slow cancel answer, a late poll, stream events — are dropped, so nothing the job
// reports afterwards can take the end back.
class ReplicateJob : public PredictionJob
{
    Q_OBJECT
public:
    enum class State {
        Idle,          // not started
        Creating,      // the create request, or the recovery of its lost answer, is in flight
        Following,     // created: polls, the stream and downloads run
        Settling,      // terminal (or given up): only the downloads in flight are awaited
        Finished,      // `finished` was emitted
        CreateFailed,  // `createFailed` was emitted: there is nothing to follow
    };
    Q_ENUM(State)

    ReplicateJob(ApiClient *client, const schema::ModelSchema &schema, const QJsonObject &input,
                 const JobOptions &options, QObject *parent = nullptr);
    // Follows a prediction created earlier (resumeJob): no create, no `created` signal.
    ReplicateJob(ApiClient *client, const Prediction &known, const JobOptions &options, QObject *parent = nullptr);
    // Sends no create: looks for the prediction an earlier process's create for `input`, sent at
    // `createSentAfter` or later, may have made (its answer never arrived), as for a lost answer.
    ReplicateJob(ApiClient *client, const schema::ModelSchema &schema, const QJsonObject &input,
                 const QDateTime &createSentAfter, const JobOptions &options, QObject *parent = nullptr);
    ~ReplicateJob() override;

    State state() const { return m_state; }
    QString outputDirectory() const;   // <outputDirectory>/<prediction id>, empty before creation
    bool isFollowingStream() const { return m_stream != nullptr; }
    bool usedStream() const { return m_usedStream; }
    // The server ended an idle stream with ":408:" (spec §4); polling took over.
    bool streamTimedOut() const { return m_streamTimedOut; }
    // The N of the `Prefer: wait=N` the create was sent with; 0 when it was not a blocking create.
    int blockingWaitSeconds() const { return m_waitSeconds; }

public slots:
    void start() override;
    void cancel() override;

private:
    // What the recovery of a lost create answer has found out so far.
    struct Recovery
    {
        ApiError error;             // the create's own failure, reported if nothing is found
        int lookups = 0;            // list lookups started
        int pages = 0;              // pages read in the current lookup
        bool complete = true;       // every request of the current lookup succeeded
        QStringList candidates;     // ids to fetch: listed without an input to compare
        QList<Prediction> matches;  // listed with our input, not asked about in the history yet
        QUrl nextPage;              // the page to read once `matches` are all another run's
    };

    void sendCreate();
    // N for `Prefer: wait=N` when this run is expected to end well inside the blocking window, else 0.
    int chooseBlockingWait() const;
    void onCreateFinished(ApiCall *call);
    void recoverLostCreate(const ApiError &error, const QByteArray &partialBody);
    void lookUpLostCreate();
    void readRecoveryPage(const QUrl &url);
    void onRecoveryPage(ApiCall *call);
    // The next step of a lookup: a listed match, else the next page, else a listed summary.
    void continueLookup();
    void checkNextCandidate();
    void onCandidate(ApiCall *call, const QString &id);
    // Adopts `p` (one isOurs() said yes to) unless the history holds it: then it is another
    // run's, made with the same input, and the lookup goes on (JobOptions::isRecorded).
    void adoptUnlessRecorded(const Prediction &p, const char *where);
    void endLookup();
    // Whether `p` may be the prediction our lost create made (same version and input, created
    // since it was sent, followed by no other job of this client); adoptUnlessRecorded() then
    // asks the history about the other processes' runs.
    bool isOurs(const Prediction &p) const;
    bool inRecoveryWindow(const Prediction &p) const;
    void failCreate(const ApiError &error);
    void adopt(const Prediction &p, bool announce);

    void merge(const Prediction &p);
    void addOutput(const QString &url);
    // Emits the complete lines of `logs` after the ones emitted already (and the last, unfinished
    // one too when `final`); `previous` is the log they were counted in.
    void consumeFullLogs(const QString &previous, bool final);
    void emitLogLine(const QString &line);
    void startDownload(int index, const QString &url);
    void onDownloadSaved(int index, const QString &path);
    void onDownloadFailed(int index, const QString &message);
    void setLocalFile(int index, const QString &path);
    // 100 % once the prediction succeeded and its video (the last output) is on disk.
    void maybeCompleteProgress();

    void openStream();
    void onStreamData();
    // A replayed event (same id, type and data, on a stream that numbers its events).
    bool isReplayed(const SseEvent &event);
    // A `logs` event: the lines not seen yet join prediction().logs; the first one means the
    // model is running (status processing, started_at if the server has not said yet).
    bool addStreamedLogs(const QString &data, bool *statusChanged);
    void onStreamFinished();
    void closeStream();
    void restartStreamWatchdog();

    void schedulePoll(int delayMs);
    void poll();
    void onPollFinished(ApiCall *call);
    int nextPollInterval() const;

    void sendCancel();
    void onCancelFinished(ApiCall *call);
    void onDeadline();
    void onStuckCheck();
    void onTerminal();
    void giveUp(const ApiError &reason);
    // No more polls, stream or timers: the prediction is over (or no longer followed).
    void stopFollowing();
    void maybeFinish();
    // `updated` now, or (for news that can wait) at most every JobOptions::liveUpdateIntervalMs.
    void emitUpdated();
    void emitUpdatedThrottled();

    QUrl predictionUrl() const;
    QUrl cancelUrl() const;

    QPointer<ApiClient> m_client;
    schema::ModelSchema m_schema;
    JobOptions m_options;
    bool m_resume = false;
    bool m_recoverOnly = false;

    State m_state = State::Idle;
    QDateTime m_createSentAt;
    Recovery m_recovery;
    bool m_cancelRequested = false;
    bool m_serverAnswered = false;    // some request of this job got an HTTP answer

    QStringList m_outputs;            // every output element seen, in order
    QStringList m_knownOutputs;       // a resumed prediction's outputs from the history
    int m_streamOutputOrdinal = 0;    // output events seen on the current stream
    int m_streamLineOrdinal = 0;      // log lines seen on the current stream
    int m_linesEmitted = 0;
    qsizetype m_logConsumedChars = 0; // prediction().logs up to the end of the lines emitted
    JobProgress *m_runProgress = nullptr;
    QElapsedTimer m_clock;

    OutputDownloader *m_downloader = nullptr;
    QSet<int> m_pendingDownloads;
    QSet<int> m_saved;

    QTimer m_pollTimer;
    QTimer m_deadlineTimer;
    QTimer m_stuckTimer;
    QTimer m_graceTimer;
    QPointer<ApiCall> m_pollCall;
    QPointer<ApiCall> m_cancelCall;
    int m_pollFailures = 0;
    QTimer m_liveUpdateTimer;
    QTimer m_streamWatchdog;          // a GET beside an open stream that has gone quiet
    int m_waitSeconds = 0;
    QElapsedTimer m_lastUpdate;
    QPointer<QNetworkReply> m_stream;
    SseParser m_sse;
    QSet<QString> m_streamEvents;     // id + digest of every event seen on the current stream
    bool m_usedStream = false;
    bool m_streamTimedOut = false;
};

} // namespace sdanim::api
