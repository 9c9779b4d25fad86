#pragma once

#include "ui/FieldEditor.h"

class QCheckBox;

namespace sdanim::ui {

class BooleanField : public FieldEditor
{
    Q_OBJECT
public:
    BooleanField(const QString &name, const QString &label, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QCheckBox *checkBox() const { return m_check; }

private:
    QCheckBox *m_check;
};

} // namespace sdanim::ui
