#pragma once

#include <QtGlobal>

class QNetworkReply;
class QObject;

namespace sdanim::api {

// Helpers for QNetworkReply objects shared by the API calls, jobs and downloads.
class NetworkReplies
{
public:
    // Drops a reply whose answer is no longer wanted: `receiver` gets none of its signals any more
    // (disconnected before the abort, which would emit finished), the connection is closed, and the
    // object is deleted later because the caller may be running inside one of its signals.
    // Does nothing for nullptr.
    static void abandon(QNetworkReply *reply, const QObject *receiver);

    // Qt buffers a reply's whole body in memory whether or not anyone reads it. This aborts
    // `reply` as soon as its body is announced (Content-Length) or received beyond `maxBytes`;
    // the `finished` handler then asks exceededLimit() why the reply ended. Call it right after
    // sending, before the event loop runs.
    static void limitBody(QNetworkReply *reply, qint64 maxBytes);
    static bool exceededLimit(const QNetworkReply *reply);
};

} // namespace sdanim::api
