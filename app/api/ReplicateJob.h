#pragma once

#include "api/JobOptions.h"
#include "api/PredictionJob.h"
#include "api/SseParser.h"
#include "schema/ModelSchema.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QElapsedTimer>
#include <QMap>
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
// urls.stream exists and by polling urls.get otherwise (and as a watchdog), downloads each output
// as soon as it appears and finishes once the prediction is terminal and every download settled.
//
// A create whose response was lost (connection cut, malformed body, 5xx) is never blindly
// repeated: the job looks for the prediction it may have created (the id in the partial body,
// then the newest predictions with the same input) and follows that instead.
class ReplicateJob : public PredictionJob
{
    Q_OBJECT
public:
    ReplicateJob(ApiClient *client, const schema::ModelSchema &schema, const QJsonObject &input,
                 const JobOptions &options, QObject *parent = nullptr);
    // Follows a prediction created earlier (resumeJob): no create, no `created` signal.
    ReplicateJob(ApiClient *client, const Prediction &known, const JobOptions &options, QObject *parent = nullptr);
    ~ReplicateJob() override;

    QString outputDirectory() const;   // <outputDirectory>/<prediction id>, empty before creation
    bool isFollowingStream() const { return m_stream != nullptr; }
    bool usedStream() const { return m_usedStream; }
    // The server ended an idle stream with ":408:" (spec §4); polling took over.
    bool streamTimedOut() const { return m_streamTimedOut; }

public slots:
    void start() override;
    void cancel() override;

private:
    void sendCreate();
    void onCreateFinished(ApiCall *call);
    void recoverLostCreate(const ApiError &error, const QByteArray &partialBody);
    void onRecoveryList(ApiCall *call, const ApiError &originalError);
    void failCreate(const ApiError &error);
    void adopt(const Prediction &p, bool announce);

    void merge(const Prediction &p);
    void addOutput(const QString &url);
    void consumeFullLogs(bool final);
    void emitLogLine(const QString &line);
    void startDownload(int index, const QString &url);
    void onDownloadSaved(int index, const QString &path);
    void onDownloadFailed(int index, const QString &message);
    // 100 % once the prediction succeeded and its video (the last output) is on disk.
    void maybeCompleteProgress();

    void openStream();
    void onStreamData();
    // A `logs` event: the lines not seen yet join prediction().logs; the first one means the
    // model is running (status processing, started_at if the server has not said yet).
    bool addStreamedLogs(const QString &data, bool *statusChanged);
    void onStreamFinished();
    void closeStream();

    void schedulePoll(int delayMs);
    void poll();
    void onPollFinished(ApiCall *call);
    int nextPollInterval() const;

    void sendCancel();
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

    QDateTime m_createSentAt;
    bool m_created = false;
    bool m_terminal = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_cancelInFlight = false;
    bool m_deadlineHit = false;

    QStringList m_outputs;            // every output element seen, in order
    QStringList m_knownOutputs;       // a resumed prediction's outputs from the history
    int m_streamOutputOrdinal = 0;    // output events seen on the current stream
    int m_streamLineOrdinal = 0;      // log lines seen on the current stream
    int m_linesEmitted = 0;
    JobProgress *m_runProgress = nullptr;
    QElapsedTimer m_clock;

    OutputDownloader *m_downloader = nullptr;
    QSet<int> m_pendingDownloads;
    QMap<int, QString> m_saved;

    QTimer m_pollTimer;
    QTimer m_deadlineTimer;
    QTimer m_stuckTimer;
    QTimer m_graceTimer;
    QPointer<ApiCall> m_pollCall;
    int m_pollFailures = 0;
    QTimer m_liveUpdateTimer;
    QElapsedTimer m_lastUpdate;
    QPointer<QNetworkReply> m_stream;
    SseParser m_sse;
    bool m_usedStream = false;
    bool m_streamDone = false;
    bool m_streamTimedOut = false;
};

} // namespace sdanim::api
