#include "export/GridVideoExporter.h"

#include "concurrent/FutureCallbacks.h"
#include "emulator/render/Mp4Encoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QtConcurrent>

namespace sdanim::exports {

GridVideoExporter::GridVideoExporter(QObject *parent)
    : QObject(parent)
{
}

GridVideoExporter::~GridVideoExporter()
{
    // The worker reads only what it was given; stop it and wait so the .part file is removed.
    if (m_cancel) m_cancel->store(true);
    if (m_future.isRunning()) m_future.waitForFinished();
}

void GridVideoExporter::cancel()
{
    if (m_cancel) m_cancel->store(true);
}

void GridVideoExporter::start(Input input, const QString &path)
{
    if (m_running) return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    QPointer<GridVideoExporter> self(this);
    m_future = QtConcurrent::run([input = std::move(input), path, cancel, self]() -> QString {
        int length = 1;
        for (const auto &cell : input.frames) length = qMax(length, int(cell.size()));
        length = qMin(length, MaxFrames);
        const QString part = path + QStringLiteral(".part");
        QFile::remove(part);
        ContactSheet sheet = input.layout;
        const QSize size = sheet.size();
        auto encoder = std::make_unique<emulator::Mp4Encoder>();
        QString error;
        if (!encoder->open(part, size.width(), size.height(), qBound(1, input.fps, 60))) error = encoder->errorString();
        for (int f = 0; error.isEmpty() && f < length; ++f) {
            if (cancel->load()) {
                error = QCoreApplication::translate("sdanim::exports::GridVideoExporter", "Export canceled.");
                break;
            }
            sheet.cells.clear();
            for (const auto &cell : input.frames) sheet.cells << (cell.isEmpty() ? QImage() : cell.at(f % cell.size()));
            if (!encoder->addFrame(sheet.render())) error = encoder->errorString();
            if (self && (f % 5 == 0 || f + 1 == length))
                QMetaObject::invokeMethod(self.data(), [self, f, length] { if (self) emit self->progress(f + 1, length); }, Qt::QueuedConnection);
        }
        if (error.isEmpty() && !encoder->finish()) error = encoder->errorString();
        if (error.isEmpty() && cancel->load()) error = QCoreApplication::translate("sdanim::exports::GridVideoExporter", "Export canceled.");
        if (error.isEmpty()) {
            QFile::remove(path);
            if (!QFile::rename(part, path)) error = QCoreApplication::translate("sdanim::exports::GridVideoExporter", "Cannot write %1.").arg(path);
        }
        if (!error.isEmpty()) {
            encoder.reset();   // closes the file before it goes
            QFile::remove(part);
        }
        return error;
    });
    concurrent::FutureCallbacks::onResult(m_future, this, [this, path](const QString &error) {
        m_running = false;
        emit finished(path, error);
    });
}

} // namespace sdanim::exports
