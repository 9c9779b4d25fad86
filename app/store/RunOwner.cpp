#include "store/RunOwner.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace sdanim::store {

namespace {

// kill(pid, 0) delivers nothing; it only asks whether the process exists. EPERM: it exists but
// belongs to another user.
bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;   // the heartbeat alone decides
#endif
}

} // namespace

RunOwner RunOwner::current()
{
    static const RunOwner me{QCoreApplication::applicationPid(), QSysInfo::machineHostName()};
    return me;
}

bool RunOwner::isAlive(const QDateTime &heartbeat, const QDateTime &now) const
{
    if (isNull()) return false;
    const RunOwner me = current();
    if (*this == me) return true;
    if (host == me.host && !processExists(pid)) return false;
    return heartbeat.isValid() && heartbeat.secsTo(now) < StaleAfterSeconds;
}

} // namespace sdanim::store
