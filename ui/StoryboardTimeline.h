#pragma once

#include <QList>
#include <QWidget>

namespace sdanim::ui {

// A strip under the storyboard's preview: the stitched file's frames from left to right, one
// band per transition, its crossfade with the next shaded, a marker with the transition's number
// where each one starts, and the frame on screen. Clicking a frame asks to show it.
class StoryboardTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit StoryboardTimeline(QWidget *parent = nullptr);

    // `starts`: where each transition starts in the file (the first at 0); `crossfades`: frames
    // blended at each boundary.
    void setLayout(int frameCount, const QList<int> &starts, const QList<int> &crossfades);
    void clear() { setLayout(0, {}, {}); }
    int frameCount() const { return m_frames; }
    QList<int> transitionStarts() const { return m_starts; }
    int currentFrame() const { return m_current; }
    // The transition (0-based) that frame `frame` belongs to; -1 outside the file.
    int transitionAt(int frame) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setCurrentFrame(int frame);

signals:
    void frameClicked(int frame);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double xOf(double frame) const;

    int m_frames = 0;
    QList<int> m_starts;
    QList<int> m_crossfades;
    int m_current = -1;
};

} // namespace sdanim::ui
