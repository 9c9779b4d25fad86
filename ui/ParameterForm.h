#pragma once

#include <QHash>
#include <QWidget>

class QGridLayout;

namespace sdanim::session { class InputModel; class PlanPreview; }

namespace sdanim::ui {

class FieldRow;
class PromptEditor;

// The model's inputs as a form generated from the schema (in x-order): prompts first in their own
// editor, then one row per other input with a widget chosen by type. `preview` (may be null) adds
// what the model will make of the inputs: the summary under the prompts and the notes under fields.
class ParameterForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterForm(session::InputModel *model, session::PlanPreview *preview = nullptr, QWidget *parent = nullptr);

    PromptEditor *promptEditor() const { return m_prompts; }
    FieldRow *row(const QString &name) const { return m_rows.value(name); }
    // Brings the widget of `name` into view and gives it the keyboard focus.
    void focusField(const QString &name);

signals:
    // Asks the enclosing scroll area to show this widget.
    void ensureVisibleRequested(QWidget *widget);

private:
    void rebuild();
    void refreshNotes();

    session::InputModel *m_model;
    session::PlanPreview *m_preview;
    QGridLayout *m_grid = nullptr;
    PromptEditor *m_prompts = nullptr;
    QHash<QString, FieldRow *> m_rows;
};

} // namespace sdanim::ui
