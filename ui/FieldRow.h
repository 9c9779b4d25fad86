#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QToolButton;
class QWidget;

namespace sdanim::session { class InputModel; }
namespace sdanim::schema { struct Parameter; }

namespace sdanim::ui {

class FieldEditor;
class FieldNotes;

// Binds one input of the InputModel to its widgets: label, editor, default hint, reset button and
// the inline error message, and the notes on what the model will make of it (PlanPreview).
class FieldRow : public QObject
{
    Q_OBJECT
public:
    FieldRow(session::InputModel *model, const schema::Parameter &parameter, FieldEditor *editor, QWidget *parent);

    QString name() const { return m_name; }
    QLabel *label() const { return m_label; }
    FieldEditor *editor() const { return m_editor; }
    QLabel *hint() const { return m_hint; }
    QToolButton *resetButton() const { return m_reset; }
    QLabel *errorLabel() const { return m_error; }
    FieldNotes *notes() const { return m_notes; }

    void refreshValue();
    void refreshErrors();

private:
    session::InputModel *m_model;
    QString m_name;
    QLabel *m_label;
    FieldEditor *m_editor;
    QLabel *m_hint;
    QToolButton *m_reset;
    QLabel *m_error;
    FieldNotes *m_notes;
};

} // namespace sdanim::ui
