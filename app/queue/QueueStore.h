#pragma once

#include "queue/QueueJob.h"
#include "queue/QueueSettings.h"
#include "store/BackendIdentity.h"
#include "store/HistoryStore.h"

#include <optional>

namespace sdanim::queue {

// The queue's tables next to the predictions (history schema 8; 9 adds the jobs' deployment): jobs in line order and the
// settings row. Works on a HistoryStore's connection and joins its transactions; like it, only
// for the history thread (AsyncHistoryStore::run/write). Several processes may share it: every
// change of state is one statement that checks the state it starts from.
class QueueStore
{
public:
    explicit QueueStore(store::HistoryStore &history) : m_history(history) {}

    // Which jobs a backend runs: its name, plus its server for one whose predictions outlive the
    // process (the in-process emulator gets a new port every time).
    static QString backendKey(const store::BackendIdentity &identity);
    // The lock file a runner holds while it runs the queue of the history at `historyPath`: one
    // runner per history, whichever process (the app or `sdanim queue run`).
    static QString runnerLockPath(const QString &historyPath) { return historyPath + QStringLiteral(".queue-lock"); }

    enum class Place { Back, Front };
    // Puts `job` in the line as queued, behind every job (Back) or before every job (Front: the
    // form's Run, which the user expects to start now); sets its id, position and createdAt.
    bool add(QueueJob &job, Place place = Place::Back);
    std::optional<QueueJob> get(qint64 id) const;
    // Every job, in line order (finished ones included).
    QList<QueueJob> list() const;
    // Writes every column of the job found by its id.
    bool update(const QueueJob &job);

    // Puts the waiting (queued or paused) job `id` at `place` (1-based) of the line of waiting jobs.
    bool move(qint64 id, int place);
    // A waiting job becomes removed; a running one canceled (its runner cancels the prediction).
    bool remove(qint64 id);
    // Holds a queued job back, or puts a paused one back in line.
    bool setPaused(qint64 id, bool paused);
    // Deletes the finished jobs (and with `waitingToo` the waiting ones); the number deleted, -1 on error.
    int clear(bool waitingToo);

    // Queued → running for one runner: false when it is no longer queued (taken, paused, removed).
    bool claim(qint64 id, const QDateTime &now);
    // The history row a claimed job is recorded in.
    bool link(qint64 id, const QString &historyKey);

    QueueSettings settings() const;
    bool setSettings(const QueueSettings &settings);

    // What the finished jobs still in the queue cost; since `since` (finished then or later) when valid.
    double spentUsd(const QDateTime &since = QDateTime()) const;
    // What the daily budget counts on `now`'s UTC day: every run the history recorded that day
    // (created then), whatever started it (the app, `sdanim run`, a sweep, an import), at its
    // row's cost; a queue job's run at what the queue counts (on the emulator, which stands in for
    // Replicate, its estimate), a running one's at nothing (its runner adds its estimate).
    double spentTodayUsd(const QDateTime &now) const;

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message) const;

    store::HistoryStore &m_history;
    mutable QString m_lastError;
};

} // namespace sdanim::queue
