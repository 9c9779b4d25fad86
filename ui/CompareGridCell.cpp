#include "ui/CompareGridCell.h"

#include "sweep/GridClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>

namespace sdanim::ui {

CompareGridCell::CompareGridCell(int index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_star(new QToolButton(this))
{
    setObjectName(QStringLiteral("compareCell%1").arg(index));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_star->setObjectName(QStringLiteral("starButton"));
    m_star->setCheckable(true);
    m_star->setAutoRaise(true);
    m_star->setText(QStringLiteral("☆"));
    m_star->setToolTip(tr("Star this run"));
    connect(m_star, &QToolButton::toggled, this, [this](bool on) {
        m_star->setText(on ? QStringLiteral("★") : QStringLiteral("☆"));
        emit starToggled(m_index, on);
    });
    setSide(m_side);
}

void CompareGridCell::setSide(int pixels)
{
    m_side = qBound(48, pixels, 1024);
    setFixedSize(sizeHint());
    m_star->move(width() - m_star->sizeHint().width() - 2, 2);
    update();
}

QSize CompareGridCell::sizeHint() const { return QSize(m_side, m_side); }

void CompareGridCell::setInput(const QJsonObject &input, const QString &label)
{
    // Hover shows what this run was given, one input a line.
    QStringList lines{QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped())};
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString()
                                          : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        lines << QStringLiteral("%1: %2").arg(it.key().toHtmlEscaped(), text.toHtmlEscaped());
    }
    setToolTip(lines.join(QStringLiteral("<br>")));
}

void CompareGridCell::setStatus(const QString &text)
{
    m_status = text;
    update();
}

void CompareGridCell::setFrames(const QList<QImage> &frames)
{
    m_frames = frames;
    update();
}

void CompareGridCell::setStarred(bool starred)
{
    const QSignalBlocker block(m_star);
    m_star->setChecked(starred);
    m_star->setText(starred ? QStringLiteral("★") : QStringLiteral("☆"));
}

bool CompareGridCell::isStarred() const { return m_star->isChecked(); }

void CompareGridCell::setFrameIndex(qint64 frameIndex)
{
    const int before = shownFrame();
    m_frameIndex = frameIndex;
    if (shownFrame() != before) update();
}

int CompareGridCell::shownFrame() const { return sweep::GridClock::frameOf(m_frameIndex, frameCount()); }

QImage CompareGridCell::currentImage() const { return m_frames.isEmpty() ? QImage() : m_frames.at(shownFrame()); }

void CompareGridCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base).darker(115));
    const QImage image = currentImage();
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(size(), Qt::KeepAspectRatio);
        p.drawImage(QRect(rect().center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted), image);
    } else {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, m_status);
    }
    if (isStarred()) {
        p.setPen(QPen(QColor(0xff, 0xc1, 0x07), 3));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void CompareGridCell::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) emit clicked(m_index);
    QWidget::mouseReleaseEvent(event);
}

} // namespace sdanim::ui
