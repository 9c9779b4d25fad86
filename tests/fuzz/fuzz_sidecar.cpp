// The JSON sidecar next to an output file, read when a file is dropped onto the window
// (app/store/Sidecar, SidecarInfo).
#include "FuzzCheck.h"
#include "FuzzScratch.h"

#include "store/Sidecar.h"

#include <QJsonDocument>

using namespace sdanim::store;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString output = fuzzScratchDir().filePath(QStringLiteral("video.gif"));
    fuzzWriteFile(QStringLiteral("video.gif.json"), bytes);

    QString error;
    const auto info = Sidecar::read(output, &error);
    if (!info) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // The sidecar as written again is stable: one write/read pass normalises it for good.
    const QJsonObject once = info->toJson();
    FUZZ_CHECK(SidecarInfo::fromJson(once).toJson() == once);

    // Writing it next to another output and reading it back gives the same information.
    const QString copy = fuzzScratchDir().filePath(QStringLiteral("copy.mp4"));
    FUZZ_CHECK(Sidecar::write(*info, copy, &error));
    const auto back = Sidecar::read(copy, &error);
    FUZZ_CHECK(back.has_value());
    SidecarInfo expected = *info;
    if (expected.fileName.isEmpty()) expected.fileName = QStringLiteral("copy.mp4");
    FUZZ_CHECK(back->toJson() == expected.toJson());
    return 0;
}
