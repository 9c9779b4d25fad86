#pragma once

#include "store/SidecarInfo.h"

#include <optional>

namespace sdanim::store {

// Reads and writes the JSON file next to a saved output (`video.gif` → `video.gif.json`).
class Sidecar
{
public:
    // A sidecar is a few kilobytes (inputs, ids, URLs); larger files are refused on reading and
    // never written.
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    static QString pathFor(const QString &outputPath);
    // Atomic (QSaveFile): a reader never sees half a sidecar; one over MaxFileBytes is not written.
    static bool write(const SidecarInfo &info, const QString &outputPath, QString *error = nullptr);
    // Accepts the output file or the sidecar itself.
    static std::optional<SidecarInfo> read(const QString &outputOrSidecarPath, QString *error = nullptr);
};

} // namespace sdanim::store
