#pragma once

#include "session/PlanPreview.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace sdanim::ui {

// The notes under one input (session::PlanPreview::notes): warnings in the palette's warning
// colour, explanations muted, each with its optional offer ("Use 3") as a small button. Never an
// error: Run stays available. Hidden while there is nothing to say.
class FieldNotes : public QWidget
{
    Q_OBJECT
public:
    explicit FieldNotes(const QString &field, QWidget *parent = nullptr);

    void setNotes(const QList<session::PlanPreview::Note> &notes);
    QList<session::PlanPreview::Note> notes() const { return m_notes; }
    QList<QLabel *> labels() const { return m_labels; }
    // The offers, in the order of the notes that have one.
    QList<QToolButton *> actionButtons() const { return m_actions; }
    // All note texts, one per line (for tests and tooltips).
    QString text() const;

signals:
    // The user took an offer: the field should get `value`.
    void actionTriggered(const QJsonValue &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QString m_field;
    QVBoxLayout *m_layout;
    QList<session::PlanPreview::Note> m_notes;
    QList<QWidget *> m_lines;
    QList<QLabel *> m_labels;
    QList<QToolButton *> m_actions;
};

} // namespace sdanim::ui
