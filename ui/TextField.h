#pragma once

#include "ui/FieldEditor.h"

class QLineEdit;

namespace sdanim::ui {

// Free text for string inputs of future model versions (the prompts have their own editor).
class TextField : public FieldEditor
{
    Q_OBJECT
public:
    explicit TextField(const QString &name, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

} // namespace sdanim::ui
