#include "api/DownloadTask.h"

#include "api/DataUri.h"
#include "api/DownloadFileWriter.h"
#include "api/NetworkReplies.h"
#include "api/OutputDownloader.h"
#include "api/RequestLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace sdanim::api {

namespace {

constexpr int MaxRedirects = 10;
constexpr int MaxBackoffMs = 30000;
constexpr int MaxRetryAfterMs = 60000;
// Backpressure towards the writer thread: past this many bytes not yet on disk the task stops
// reading, and the reply's bounded read buffer then stops reading from the socket. So a disk
// slower than the network holds at most about MaxQueuedBytes + ReadBufferBytes per download in memory.
constexpr qint64 MaxQueuedBytes = 4 * 1024 * 1024;
constexpr qint64 ReadBufferBytes = 1024 * 1024;

bool isRedirect(int status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

// Transport errors that another attempt cannot fix. Not OperationCanceledError: the task's own
// aborts are handled before (size cap, write error) or disconnected (abort()), so it only comes
// from the stall timeout, and a stalled server is retried like a cut body.
bool isPermanent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat); }

} // namespace

// What the worker saving a data: URI and DownloadTask::abort() agree on, under one mutex: the
// file is committed only if the save was not canceled first, and a cancel that comes after the
// commit (before the result reached the task) removes it again. Either way a canceled save
// leaves no file.
struct DataUriSave
{
    QMutex mutex;
    bool canceled = false;
    bool committed = false;

    bool isCanceled()
    {
        QMutexLocker lock(&mutex);
        return canceled;
    }
};

namespace {

// Decodes and writes on a worker thread; returns an empty string on success, else the reason.
QString saveDataUri(const QString &uri, const QString &path, qint64 maxBytes, const std::shared_ptr<DataUriSave> &save)
{
    // Never shown: a canceled task has reported its end already.
    const QString canceled = QStringLiteral("canceled");
    if (save->isCanceled()) return canceled;
    QString error;
    const auto decoded = DataUri::parse(uri, &error, maxBytes);
    if (!decoded) return error;
    if (save->isCanceled()) return canceled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("sdanim::api::DownloadTask", "Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(decoded->data()) != decoded->data().size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("sdanim::api::DownloadTask", "Cannot write %1: %2").arg(path, reason);
    }
    QMutexLocker lock(&save->mutex);
    if (save->canceled) {
        file.cancelWriting();
        return canceled;
    }
    if (!file.commit())
        return QCoreApplication::translate("sdanim::api::DownloadTask", "Cannot save %1: %2").arg(path, file.errorString());
    save->committed = true;
    return {};
}

} // namespace

DownloadTask::DownloadTask(QNetworkAccessManager *nam, const AuthPolicy &policy, Options options, int index,
                           const QString &url, const QString &path, QObject *parent)
    : QObject(parent), m_nam(nam), m_policy(policy), m_options(options), m_index(index), m_url(url), m_path(path)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadTask::sendRequest);
}

DownloadTask::~DownloadTask()
{
    NetworkReplies::abandon(m_reply, this);
    if (!m_finished) abortDataUriSave();
    discardPartialFile();
}

void DownloadTask::abortDataUriSave()
{
    if (!m_dataSave) return;
    QMutexLocker lock(&m_dataSave->mutex);
    m_dataSave->canceled = true;
    // Committed but not reported yet: the cancel wins, as it does for an HTTP transfer.
    if (m_dataSave->committed) QFile::remove(m_path);
}

void DownloadTask::start()
{
    if (DataUri::isDataUri(m_url)) {
        startDataUri();
        return;
    }
    m_currentUrl = QUrl(m_url, QUrl::StrictMode);
    const QString scheme = m_currentUrl.scheme().toLower();
    if (!m_currentUrl.isValid() || m_currentUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Deferred so that failed() never fires inside the caller's download() call.
        QTimer::singleShot(0, this, [this] {
            finish(false, tr("Cannot download output %1: \"%2\" is not an http(s) or data: URL.")
                              .arg(m_index)
                              .arg(OutputDownloader::describeUrl(m_url)));
        });
        return;
    }
    m_sendToken = m_policy.sendsTokenTo(m_currentUrl);
    m_attempt = 1;
    sendRequest();
}

void DownloadTask::startDataUri()
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            finish(true, m_path);
        else
            finish(false, tr("Cannot save output %1: %2").arg(m_index).arg(error));
    });
    m_dataSave = std::make_shared<DataUriSave>();
    watcher->setFuture(QtConcurrent::run(saveDataUri, m_url, m_path, m_options.maxFileBytes, m_dataSave));
}

