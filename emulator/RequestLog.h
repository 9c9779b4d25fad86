#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace sdanim::emulator {

// Every request the emulator received (method, path, query, Host, all headers), newest last.
// Tests read it through GET /_emulator/requests, e.g. to prove the API token only went to the API host.
class RequestLog
{
public:
    void append(const QJsonObject &entry);
    QJsonArray entries() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QJsonArray m_entries;
};

} // namespace sdanim::emulator
