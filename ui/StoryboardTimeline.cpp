#include "ui/StoryboardTimeline.h"

#include <QMouseEvent>
#include <QPainter>

namespace sdanim::ui {

namespace {
constexpr int Margin = 4;
}

StoryboardTimeline::StoryboardTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Where each transition starts in the stitched file; shaded: frames blended into the next"));
}

void StoryboardTimeline::setLayout(int frameCount, const QList<int> &starts, const QList<int> &crossfades)
{
    m_frames = qMax(0, frameCount);
    m_starts = starts;
    m_crossfades = crossfades;
    if (m_current >= m_frames) m_current = -1;
    update();
}

int StoryboardTimeline::transitionAt(int frame) const
{
    if (frame < 0 || frame >= m_frames) return -1;
    int t = -1;
    for (int i = 0; i < m_starts.size(); ++i)
        if (m_starts.at(i) <= frame) t = i;
    return t;
}

void StoryboardTimeline::setCurrentFrame(int frame)
{
    if (frame == m_current) return;
    m_current = frame;
    update();
}

QSize StoryboardTimeline::sizeHint() const
{
    return QSize(400, fontMetrics().height() + 18);
}

QSize StoryboardTimeline::minimumSizeHint() const
{
    return QSize(120, sizeHint().height());
}

double StoryboardTimeline::xOf(double frame) const
{
    const double w = width() - 2 * Margin;
    return Margin + (m_frames > 0 ? w * frame / m_frames : 0);
}

void StoryboardTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF bar(Margin, fontMetrics().height() + 2, width() - 2 * Margin, height() - fontMetrics().height() - 6);
    p.fillRect(bar, pal.color(QPalette::Base));
    if (m_frames <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No stitched file yet"));
        return;
    }
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor bands[2] = {highlight.lighter(160), highlight};
    for (int i = 0; i < m_starts.size(); ++i) {
        const int end = i + 1 < m_starts.size() ? m_starts.at(i + 1) : m_frames;
        p.fillRect(QRectF(xOf(m_starts.at(i)), bar.top(), xOf(end) - xOf(m_starts.at(i)), bar.height()), bands[i % 2]);
    }
    // Over the bands, so the next band does not cover them.
    for (int i = 0; i + 1 < m_starts.size(); ++i) {
        const int fade = m_crossfades.value(i);
        if (fade <= 0) continue;
        const QRectF region(xOf(m_starts.at(i + 1)), bar.top(), xOf(m_starts.at(i + 1) + fade) - xOf(m_starts.at(i + 1)), bar.height());
        p.fillRect(region, QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
    }
    p.setPen(QPen(pal.color(QPalette::Text), 2));
    for (int i = 0; i < m_starts.size(); ++i) {
        const double x = xOf(m_starts.at(i));
        if (i > 0) p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom()));
        p.drawText(QPointF(x + 3, fontMetrics().ascent()), QString::number(i + 1));
    }
    if (m_current >= 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight).darker(160), 2));
        const double x = xOf(m_current + 0.5);
        p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
}

void StoryboardTimeline::mousePressEvent(QMouseEvent *event)
{
    if (m_frames <= 0) return;
    const double w = width() - 2 * Margin;
    const int frame = qBound(0, int((event->position().x() - Margin) / w * m_frames), m_frames - 1);
    emit frameClicked(frame);
}

} // namespace sdanim::ui
