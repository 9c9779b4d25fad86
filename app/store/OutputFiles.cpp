#include "store/OutputFiles.h"

#include "store/Sidecar.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace sdanim::store {

namespace {
// The output files and their sidecars, each once (two outputs may name one file).
QStringList filesOf(const QList<OutputFile> &outputs)
{
    QStringList files;
    QSet<QString> seen;
    for (const OutputFile &o : outputs) {
        if (o.path.isEmpty()) continue;
        for (const QString &path : {o.path, Sidecar::pathFor(o.path)}) {
            const QString absolute = QFileInfo(path).absoluteFilePath();
            if (!seen.contains(absolute)) {
                seen.insert(absolute);
                files << absolute;
            }
        }
    }
    return files;
}
} // namespace

OutputFiles::Usage OutputFiles::measure(const QList<OutputFile> &outputs)
{
    Usage usage;
    for (const QString &path : filesOf(outputs)) {
        const QFileInfo info(path);
        if (!info.isFile()) continue;
        ++usage.files;
        usage.bytes += info.size();
    }
    return usage;
}

OutputFiles::Usage OutputFiles::remove(const QList<OutputFile> &outputs, QStringList *failed)
{
    Usage freed;
    QSet<QString> folders;
    for (const QString &path : filesOf(outputs)) {
        const QFileInfo info(path);
        if (!info.isFile()) continue;
        const qint64 size = info.size();
        if (QFile::remove(path)) {
            ++freed.files;
            freed.bytes += size;
            folders.insert(info.absolutePath());
        } else if (failed) {
            *failed << path;
        }
    }
    // rmdir only removes an empty folder: other files the user put there stay, and so does it.
    for (const QString &folder : std::as_const(folders)) QDir().rmdir(folder);
    return freed;
}

OutputFiles::Usage OutputFiles::ofDirectory(const QString &directory)
{
    Usage usage;
    if (directory.isEmpty()) return usage;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++usage.files;
        usage.bytes += it.fileInfo().size();
    }
    return usage;
}

} // namespace sdanim::store
