#include "ui/EndPromptRow.h"
#include "ui/DeferredIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace sdanim::ui {

EndPromptRow::EndPromptRow(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
    m_number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setPlaceholderText(tr("Describe the next keyframe"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setAutoRaise(true);
    m_up->setToolTip(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setAutoRaise(true);
    m_down->setToolTip(tr("Move down"));
    m_remove->setIcon(DeferredIcon::standard(QStyle::SP_DialogCloseButton));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this end prompt"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_number);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_up);
    layout->addWidget(m_down);
    layout->addWidget(m_remove);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &EndPromptRow::edited);
    connect(m_up, &QToolButton::clicked, this, &EndPromptRow::moveUpRequested);
    connect(m_down, &QToolButton::clicked, this, &EndPromptRow::moveDownRequested);
    connect(m_remove, &QToolButton::clicked, this, &EndPromptRow::removeRequested);
}

void EndPromptRow::setPosition(int index, int count)
{
    m_number->setText(tr("%1.").arg(index + 2));  // keyframe 1 is the start prompt
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index < count - 1);
    m_remove->setEnabled(count > 1);
    m_edit->setAccessibleName(tr("End prompt %1").arg(index + 1));
}

QString EndPromptRow::text() const { return m_edit->text(); }

void EndPromptRow::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
}

} // namespace sdanim::ui
