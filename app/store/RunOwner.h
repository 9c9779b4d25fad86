#pragma once

#include <QDateTime>
#include <QString>

namespace sdanim::store {

// The process that follows a live prediction. Each running row of the history names its owner
// and when that owner last said it was alive (its heartbeat), so a second process sharing the
// history (the GUI next to `sdanim run`) resumes or gives up only the rows whose owner is gone.
struct RunOwner
{
    // How often an owner with live runs refreshes their heartbeat (HistoryRecorder).
    static constexpr int HeartbeatIntervalMs = 10000;
    // A heartbeat older than this means its owner is gone, or hangs: the only test for an owner on
    // another host, and the one that catches a process id reused by an unrelated process.
    static constexpr int StaleAfterSeconds = 90;

    qint64 pid = 0;
    QString host;

    static RunOwner current();
    bool isNull() const { return pid <= 0; }
    bool operator==(const RunOwner &other) const { return pid == other.pid && host == other.host; }
    bool operator!=(const RunOwner &other) const { return !(*this == other); }

    // Whether this owner may still be following its runs at `now`: it is this process, or its
    // heartbeat is fresh and (on this host) the process still exists. A row without an owner
    // (written by an older version) has none.
    bool isAlive(const QDateTime &heartbeat, const QDateTime &now) const;
};

} // namespace sdanim::store
