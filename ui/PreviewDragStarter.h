#pragma once

#include <QObject>
#include <QPoint>
#include <functional>

class QMimeData;
class QPixmap;

namespace sdanim::ui {

// Turns a press-and-drag on the watched widgets into a QDrag of the current output file, so it can
// be dropped into a file manager, a browser or a chat window.
class PreviewDragStarter : public QObject
{
    Q_OBJECT
public:
    using MimeFactory = std::function<QMimeData *()>;
    using PixmapFactory = std::function<QPixmap()>;

    PreviewDragStarter(MimeFactory mime, PixmapFactory pixmap, QObject *parent = nullptr);
    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MimeFactory m_mime;
    PixmapFactory m_pixmap;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace sdanim::ui
