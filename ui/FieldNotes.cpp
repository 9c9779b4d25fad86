#include "ui/FieldNotes.h"

#include "ui/StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdanim::ui {

FieldNotes::FieldNotes(const QString &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(field + QStringLiteral("_notes"));
    m_layout->setContentsMargins(0, 0, 0, 4);
    m_layout->setSpacing(2);
    hide();
}

void FieldNotes::setNotes(const QList<session::PlanPreview::Note> &notes)
{
    // Rebuilt only when the content changes: the plan is recomputed on every keystroke.
    if (notes == m_notes)
        return;
    m_notes = notes;
    qDeleteAll(m_lines);
    m_lines.clear();
    m_labels.clear();
    m_actions.clear();
    for (const session::PlanPreview::Note &note : notes) {
        auto *line = new QWidget(this);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        lineLayout->setSpacing(6);
        auto *label = new QLabel(note.text, line);
        label->setObjectName(m_field + (note.warning ? QStringLiteral("_warning") : QStringLiteral("_note")));
        label->setProperty("warning", note.warning);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        lineLayout->addWidget(label, 1);
        m_labels << label;
        if (!note.actionText.isEmpty()) {
            auto *action = new QToolButton(line);
            action->setObjectName(m_field + QStringLiteral("_noteAction"));
            action->setText(note.actionText);
            action->setToolTip(note.actionToolTip);
            // Fixed: a stretchable button makes the row's height-for-width come out taller than the
            // wrapped text, leaving a gap around the note.
            action->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            action->setCursor(Qt::PointingHandCursor);
            const QJsonValue value = note.actionValue;
            connect(action, &QToolButton::clicked, this, [this, value] { emit actionTriggered(value); });
            lineLayout->addWidget(action, 0, Qt::AlignTop);
            m_actions << action;
        }
        m_layout->addWidget(line);
        line->show();  // at once, not on the layout's next pass: the offer is clickable right away
        m_lines << line;
    }
    applyColors();
    setVisible(!notes.isEmpty());
}

QString FieldNotes::text() const
{
    QStringList lines;
    for (const auto &note : m_notes) lines << note.text;
    return lines.join(QLatin1Char('\n'));
}

void FieldNotes::applyColors()
{
    for (QLabel *label : m_labels) {
        if (label->property("warning").toBool())
            StatusColors::applyTextColor(label, StatusColors::warning(palette()));
        else
            StatusColors::applyTextColor(label, palette().color(QPalette::PlaceholderText));
    }
}

void FieldNotes::changeEvent(QEvent *event)
{
    // A light/dark switch: the colours are derived from the palette, so derive them again.
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    QWidget::changeEvent(event);
}

} // namespace sdanim::ui
