#include "ui/PreviewDragStarter.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPixmap>
#include <QWidget>

namespace sdanim::ui {

PreviewDragStarter::PreviewDragStarter(MimeFactory mime, PixmapFactory pixmap, QObject *parent)
    : QObject(parent)
    , m_mime(std::move(mime))
    , m_pixmap(std::move(pixmap))
{
}

void PreviewDragStarter::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool PreviewDragStarter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = mouse->button() == Qt::LeftButton;
        m_pressPos = mouse->position().toPoint();
        break;
    }
    case QEvent::MouseButtonRelease:
        m_pressed = false;
        break;
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressed || !(mouse->buttons() & Qt::LeftButton)
            || (mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_pressed = false;
        QMimeData *mime = m_mime();
        if (!mime)
            break;
        auto *drag = new QDrag(watched);
        drag->setMimeData(mime);
        const QPixmap pixmap = m_pixmap();
        if (!pixmap.isNull()) {
            drag->setPixmap(pixmap);
            drag->setHotSpot(QPoint(pixmap.width(), pixmap.height()) / (2 * pixmap.devicePixelRatio()));
        }
        drag->exec(Qt::CopyAction);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sdanim::ui
