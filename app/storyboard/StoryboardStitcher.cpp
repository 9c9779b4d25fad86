#include "storyboard/StoryboardStitcher.h"

#include "concurrent/FutureCallbacks.h"
#include "export/AnimationWriter.h"
#include "media/AnimationThumbnails.h"
#include "storyboard/Storyboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPointer>
#include <QtConcurrent>

namespace sdanim::storyboard {

namespace {

QImage fitted(const QImage &frame, QSize size)
{
    QImage image = frame.size() == size ? frame : frame.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
}

// `amount` of the way from `from` to `to`.
QImage blend(const QImage &from, const QImage &to, double amount)
{
    QImage out = from.copy();
    QPainter painter(&out);
    painter.setOpacity(amount);
    painter.drawImage(0, 0, to);
    painter.end();
    return out;
}

} // namespace

StoryboardStitcher::Input StoryboardStitcher::inputOf(const Storyboard &storyboard)
{
    Input input;
    for (int i = 0; i < storyboard.transitionCount(); ++i) {
        input.parts << storyboard.transitions.at(i).outputFile;
        if (i + 1 < storyboard.transitionCount()) input.crossfades << storyboard.crossfadeAfter(i);
    }
    input.size = QSize(storyboard.width, storyboard.height);
    input.fps = storyboard.fps;
    input.format = storyboard.outputFormat;
    input.expectedFrames = storyboard.stitchedFrames();
    return input;
}

StoryboardStitcher::StoryboardStitcher(QObject *parent)
    : QObject(parent)
{
}

StoryboardStitcher::~StoryboardStitcher()
{
    // The worker reads only what it was given; stop it and wait so the .part file is removed.
    if (m_cancel) m_cancel->store(true);
    if (m_future.isRunning()) m_future.waitForFinished();
}

void StoryboardStitcher::cancel()
{
    if (m_cancel) m_cancel->store(true);
}

StoryboardStitcher::Result StoryboardStitcher::stitch(const Input &input, const QString &path, const std::atomic_bool &cancel,
                                                      const std::function<void(int)> &progress)
{
    Result result;
    // The app's one encoder (GIF with per-frame palettes, MP4 h264); it writes `path`.part and
    // renames it in finish(), and removes it on cancel().
    exports::AnimationWriter writer;
    exports::AnimationWriter::Options options;
    options.format = input.format == QLatin1String("mp4") ? exports::ExportFormat::Mp4 : exports::ExportFormat::Gif;
    options.size = input.size;
    options.fps = qBound(1, input.fps, 60);
    options.plays = 0;   // loops forever, as the model's GIFs do
    QString &error = result.error;
    if (input.parts.isEmpty()) error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "There is nothing to stitch.");
    if (error.isEmpty() && !input.size.isValid()) error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "The storyboard has no frame size.");
    if (error.isEmpty() && !QDir().mkpath(QFileInfo(path).absolutePath()))
        error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
    if (error.isEmpty() && !writer.open(path, options)) error = writer.errorString();
    auto write = [&](const QImage &frame) {
        if (!writer.addFrame(frame)) error = writer.errorString();
        ++result.frames;
        if (progress && (result.frames % 5 == 0)) progress(result.frames);
    };
    QList<QImage> tail;   // the previous part's last frames, to be blended with this part's first
    for (int k = 0; error.isEmpty() && k < input.parts.size(); ++k) {
        if (cancel.load()) break;
        const QString file = input.parts.at(k);
        if (file.isEmpty() || !QFileInfo(file).isFile()) {
            error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "Transition %1 has no video to stitch (%2).").arg(k + 1).arg(file.isEmpty() ? QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "it has not run") : file);
            break;
        }
        const media::AnimationThumbnails decoded = media::AnimationThumbnails::decode(file, input.size);
        if (decoded.isEmpty()) {
            error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "Transition %1: %2").arg(k + 1).arg(decoded.error);
            break;
        }
        if (decoded.frameCount() > Storyboard::MaxPartFrames) {
            error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "Transition %1 has more than %2 frames, more than a storyboard part can have.").arg(k + 1).arg(Storyboard::MaxPartFrames);
            break;
        }
        const QList<QImage> &frames = decoded.frames;
        const int in = int(qMin<qsizetype>(tail.size(), frames.size()));
        const int out = k + 1 < input.parts.size() ? qBound(0, int(input.crossfades.value(k)), int(frames.size()) - in) : 0;
        result.transitionStarts << result.frames;
        for (int i = 0; i < in && error.isEmpty() && !cancel.load(); ++i)
            write(blend(tail.at(i), fitted(frames.at(i), input.size), double(i + 1) / (in + 1)));
        for (int i = in; i < frames.size() - out && error.isEmpty() && !cancel.load(); ++i) write(fitted(frames.at(i), input.size));
        tail.clear();
        for (int i = int(frames.size()) - out; i < frames.size(); ++i) tail << fitted(frames.at(i), input.size);
    }
    if (error.isEmpty() && cancel.load()) error = QCoreApplication::translate("sdanim::storyboard::StoryboardStitcher", "Stitching canceled.");
    if (error.isEmpty() && !writer.finish()) error = writer.errorString();
    if (!error.isEmpty()) {
        writer.cancel();
        result.transitionStarts.clear();
    }
    return result;
}

void StoryboardStitcher::start(Input input, const QString &path)
{
    if (m_running) return;
    m_running = true;
    m_result = Result();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    QPointer<StoryboardStitcher> self(this);
    const int total = input.expectedFrames;
    m_future = QtConcurrent::run([input = std::move(input), path, cancel, self, total]() {
        return stitch(input, path, *cancel, [self, total](int frame) {
            QMetaObject::invokeMethod(self.data(), [self, frame, total] { if (self) emit self->progress(frame, total); }, Qt::QueuedConnection);
        });
    });
    concurrent::FutureCallbacks::onResult(m_future, this, [this, path](const Result &result) {
        m_running = false;
        m_result = result;
        emit finished(path, result.error);
    });
}

} // namespace sdanim::storyboard
