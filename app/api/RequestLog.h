#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <deque>

class QNetworkReply;

namespace sdanim::api {

// One HTTP request as the debug pane and `--verbose` show it. Nothing in it can hold the token:
// the URL loses its user info and its query values, and of the headers only the fact that an
// Authorization header was sent is kept, never its value.
struct RequestLogEntry
{
    quint64 id = 0;                // consecutive, from 1
    QDateTime started;
    QString method;
    QString url;                   // RequestLog::displayUrl()
    bool authorized = false;       // an Authorization header was sent
    bool finished = false;
    int httpStatus = 0;            // 0: no HTTP answer (see error)
    QString error;                 // the transport error, if any
    qint64 durationMs = -1;        // until the reply finished
};

// The process-wide recorder of the HTTP requests the core makes (API calls, event streams, output
// downloads, the Cog container), fed by watch() at every place that sends one. Keeps the newest
// MaxEntries; each finished request is also logged to sdanim.api.http at debug level (--verbose).
// Lives on the thread that created it first (the main thread); watch() is called there too.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 1000;

    static RequestLog &instance();

    // Records `reply` from now until it finishes (or is deleted). `secret` (the token the request
    // carries, if any) is masked should it appear in the URL or the error text.
    void watch(QNetworkReply *reply, const QByteArray &secret = {});

    QList<RequestLogEntry> entries() const;
    void clear();

    // The URL as shown: no user info or fragment, every query value replaced by "…".
    static QString displayUrl(const QUrl &url, const QByteArray &secret = {});

signals:
    void entryAdded(const sdanim::api::RequestLogEntry &entry);
    void entryUpdated(const sdanim::api::RequestLogEntry &entry);
    void cleared();

private:
    explicit RequestLog(QObject *parent = nullptr);
    void finish(quint64 id, int status, const QString &error, qint64 durationMs);

    mutable QMutex m_mutex;
    std::deque<RequestLogEntry> m_entries;
    quint64 m_nextId = 1;
};

} // namespace sdanim::api

Q_DECLARE_METATYPE(sdanim::api::RequestLogEntry)
