#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QMimeData;

namespace sdanim::ui {

// What the user can do with an output file besides looking at it: save a copy, show it in the
// file manager, put it on the clipboard or drag it elsewhere. Copies run off the UI thread.
class PreviewFileActions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Copies `source` to `target` (replacing it) on a worker thread, with its sidecar rewritten
    // to name the copy (store::Sidecar); emits saved or failed.
    void saveCopy(const QString &source, const QString &target);
    // Opens the folder that contains `path` with the desktop's file manager.
    static bool revealInFolder(const QString &path);
    // The file as a URL (for file managers and chat apps) plus, when given, the frame on screen
    // as an image (for image editors) and the path as text.
    static QMimeData *mimeDataFor(const QString &path, const QImage &frame = {});
    static void copyToClipboard(const QString &path, const QImage &frame = {});

signals:
    void saved(const QString &target);
    void failed(const QString &message);
};

} // namespace sdanim::ui
