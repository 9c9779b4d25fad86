#include "queue/QueueJob.h"

#include <QCoreApplication>
#include <QStringList>

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

QString QueueJob::sweepSource(qint64 sweepId, int row, int column)
{
    return QStringLiteral("sweep:%1:%2:%3").arg(sweepId).arg(row).arg(column);
}

std::optional<QueueJob::SweepCell> QueueJob::sweepCell() const
{
    const QStringList parts = source.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("sweep")) return std::nullopt;
    bool idOk = false, rowOk = false, columnOk = false;
    SweepCell cell{parts.at(1).toLongLong(&idOk), parts.at(2).toInt(&rowOk), parts.at(3).toInt(&columnOk)};
    if (!idOk || !rowOk || !columnOk || cell.sweepId <= 0 || cell.row < 0 || cell.column < 0) return std::nullopt;
    return cell;
}

} // namespace sdanim::queue
