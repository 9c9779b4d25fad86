#include "queue/QueueJob.h"

#include <QCoreApplication>

namespace sdanim::queue {

namespace {
const std::pair<QueueJob::State, const char *> kNames[] = {
    {QueueJob::State::Queued, "queued"},   {QueueJob::State::Paused, "paused"}, {QueueJob::State::Running, "running"},
    {QueueJob::State::Done, "done"},       {QueueJob::State::Failed, "failed"}, {QueueJob::State::Canceled, "canceled"},
    {QueueJob::State::Removed, "removed"},
};
} // namespace

QString QueueJob::stateName(State state)
{
    for (const auto &[s, name] : kNames)
        if (s == state) return QLatin1String(name);
    return QString();
}

std::optional<QueueJob::State> QueueJob::stateFromName(const QString &name)
{
    for (const auto &[s, n] : kNames)
        if (name == QLatin1String(n)) return s;
    return std::nullopt;
}

QString QueueJob::stateText(State state)
{
    switch (state) {
    case State::Queued: return QCoreApplication::translate("sdanim::queue::QueueJob", "queued");
    case State::Paused: return QCoreApplication::translate("sdanim::queue::QueueJob", "paused");
    case State::Running: return QCoreApplication::translate("sdanim::queue::QueueJob", "running");
    case State::Done: return QCoreApplication::translate("sdanim::queue::QueueJob", "done");
    case State::Failed: return QCoreApplication::translate("sdanim::queue::QueueJob", "failed");
    case State::Canceled: return QCoreApplication::translate("sdanim::queue::QueueJob", "canceled");
    case State::Removed: return QCoreApplication::translate("sdanim::queue::QueueJob", "removed");
    }
    return QString();
}

} // namespace sdanim::queue
