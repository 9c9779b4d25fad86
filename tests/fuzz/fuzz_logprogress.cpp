// The model's log lines read as progress (app/api/RunProgress over model::AnimationPlan): any input
// object, any lines, in any order, at any times.
#include "FuzzCheck.h"

#include "api/RunProgress.h"

#include <QJsonDocument>

using namespace sdanim::api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Up to the first NUL: the prediction input (JSON); after it: the log, one line per '\n'.
    const qsizetype nul = bytes.indexOf('\0');
    const QJsonObject input = QJsonDocument::fromJson(nul < 0 ? QByteArray() : bytes.left(nul)).object();
    const QList<QByteArray> lines = (nul < 0 ? bytes : bytes.mid(nul + 1)).split('\n');

    RunProgress progress = RunProgress::fromInput(input);
    FUZZ_CHECK(std::isfinite(progress.totalSeconds()) && progress.totalSeconds() >= 0);
    FUZZ_CHECK_EQ(progress.fraction(), -1.0);
    FUZZ_CHECK_EQ(progress.etaMs(0), qint64(-1));

    qint64 now = 0;
    double last = -1;
    for (const QByteArray &line : lines) {
        // The line's first byte also picks how much time passed before it (0…2.5 s).
        now += line.isEmpty() ? 0 : qint64(uchar(line.at(0))) * 10;
        progress.addLine(QString::fromUtf8(line), now);
        progress.advance(now + 5);
        const double f = progress.fraction();
        FUZZ_CHECK(f >= last);                          // never goes back
        FUZZ_CHECK(f == -1 || (f >= 0 && f < 1));       // only videoSaved() completes a run
        const qint64 eta = progress.etaMs(now + 5);
        FUZZ_CHECK(progress.hasStarted() ? eta >= 1 : eta == -1);
        last = f;
    }
    progress.videoYielded(now + 10);
    FUZZ_CHECK(progress.fraction() >= last && progress.fraction() < 1);
    progress.videoSaved(now + 20);
    FUZZ_CHECK_EQ(progress.fraction(), 1.0);
    FUZZ_CHECK(progress.isComplete());
    FUZZ_CHECK_EQ(progress.etaMs(now + 20), qint64(0));
    return 0;
}
