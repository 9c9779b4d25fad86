#pragma once

#include "api/AuthPolicy.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace sdanim::api {

class DownloadTask;

// Saves prediction outputs to disk as soon as they appear. Everything is asynchronous: the caller
// (the UI thread) never waits for the network, a decode or a large write.
class OutputDownloader : public QObject
{
    Q_OBJECT
public:
    // The largest output file saved by default (HTTP body or decoded data: URI). The model's
    // biggest MP4/GIF is far below it; a larger answer is a broken or hostile server.
    static constexpr qint64 DefaultMaxFileBytes = 2LL * 1024 * 1024 * 1024;

    // A null `nam` makes the downloader use its own.
    OutputDownloader(QNetworkAccessManager *nam, AuthPolicy policy, QObject *parent = nullptr);
    ~OutputDownloader() override;

    // Saves url (https:, http: or data:) to targetDir/<sanitised fileName> atomically (QSaveFile), with
    // retries on network errors/5xx and a fresh attempt when the body was cut; never blocks the caller.
    // An empty fileName uses the URL's own name (FileNameSanitizer::nameFromUrl).
    void download(int index, const QString &url, const QString &targetDir, const QString &fileName);

    // Stops every transfer still running; each emits failed() with a "canceled" message.
    void abortAll();
    int pendingCount() const;

    // Retry tuning (tests shorten it). Attempts include the first one.
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    int maxAttempts() const { return m_maxAttempts; }
    void setInitialBackoffMs(int ms) { m_initialBackoffMs = qMax(0, ms); }
    int initialBackoffMs() const { return m_initialBackoffMs; }
    // A transfer that receives nothing for this long is aborted and retried.
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = qMax(0, ms); }
    int stallTimeoutMs() const { return m_stallTimeoutMs; }
    // A file announced or streamed beyond this fails at once, is not retried and leaves no file.
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = qMax<qint64>(1, bytes); }
    qint64 maxFileBytes() const { return m_maxFileBytes; }
    const AuthPolicy &authPolicy() const { return m_policy; }

    // A short text for messages: a data: URI's header and size instead of megabytes of base64.
    static QString describeUrl(const QString &url);

signals:
    void saved(int index, const QString &path);
    void failed(int index, const QString &message);
    // A transient problem that will be retried after delayMs (shown in the log pane).
    void retrying(int index, int attempt, int delayMs, const QString &reason);

private:
    void taskDone(DownloadTask *task, bool ok, const QString &pathOrMessage);

    QNetworkAccessManager *m_nam;
    AuthPolicy m_policy;
    int m_maxAttempts = 5;
    int m_initialBackoffMs = 500;
    int m_stallTimeoutMs = 60000;
    qint64 m_maxFileBytes = DefaultMaxFileBytes;
    QList<DownloadTask *> m_tasks;
};

} // namespace sdanim::api
