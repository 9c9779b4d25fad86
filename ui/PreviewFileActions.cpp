#include "ui/PreviewFileActions.h"

#include "concurrent/FutureCallbacks.h"

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
} // namespace

void PreviewFileActions::saveCopy(const QString &source, const QString &target)
{
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath()
        && QFileInfo::exists(target)) {
        emit saved(target);
        return;
    }
    // The copy runs off the UI thread; the answer is dropped if this object is gone by then.
    concurrent::FutureCallbacks::onResult(QtConcurrent::run([source, target] { return copyFile(source, target); }), this,
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
