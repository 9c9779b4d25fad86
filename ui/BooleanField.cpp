#include "ui/BooleanField.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace sdanim::ui {

BooleanField::BooleanField(const QString &name, const QString &label, QWidget *parent)
    : FieldEditor(parent)
    , m_check(new QCheckBox(label, this))
{
    m_check->setObjectName(name + QStringLiteral("_check"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) { emit edited(on); });
}

void BooleanField::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_check);
    m_check->setChecked(value.toBool(false));
}

} // namespace sdanim::ui
