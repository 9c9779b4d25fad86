#include "api/DownloadFileWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QThread>
#include <atomic>

namespace sdanim::api {

namespace {

std::atomic<DownloadFileWriter::DiskObserver> g_observer{nullptr};

void observe(const char *operation)
{
    if (const auto observer = g_observer.load()) observer(operation);
}

QMutex g_threadMutex;
QThread *g_thread = nullptr;
QObject *g_threadAnchor = nullptr;

// At application exit: let the thread finish what is queued (discards of canceled downloads
// included, so no temporary file is left behind), then stop it.
void stopWriterThread()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_thread) return;
    QThread *thread = g_thread;
    QMetaObject::invokeMethod(g_threadAnchor, [thread] { thread->quit(); }, Qt::QueuedConnection);
    thread->wait();
    delete g_threadAnchor;
    delete thread;
    g_threadAnchor = nullptr;
    g_thread = nullptr;
}

} // namespace

QThread *DownloadFileWriter::thread()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("sdanim-download-writer"));
        g_threadAnchor = new QObject;
        g_threadAnchor->moveToThread(g_thread);
        g_thread->start();
        qAddPostRoutine(stopWriterThread);
    }
    return g_thread;
}

DownloadFileWriter *DownloadFileWriter::create(const QString &path)
{
    auto *writer = new DownloadFileWriter(path);
    writer->moveToThread(thread());
    return writer;
}

DownloadFileWriter::DownloadFileWriter(const QString &path) : m_path(path) {}

// Runs on the writer thread (deleteLater); QSaveFile drops an uncommitted temporary file.
DownloadFileWriter::~DownloadFileWriter() = default;

void DownloadFileWriter::setDiskObserver(DiskObserver observer) { g_observer.store(observer); }

void DownloadFileWriter::open()
{
    QMetaObject::invokeMethod(this, [this] { ensureOpen(); }, Qt::QueuedConnection);
}

void DownloadFileWriter::append(const QByteArray &chunk)
{
    QMetaObject::invokeMethod(this, [this, chunk] { doAppend(chunk); }, Qt::QueuedConnection);
}

void DownloadFileWriter::commit()
{
    QMetaObject::invokeMethod(this, [this] { doCommit(); }, Qt::QueuedConnection);
}

void DownloadFileWriter::discard()
{
    QMetaObject::invokeMethod(this, [this] { doDiscard(); }, Qt::QueuedConnection);
}

bool DownloadFileWriter::ensureOpen()
{
    if (!m_error.isEmpty()) return false;
    if (m_file) return true;
    observe("open");
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        m_file.reset();
        emit failed(m_error);
        return false;
    }
    return true;
}

void DownloadFileWriter::doAppend(const QByteArray &chunk)
{
    if (ensureOpen()) {
        observe("write");
        if (m_file->write(chunk) != chunk.size()) {
            m_error = m_file->errorString();
            m_file->cancelWriting();
            m_file.reset();
            emit failed(m_error);
        }
    }
    emit written(chunk.size());
}

void DownloadFileWriter::doCommit()
{
    if (!ensureOpen()) {
        emit committed(false, m_error);
        return;
    }
    observe("commit");
    const bool ok = m_file->commit();
    const QString reason = ok ? QString() : m_file->errorString();
    m_file.reset();
    m_committed = ok;
    emit committed(ok, reason);
}

void DownloadFileWriter::doDiscard()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();   // removes the temporary file; the target is untouched
    }
    if (m_committed) {
        // The download was canceled after the commit, before its result reached the task.
        observe("remove");
        QFile::remove(m_path);
        m_committed = false;
    }
    emit discarded();
    deleteLater();
}

} // namespace sdanim::api
