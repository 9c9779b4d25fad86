#include "ui/TextField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace sdanim::ui {

TextField::TextField(const QString &name, QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(name + QStringLiteral("_edit"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        emit edited(text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    });
}

void TextField::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_edit);
    if (m_edit->text() != value.toString())
        m_edit->setText(value.toString());
}

} // namespace sdanim::ui
