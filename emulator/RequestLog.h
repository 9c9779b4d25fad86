#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <deque>

namespace sdanim::emulator {

// Every request the emulator received (method, path, query, Host, all headers), newest last.
// Tests read it through GET /_emulator/requests, e.g. to prove the API token only went to the API host.
// The log never holds a credential: an `authorization` header is stored as its scheme and the
// SHA-256 of the rest ("Bearer sha256:<64 hex>"), which tells which token arrived, and where,
// without the log (or anyone reading it over HTTP) learning the token.
class RequestLog
{
public:
    // The most entries kept; the oldest go first, so a long-running emulator does not grow.
    static constexpr qsizetype MaxEntries = 20000;

    void append(const QJsonObject &entry);
    QJsonArray entries() const;
    void clear();

    // "Bearer r8_x" → "Bearer sha256:<hex of SHA-256("r8_x")>"; a value without a scheme is hashed whole.
    static QString redactedAuthorization(const QString &value);

private:
    mutable QMutex m_mutex;
    // One object per entry, not one QJsonArray: removing the oldest entry of a QJsonArray does not
    // give back the storage of its strings, so a full log kept growing (issue 9, emulator memory).
    std::deque<QJsonObject> m_entries;
};

} // namespace sdanim::emulator
