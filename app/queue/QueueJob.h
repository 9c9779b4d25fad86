#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sdanim::queue {

// One job of the persistent queue (history schema 8, table queue_jobs; 9 adds deployment), as QueueStore reads and
// writes it. The scheduler (JobQueue) moves it through its states.
struct QueueJob
{
    enum class State {
        Queued,    // waiting for its turn (and for notBefore, after a 429)
        Paused,    // held back by hand; resume puts it back in line
        Running,   // claimed by a runner: being created or followed (historyKey links its row)
        Done,      // the prediction succeeded
        Failed,    // it failed, or could not be created (not for a 429: that only delays it)
        Canceled,  // canceled or aborted, or removed while it ran
        Removed,   // taken out of the queue before it started
    };

    qint64 id = 0;
    qint64 position = 0;           // the order of the line, ascending
    State state = State::Queued;
    QString backend;               // the key of the backend it runs on (backendKey())
    QString source;                // "cli", "app", or a sweep's cell: sweepSource()
    // The Replicate deployment (owner/name) it is created on, as set when it was added (Settings →
    // Run on a deployment, `queue add --deployment`); empty: the backend's own target.
    QString deployment;
    QJsonObject input;
    double estimateUsd = 0;        // from the plan's estimator when it was added
    double costUsd = -1;           // once finished: what it counts against the budget
    QString historyKey;            // the local id of its history row, once started
    QString predictionId;          // the server's id, once created
    int attempts = 0;              // creates tried (a 429 sends it back to the line)
    QDateTime notBefore;           // not started before this (back-off after a 429)
    QString error;                 // why it failed, or why it waits
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isFinished() const { return state == State::Done || state == State::Failed || state == State::Canceled || state == State::Removed; }
    bool isWaiting() const { return state == State::Queued || state == State::Paused; }

    static QString stateName(State state);   // "queued", "running", … (stable: stored and in --json)
    static std::optional<State> stateFromName(const QString &name);
    static QString stateText(State state);   // translated, for the CLI and the dock

    // The cell of a history sweep (store::SweepStore) a job runs: its runner links the job's
    // history row to that cell, so the sweep's grid finds it whichever process ran it.
    struct SweepCell { qint64 sweepId = 0; int row = 0; int column = 0; };
    // "sweep:<id>:<row>:<column>", the source of a sweep cell's job.
    static QString sweepSource(qint64 sweepId, int row, int column);
    std::optional<SweepCell> sweepCell() const;
};

} // namespace sdanim::queue
