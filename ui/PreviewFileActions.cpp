#include "ui/PreviewFileActions.h"

#include "concurrent/FutureCallbacks.h"
#include "store/Sidecar.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace sdanim::ui {

namespace {
// Returns an empty string on success, else the reason.
QString copyFile(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("sdanim::ui::PreviewFileActions", "Cannot read %1: %2")
            .arg(QDir::toNativeSeparators(source), in.errorString());
    // QSaveFile: an interrupted copy never leaves a truncated file under the chosen name.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("sdanim::ui::PreviewFileActions", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(target), out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return QCoreApplication::translate("sdanim::ui::PreviewFileActions", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(source), in.errorString());
        if (out.write(chunk) != chunk.size())
            break;
    }
    if (!out.commit())
        return QCoreApplication::translate("sdanim::ui::PreviewFileActions", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(target), out.errorString());
    return {};
}

// The copy gets its own sidecar, naming the copy, so dropping the copy on the window restores its
// inputs too. A sidecar left next to the target by a file it replaced would describe another run.
QString copySidecar(const QString &source, const QString &target)
{
    const QString targetSidecar = store::Sidecar::pathFor(target);
    if (!QFileInfo::exists(store::Sidecar::pathFor(source))) {
        if (QFileInfo::exists(targetSidecar) && !QFile::remove(targetSidecar))
            return QCoreApplication::translate("sdanim::ui::PreviewFileActions",
                                               "Saved, but the old %1 next to it could not be removed.")
                .arg(QDir::toNativeSeparators(targetSidecar));
        return {};
    }
    QString error;
    std::optional<store::SidecarInfo> info = store::Sidecar::read(store::Sidecar::pathFor(source), &error);
    if (info) {
        info->fileName = QFileInfo(target).fileName();
        if (store::Sidecar::write(*info, target, &error))
            return {};
    }
    return QCoreApplication::translate("sdanim::ui::PreviewFileActions",
                                       "Saved, but without its inputs (a copy that cannot restore them): %1")
        .arg(error);
}
} // namespace

void PreviewFileActions::saveCopy(const QString &source, const QString &target)
{
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath()
        && QFileInfo::exists(target)) {
        emit saved(target);
        return;
    }
    // The copy runs off the UI thread; the answer is dropped if this object is gone by then.
    concurrent::FutureCallbacks::onResult(QtConcurrent::run([source, target] {
                                              const QString error = copyFile(source, target);
                                              return error.isEmpty() ? copySidecar(source, target) : error;
                                          }), this,
                                          [this, target](const QString &error) {
                                              if (error.isEmpty())
                                                  emit saved(target);
                                              else
                                                  emit failed(error);
                                          });
}

bool PreviewFileActions::revealInFolder(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

QMimeData *PreviewFileActions::mimeDataFor(const QString &path, const QImage &frame)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())});
    mime->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    if (!frame.isNull())
        mime->setImageData(frame);
    return mime;
}

void PreviewFileActions::copyToClipboard(const QString &path, const QImage &frame)
{
    QGuiApplication::clipboard()->setMimeData(mimeDataFor(path, frame));
}

} // namespace sdanim::ui
