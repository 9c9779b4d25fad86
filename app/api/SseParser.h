#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sdanim::api {

// One dispatched server-sent event (spec §4).
struct SseEvent
{
    QString type = QStringLiteral("message");  // output, logs, error, done (or anything the server sends)
    QString data;                              // several data: lines joined with '\n'
    QString id;                                // the last id: seen so far (kept across events)
};

// Incremental text/event-stream parser (WHATWG HTML "event stream interpretation"): feed it the
// bytes as they arrive, split anywhere, and collect whole events. Comment lines are ignored except
// Replicate's ":408:" idle-timeout marker, which is reported so the caller knows the stream ends.
class SseParser
{
public:
    // Returns the events completed by these bytes, in order.
    QList<SseEvent> feed(const QByteArray &bytes);
    // The stream ended: an event without its terminating blank line is discarded (per the spec).
    void finish();

    QString lastEventId() const { return m_lastId; }
    bool sawTimeoutComment() const { return m_sawTimeout; }
    int commentCount() const { return m_comments; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);

    QByteArray m_buffer;
    bool m_atStart = true;
    QByteArray m_startBytes;  // the start of the stream while it may still be a split BOM
    bool m_pendingCr = false;
    QString m_type;
    QString m_data;
    bool m_hasData = false;
    QString m_lastId;
    bool m_sawTimeout = false;
    int m_comments = 0;
};

} // namespace sdanim::api
