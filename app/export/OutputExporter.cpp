#include "export/OutputExporter.h"

#include "concurrent/FutureCallbacks.h"

#include <QPointer>
#include <QtConcurrent>

#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sdanim::exports {

namespace {
// Decoding, filtering and encoding use every core they get (libav's threads inherit the nice value
// of the thread that starts them); a few steps of niceness keep the UI thread first in line on a
// busy machine, so the window stays responsive while an export runs. Linux: per thread.
void lowerThisThreadsPriority()
{
#ifdef SYS_gettid
    // Once per thread: the pool may run several exports on it.
    thread_local bool lowered = false;
    if (lowered) return;
    lowered = true;
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0) setpriority(PRIO_PROCESS, tid, std::min(nice + 5, 19));
#endif
}
} // namespace

OutputExporter::OutputExporter(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
}

OutputExporter::~OutputExporter()
{
    cancel();
    if (m_future.isRunning()) m_future.waitForFinished();
    m_pool->waitForDone();
}

void OutputExporter::cancel()
{
    if (m_cancel) m_cancel->store(true);
}

std::shared_ptr<std::atomic_bool> OutputExporter::begin()
{
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    return m_cancel;
}

void OutputExporter::start(const QString &sourcePath, const ExportSettings &settings, const QString &outPath)
{
    if (m_running) return;
    auto cancel = begin();
    QPointer<OutputExporter> self(this);
    auto future = QtConcurrent::run(m_pool, [=]() {
        lowerThisThreadsPriority();
        // Progress is sent at most once per percent, so a long export does not flood the owner's queue.
        int lastPercent = -1;
        auto report = [&](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
            if (percent == lastPercent && done != total) return;
            lastPercent = percent;
            QMetaObject::invokeMethod(self.data(), [self, done, total] { if (self) emit self->progress(done, total); }, Qt::QueuedConnection);
        };
        return ExportPipeline::run(sourcePath, settings, outPath, *cancel, report);
    });
    m_future = QFuture<void>(future);
    concurrent::FutureCallbacks::onResult(future, this, [this, outPath](const ExportPipeline::Result &result) {
        m_running = false;
        emit finished(outPath, result);
    });
}

void OutputExporter::startPreview(const QString &sourcePath, const ExportSettings &settings, int count)
{
    if (m_running) return;
    auto cancel = begin();
    struct Preview { QList<QImage> frames; QString error; };
    auto future = QtConcurrent::run(m_pool, [=]() {
        lowerThisThreadsPriority();
        Preview preview;
        preview.frames = ExportPipeline::preview(sourcePath, settings, count, *cancel, &preview.error);
        return preview;
    });
    m_future = QFuture<void>(future);
    concurrent::FutureCallbacks::onResult(future, this, [this](const Preview &preview) {
        m_running = false;
        emit previewReady(preview.frames, preview.error);
    });
}

} // namespace sdanim::exports
