#pragma once

#include "store/SidecarInfo.h"

#include <optional>

namespace sdanim::store {

// Reads and writes the JSON file next to a saved output (`video.gif` → `video.gif.json`).
class Sidecar
{
public:
    static QString pathFor(const QString &outputPath);
    // Atomic (QSaveFile): a reader never sees half a sidecar.
    static bool write(const SidecarInfo &info, const QString &outputPath, QString *error = nullptr);
    // Accepts the output file or the sidecar itself.
    static std::optional<SidecarInfo> read(const QString &outputOrSidecarPath, QString *error = nullptr);
};

} // namespace sdanim::store