void DownloadTask::sendRequest()
{
    if (m_finished) return;
    discardPartialFile();
    m_received = 0;
    m_tooLarge = false;
    m_errorBody.clear();
    m_writeError.clear();

    QNetworkRequest request(m_currentUrl);
    // Redirects are followed by hand so the token decision is taken again for every hop.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Uncompressed, so Content-Length counts exactly the bytes we write and a cut body is detectable.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SD-Animator"));
    request.setTransferTimeout(m_options.stallTimeoutMs);
    if (m_sendToken) request.setRawHeader("Authorization", m_policy.authorizationHeader());

    m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    RequestLog::instance().watch(m_reply, m_policy.token);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadTask::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadTask::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadTask::onFinished);
}

void DownloadTask::onMetaDataChanged()
{
    if (!m_reply) return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxFileBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    // Opened now so that an unwritable target fails before the body is downloaded.
    if (!m_writer && m_writeError.isEmpty()) writer()->open();
}

void DownloadTask::onReadyRead() { readBody(false); }

void DownloadTask::readBody(bool all)
{
    if (!m_reply) return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        const QByteArray chunk = reply->readAll();
        if (m_errorBody.size() < 4096) m_errorBody += chunk.left(4096 - m_errorBody.size());
        return;
    }
    if (!m_writeError.isEmpty() || m_tooLarge) {
        reply->readAll();
        return;
    }
    // The writer is behind: the rest stays in the reply until written() reports progress.
    if (!all && m_queuedBytes >= MaxQueuedBytes) return;
    const QByteArray chunk = reply->readAll();
    if (m_received + chunk.size() > m_options.maxFileBytes) {
        // No Content-Length (or a wrong one): the cap holds while the body streams.
        m_tooLarge = true;
        reply->abort();
        return;
    }
    if (chunk.isEmpty()) return;
    m_queuedBytes += chunk.size();
    m_received += chunk.size();
    writer()->append(chunk);
}

DownloadFileWriter *DownloadTask::writer()
{
    if (m_writer) return m_writer;
    m_writer = DownloadFileWriter::create(m_path);
    // Results of a writer that was detached (retry, abort) may still be queued; they are ignored.
    const quint64 generation = ++m_writerGeneration;
    connect(m_writer, &DownloadFileWriter::failed, this, [this, generation](const QString &reason) {
        if (generation == m_writerGeneration) onWriteFailed(reason);
    });
    connect(m_writer, &DownloadFileWriter::written, this, [this, generation](qint64 bytes) {
        if (generation != m_writerGeneration) return;
        m_queuedBytes -= bytes;
        // readyRead does not come again for data already buffered in the reply.
        if (m_reply && m_queuedBytes < MaxQueuedBytes && m_reply->bytesAvailable() > 0) readBody(false);
    });
    connect(m_writer, &DownloadFileWriter::committed, this, [this, generation](bool ok, const QString &reason) {
        if (generation == m_writerGeneration) onCommitted(ok, reason);
    });
    return m_writer;
}

DownloadFileWriter *DownloadTask::detachWriter()
{
    DownloadFileWriter *writer = m_writer;
    m_writer = nullptr;
    ++m_writerGeneration;
    m_queuedBytes = 0;
    return writer;
}

void DownloadTask::onWriteFailed(const QString &reason)
{
    if (m_writeError.isEmpty()) m_writeError = reason;
    // onFinished() reports it; without a reply the pending commit fails with the same reason.
    if (m_reply) m_reply->abort();
}

void DownloadTask::onCommitted(bool ok, const QString &reason)
{
    if (m_finished) return;
    if (!ok) {
        failAfterDiscard(tr("Cannot save output %1 to %2: %3").arg(m_index).arg(m_path, reason));
        return;
    }
    detachWriter()->deleteLater();
    finish(true, m_path);
}

void DownloadTask::failAfterDiscard(const QString &message)
{
    DownloadFileWriter *writer = detachWriter();
    if (!writer) {
        finish(false, message);
        return;
    }
    connect(writer, &DownloadFileWriter::discarded, this, [this, message] { finish(false, message); });
    writer->discard();
}

