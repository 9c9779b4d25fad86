#pragma once

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QToolButton;

namespace sdanim::ui {

// One run in the compare grid: its animation's frame for the grid's shared frame index (index
// mod its own length), its state until it has one, a star, the inputs on hover; a click asks to
// load its inputs into the form. Only draws frames decoded elsewhere.
class CompareGridCell : public QWidget
{
    Q_OBJECT
public:
    explicit CompareGridCell(int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    void setSide(int pixels);
    void setInput(const QJsonObject &input, const QString &label);
    void setStatus(const QString &text);
    void setFrames(const QList<QImage> &frames);
    void setStarred(bool starred);
    // Shows frame `frameIndex mod frameCount()`.
    void setFrameIndex(qint64 frameIndex);

    const QList<QImage> &frames() const { return m_frames; }
    int frameCount() const { return int(m_frames.size()); }
    // The grid index it was last told and the frame of its own it shows for it.
    qint64 frameIndex() const { return m_frameIndex; }
    int shownFrame() const;
    QImage currentImage() const;
    bool isStarred() const;
    QString statusText() const { return m_status; }
    QToolButton *starButton() const { return m_star; }

    QSize sizeHint() const override;

signals:
    void clicked(int index);
    void starToggled(int index, bool starred);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int m_index;
    int m_side = 192;
    QList<QImage> m_frames;
    qint64 m_frameIndex = 0;
    QString m_status;
    QToolButton *m_star;
};

} // namespace sdanim::ui
