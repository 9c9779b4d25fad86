#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>

class QSaveFile;
class QThread;

namespace sdanim::api {

// The disk side of one HTTP download attempt. It lives on a writer thread shared by all downloads,
// so the thread that receives the body (the UI thread in the app) never waits for write(),
// QSaveFile::commit() and its fsync, or the removal of a file. append(), commit() and discard()
// may be called from any thread; they queue the work, which runs in call order. Results come back
// as signals (queued to the caller's thread). Internal to DownloadTask.
class DownloadFileWriter : public QObject
{
    Q_OBJECT
public:
    // Created without parent on the writer thread; dispose of it with discard() or after commit()
    // with deleteLater().
    static DownloadFileWriter *create(const QString &path);
    ~DownloadFileWriter() override;

    // Opens the temporary file now, so a target that cannot be written fails before the body arrives.
    void open();
    void append(const QByteArray &chunk);
    // Opens the file if nothing was appended (an empty body) and commits it.
    void commit();
    // Drops the temporary file, or the target itself if commit() already ran, emits discarded()
    // and deletes the writer (on its thread).
    void discard();

    // Called on the thread doing the disk work, for every open/write/commit/remove ("open",
    // "write", "commit", "remove"). For tests proving where the file is touched; nullptr to stop.
    using DiskObserver = void (*)(const char *operation);
    static void setDiskObserver(DiskObserver observer);

signals:
    // The first write or open error; later appends are dropped.
    void failed(const QString &reason);
    // bytes of one append() are on disk (or dropped after a failure): the sender may send more.
    void written(qint64 bytes);
    void committed(bool ok, const QString &reason);
    void discarded();

private:
    explicit DownloadFileWriter(const QString &path);
    static QThread *thread();
    bool ensureOpen();
    void doAppend(const QByteArray &chunk);
    void doCommit();
    void doDiscard();

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
    bool m_committed = false;
};

} // namespace sdanim::api
