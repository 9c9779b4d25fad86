#pragma once

#include "api/AuthPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace sdanim::api {

class DownloadFileWriter;
struct DataUriSave;

// One output file on its way to disk: a data: URI decoded on a worker thread, or an HTTP transfer
// streamed into a QSaveFile that is only committed when the body is complete (written and committed
// by a DownloadFileWriter on its own thread, so the receiving thread never waits for the disk), with retries,
// manual redirects (so the token decision is made again for every hop), the 401/403 token retry
// and a size cap (a body announced or grown beyond Options::maxFileBytes is dropped at once).
// Internal to OutputDownloader.
class DownloadTask : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxAttempts = 5;
        int initialBackoffMs = 500;
        int stallTimeoutMs = 60000;
        qint64 maxFileBytes = 0;   // set by OutputDownloader
    };

    DownloadTask(QNetworkAccessManager *nam, const AuthPolicy &policy, Options options, int index,
                 const QString &url, const QString &path, QObject *parent = nullptr);
    ~DownloadTask() override;

    int index() const { return m_index; }
    QString path() const { return m_path; }
    void start();
    void abort();

signals:
    void retrying(int index, int attempt, int delayMs, const QString &reason);
    // ok: pathOrMessage is the saved file; otherwise a translated error.
    void done(bool ok, const QString &pathOrMessage);

private:
    void startDataUri();
    void sendRequest();
    void onMetaDataChanged();
    void onReadyRead();
    // all: read what is buffered even while the writer is behind (the reply has finished).
    void readBody(bool all);
    void onFinished();
    DownloadFileWriter *writer();
    // Forgets the current writer (its signals are ignored from now on) and hands it back.
    DownloadFileWriter *detachWriter();
    void onWriteFailed(const QString &reason);
    void onCommitted(bool ok, const QString &reason);
    // Reports the failure once the writer has removed its temporary file, so nothing is left
    // behind when done() arrives.
    void failAfterDiscard(const QString &message);
    void retryLater(const QString &reason, int minimumDelayMs = 0);
    void finish(bool ok, const QString &pathOrMessage);
    void discardPartialFile();
    // Stops a data: URI save on its worker from leaving a file (see DataUriSave).
    void abortDataUriSave();
    QString tooLargeMessage(qint64 announcedBytes) const;

    QNetworkAccessManager *m_nam;
    AuthPolicy m_policy;
    Options m_options;
    int m_index;
    QString m_url;
    QString m_path;
    QUrl m_currentUrl;
    bool m_sendToken = false;
    bool m_triedTokenRetry = false;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_tooLarge = false;
    std::shared_ptr<DataUriSave> m_dataSave;   // shared with the worker saving a data: URI
    QPointer<QNetworkReply> m_reply;
    DownloadFileWriter *m_writer = nullptr;   // lives on the writer thread; discard() or deleteLater() it
    quint64 m_writerGeneration = 0;
    qint64 m_queuedBytes = 0;   // handed to the writer, not written yet
    qint64 m_received = 0;
    QString m_writeError;
    QByteArray m_errorBody;
    QTimer m_retryTimer;
};

} // namespace sdanim::api
