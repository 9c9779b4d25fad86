#pragma once

#include "export/ContactSheet.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace sdanim::exports {

// Writes a compare grid as one video: frame i shows every cell at frame i mod its length (the
// grid's shared clock), tiled as the contact sheet draws them, for as many frames as the longest
// cell has. Encodes on a worker thread into `path`.part and renames it when complete, so a
// cancelled or failed export leaves no file.
class GridVideoExporter : public QObject
{
    Q_OBJECT
public:
    // Per cell (row by row), its frames; an empty list draws an empty cell.
    struct Input
    {
        ContactSheet layout;                 // labels, cell size, stars (its images are ignored)
        QList<QList<QImage>> frames;
        int fps = 20;
    };
    static constexpr int MaxFrames = 2000;

    explicit GridVideoExporter(QObject *parent = nullptr);
    ~GridVideoExporter() override;

    void start(Input input, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int frame, int frameCount);
    // `error` empty: `path` is complete.
    void finished(const QString &path, const QString &error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<QString> m_future;
    bool m_running = false;
};

} // namespace sdanim::exports
