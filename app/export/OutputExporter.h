#pragma once

#include "export/ExportPipeline.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace sdanim::exports {

// A local re-export of one finished output on a worker thread (ExportPipeline), for the window and
// the CLI: progress and the result come back queued on the owner's thread; cancel() stops it and
// the partial file is removed before finished() arrives. One export or preview at a time.
class OutputExporter : public QObject
{
    Q_OBJECT
public:
    explicit OutputExporter(QObject *parent = nullptr);
    // Cancels and waits for the worker, so nothing is left behind.
    ~OutputExporter() override;

    void start(const QString &sourcePath, const ExportSettings &settings, const QString &outPath);
    // The first `count` frames with these settings (see ExportPipeline::preview).
    void startPreview(const QString &sourcePath, const ExportSettings &settings, int count = 6);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    // result.error empty: `outPath` is complete.
    void finished(const QString &outPath, const sdanim::exports::ExportPipeline::Result &result);
    void previewReady(const QList<QImage> &frames, const QString &error);

private:
    std::shared_ptr<std::atomic_bool> begin();

    // Its own thread, not the global pool: the worker lowers its priority (see start()), and that
    // must not stay with a pool thread that later serves thumbnails or copies.
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace sdanim::exports
