#include "emulator/RequestLog.h"

namespace sdanim::emulator {

void RequestLog::append(const QJsonObject &entry)
{
    QMutexLocker lock(&m_mutex);
    // Bounded so a long-running emulator does not grow without limit.
    if (m_entries.size() >= 20000)
        m_entries.removeFirst();
    m_entries.append(entry);
}

QJsonArray RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries = QJsonArray();
}

} // namespace sdanim::emulator