void DownloadTask::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) return;
    if (reply->bytesAvailable() > 0) readBody(true);
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished) return;

    if (m_tooLarge) {
        // Not retried: the next attempt would be as large.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        failAfterDiscard(tooLargeMessage(length.isValid() ? length.toLongLong() : -1));
        return;
    }
    if (!m_writeError.isEmpty()) {
        failAfterDiscard(tr("Cannot save output %1 to %2: %3").arg(m_index).arg(m_path, m_writeError));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (status == 0) {
        if (isPermanent(error)) {
            failAfterDiscard(tr("Cannot download output %1 (%2): %3")
                              .arg(m_index)
                              .arg(OutputDownloader::describeUrl(m_url), reply->errorString()));
        } else if (error == QNetworkReply::OperationCanceledError) {
            retryLater(tr("no answer within %n second(s)", nullptr, qMax(1, (m_options.stallTimeoutMs + 999) / 1000)));
        } else {
            retryLater(tr("network error: %1").arg(reply->errorString()));
        }
        return;
    }

    if (isRedirect(status)) {
        const QUrl target = m_currentUrl.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const QString scheme = target.scheme().toLower();
        const bool downgrade = m_currentUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                               && scheme == QLatin1String("http");
        if (!target.isValid() || target.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || downgrade) {
            failAfterDiscard(tr("Cannot download output %1: the server redirected to an unsafe or invalid address.")
                                 .arg(m_index));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            failAfterDiscard(tr("Cannot download output %1: too many redirects.").arg(m_index));
            return;
        }
        m_currentUrl = target;
        m_sendToken = m_policy.sendsTokenTo(target);
        sendRequest();
        return;
    }

    if (status >= 200 && status < 300) {
        const QVariant lengthHeader = reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 expected = lengthHeader.isValid() ? lengthHeader.toLongLong() : -1;
        if (error != QNetworkReply::NoError) {
            retryLater(tr("the transfer broke off after %1 bytes (%2)").arg(m_received).arg(reply->errorString()));
            return;
        }
        if (expected >= 0 && m_received != expected) {
            retryLater(tr("only %1 of %2 bytes arrived").arg(m_received).arg(expected));
            return;
        }
        // The fsync and rename happen on the writer thread; onCommitted() reports the result.
        writer()->commit();
        return;
    }

    if ((status == 401 || status == 403) && !m_sendToken && !m_triedTokenRetry
        && m_policy.mayRetryWithToken(m_currentUrl)) {
        m_triedTokenRetry = true;
        m_sendToken = true;
        sendRequest();
        return;
    }
    if (status == 408 || status == 429 || status >= 500) {
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        retryLater(tr("the server answered HTTP %1").arg(status), ok ? qMin(retryAfter * 1000, MaxRetryAfterMs) : 0);
        return;
    }
    QString reason;
    if (status == 404 || status == 410)
        reason = tr("the file is gone (HTTP %1). Replicate deletes API outputs about an hour after the prediction.")
                     .arg(status);
    else if (status == 401 || status == 403)
        reason = tr("access denied (HTTP %1).").arg(status);
    else
        reason = tr("the server answered HTTP %1.").arg(status);
    failAfterDiscard(tr("Cannot download output %1 (%2): %3")
                         .arg(m_index)
                         .arg(OutputDownloader::describeUrl(m_url), reason));
}

void DownloadTask::retryLater(const QString &reason, int minimumDelayMs)
{
    if (m_attempt >= m_options.maxAttempts) {
        failAfterDiscard(tr("Cannot download output %1 (%2) after %3 attempts: %4")
                             .arg(m_index)
                             .arg(OutputDownloader::describeUrl(m_url))
                             .arg(m_attempt)
                             .arg(reason));
        return;
    }
    discardPartialFile();
    const qint64 exponential = qint64(m_options.initialBackoffMs) << qMin(m_attempt - 1, 16);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = qMax(minimumDelayMs, int(qMin<qint64>(exponential, MaxBackoffMs) * jitter));
    ++m_attempt;
    emit retrying(m_index, m_attempt, delay, reason);
    m_retryTimer.start(delay);
}

void DownloadTask::abort()
{
    if (m_finished) return;
    abortDataUriSave();
    m_retryTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    NetworkReplies::abandon(reply, this);
    discardPartialFile();
    finish(false, tr("Download of output %1 was canceled.").arg(m_index));
}

void DownloadTask::finish(bool ok, const QString &pathOrMessage)
{
    if (m_finished) return;
    m_finished = true;
    m_retryTimer.stop();
    emit done(ok, pathOrMessage);
}

QString DownloadTask::tooLargeMessage(qint64 announcedBytes) const
{
    const QString limit = sizeText(m_options.maxFileBytes);
    const QString url = OutputDownloader::describeUrl(m_url);
    if (announcedBytes > m_options.maxFileBytes)
        return tr("Cannot download output %1 (%2): the file is %3, more than the download limit of %4.")
            .arg(m_index)
            .arg(url, QLocale().formattedDataSize(announcedBytes, 1, QLocale::DataSizeIecFormat), limit);
    return tr("Cannot download output %1 (%2): the file is larger than the download limit of %3.")
        .arg(m_index)
        .arg(url, limit);
}

void DownloadTask::discardPartialFile()
{
    // The writer removes its temporary file (or the committed target, after an abort that came
    // before the commit's result) on its thread; the previous target is untouched.
    if (DownloadFileWriter *writer = detachWriter()) writer->discard();
}

} // namespace sdanim::api
