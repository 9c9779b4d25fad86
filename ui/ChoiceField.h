#pragma once

#include "schema/Parameter.h"
#include "ui/FieldEditor.h"

class QComboBox;

namespace sdanim::ui {

// The schema's enum choices in a combo box. A loaded value that is not a choice is shown as an extra
// entry so the form can say why it is rejected rather than silently replacing it.
class ChoiceField : public FieldEditor
{
    Q_OBJECT
public:
    explicit ChoiceField(const schema::Parameter &parameter, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QComboBox *comboBox() const { return m_combo; }

private:
    static QString display(const QJsonValue &v);

    QJsonArray m_choices;
    QComboBox *m_combo;
};

} // namespace sdanim::ui
