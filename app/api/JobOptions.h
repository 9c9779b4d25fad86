#pragma once

#include "api/RetryPolicy.h"
#include "model/RunEstimator.h"

#include <QFuture>
#include <QString>

#include <functional>

namespace sdanim::settings { class AppSettings; }

namespace sdanim::api {

// Whether the history already holds a prediction with this server id (a row of any process, one
// deleted since too). The future ends with no result when the history could not tell.
using RecordedCheck = std::function<QFuture<bool>(const QString &predictionId)>;

// How a ReplicateJob follows its prediction. Defaults live in AppSettings; tests shorten them.
struct JobOptions
{
    QString outputDirectory;          // outputs go to <outputDirectory>/<prediction id>/
    // A Replicate deployment (owner/name): creates go to POST /deployments/{owner}/{name}/predictions
    // (its release's version runs) instead of POST /predictions; the rest is the same API. Empty: the
    // schema's version.
    QString deployment;
    int pollIntervalMs = 1000;        // first poll cadence (docs suggest 1–2 s)
    int maxPollIntervalMs = 5000;     // long runs back off towards this
    int pollBackoffAfterMs = 30000;   // keep the fast cadence this long after creation
    qint64 stuckStartingMs = 300000;  // stuckInStarting after this long in "starting"
    qint64 deadlineMs = 40 * 60000;   // overall client-side deadline: cancel and stop waiting
    int cancelGraceMs = 30000;        // after the deadline, wait this long for the cancel to land
    bool useEventStream = true;       // follow urls.stream (SSE) when the server offers it
    // Beside an open stream a GET is only a watchdog: it is sent once the stream has brought no
    // news (a log line, an output) for this long. < 0: maxPollIntervalMs.
    int streamWatchdogMs = -1;
    // A run estimated to end (start included) within this long is created with `Prefer: wait=N`
    // (spec §3.1): the answer then usually carries the whole output, and neither a stream nor
    // polls are needed. Only for runs without intermediate outputs, whose frames would otherwise
    // arrive one by one while it runs. 0: never (every create returns at once).
    int blockingCreateMaxMs = 0;
    static constexpr int DefaultBlockingCreateMaxMs = 20000;
    static constexpr int DefaultStreamWatchdogMs = 30000;
    int liveUpdateIntervalMs = 500;   // `updated` for streamed log lines at most this often
    int requestTimeoutMs = 30000;     // per request inactivity timeout
    int downloadAttempts = 5;
    int downloadBackoffMs = 500;
    // Lookups of the prediction list when a create's answer was lost (spaced by the retry
    // backoff: a prediction created a moment ago may not be listed yet).
    int recoveryLookups = 5;
    // Asked before a prediction found by that lookup is adopted: one the history holds is another
    // run's (the previous `sdanim run` with the same input, in another process), never this
    // job's, whose own row gets its id only once it adopted one. Unset: not asked (no history).
    RecordedCheck isRecorded;
    RetryPolicy::Options retry;
    // Per-unit rates that weigh the run's phases for progress and give the ETA until this run's
    // own pace is known: the documented defaults, or the fit to the user's history
    // (session::HistoryRateSource) once the backend has been given one (Backend::setRunEstimator).
    model::RunEstimator estimator;
    int progressIntervalMs = 1000;    // progress/ETA re-published this often while nothing is logged

    static JobOptions fromSettings(const settings::AppSettings &settings);
};

} // namespace sdanim::api
