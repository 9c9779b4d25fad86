#include "ui/ChoiceField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace sdanim::ui {

ChoiceField::ChoiceField(const schema::Parameter &p, QWidget *parent)
    : FieldEditor(parent)
    , m_choices(p.choices)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(p.name + QStringLiteral("_combo"));
    for (int i = 0; i < m_choices.size(); ++i)
        m_combo->addItem(display(m_choices.at(i)), i);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const int choice = m_combo->itemData(index).toInt();
        if (choice >= 0 && choice < m_choices.size())
            emit edited(m_choices.at(choice));
    });
}

QString ChoiceField::display(const QJsonValue &v)
{
    if (v.isString()) return v.toString().toUpper();
    if (v.isBool()) return v.toBool() ? tr("yes") : tr("no");
    return QString::number(v.toDouble(), 'g', 15);
}

void ChoiceField::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_combo);
    // Drop a stale "not allowed" entry from an earlier load.
    while (m_combo->count() > m_choices.size())
        m_combo->removeItem(m_combo->count() - 1);
    const int index = int(m_choices.toVariantList().indexOf(value.toVariant()));
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
    } else if (!value.isUndefined()) {
        m_combo->addItem(tr("%1 (not allowed)").arg(display(value)), -1);
        m_combo->setCurrentIndex(m_combo->count() - 1);
    } else {
        m_combo->setCurrentIndex(-1);
    }
}

} // namespace sdanim::ui
