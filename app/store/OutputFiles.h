#pragma once

#include "store/OutputFile.h"

#include <QList>
#include <QStringList>

namespace sdanim::store {

// The files a prediction left on disk (its outputs and their sidecars) and the disk the output
// folder takes. Blocking file-system work: run it on a worker thread, never on the UI thread.
class OutputFiles
{
public:
    struct Usage
    {
        int files = 0;      // files that exist, sidecars included
        qint64 bytes = 0;
    };

    // What deleting `outputs` would free.
    static Usage measure(const QList<OutputFile> &outputs);
    // Deletes the outputs and their sidecars, then the prediction's folder when that left it
    // empty (never a folder that still holds anything). What was freed; the files that could
    // not be deleted go to `failed`.
    static Usage remove(const QList<OutputFile> &outputs, QStringList *failed = nullptr);
    // Every file under `directory`, recursively (symbolic links are not followed).
    static Usage ofDirectory(const QString &directory);
};

} // namespace sdanim::store
