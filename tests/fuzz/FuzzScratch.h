#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// One scratch folder per fuzzer process, in RAM when the machine has /dev/shm: the file based
// readers (presets, sidecars) get a real file every run without wearing a disk.
inline const QTemporaryDir &fuzzScratchDir()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/sdanim-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/sdanim-fuzz-XXXXXX"));
    return dir;
}

inline QString fuzzWriteFile(const QString &name, const QByteArray &bytes)
{
    const QString path = fuzzScratchDir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) std::abort();
    return path;
}
