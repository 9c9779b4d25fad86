#pragma once

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
};

} // namespace sdanim::api
