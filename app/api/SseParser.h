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
//
// Bounded: a line longer than MaxLineBytes or an event whose data exceeds MaxEventBytes ends the
// parse for good (hasFailed()): nothing more is buffered and no later event is reported, because
// events are matched to outputs by their position and one dropped event would shift every later
// one. The job's polls are authoritative and carry on without the stream.
class SseParser
{
public:
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxEventBytes = 32 * 1024 * 1024;

    // Returns the events completed by these bytes, in order.
    QList<SseEvent> feed(const QByteArray &bytes);
    // The stream ended: an event without its terminating blank line is discarded (per the spec).
    void finish();

    QString lastEventId() const { return m_lastId; }
    bool sawTimeoutComment() const { return m_sawTimeout; }
    int commentCount() const { return m_comments; }
    // A limit was exceeded; errorString() says which (translated).
    bool hasFailed() const { return m_failed; }
    QString errorString() const { return m_error; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);
    void fail(const QString &message);

    QByteArray m_buffer;
    bool m_atStart = true;
    QByteArray m_startBytes;  // the start of the stream while it may still be a split BOM
    bool m_pendingCr = false;
    QString m_type;
    QString m_data;
    qsizetype m_dataBytes = 0;
    bool m_hasData = false;
    bool m_failed = false;
    QString m_error;
    QString m_lastId;
    bool m_sawTimeout = false;
    int m_comments = 0;
};

} // namespace sdanim::api
