#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace sdanim::session { class InputModel; class PlanPreview; }

namespace sdanim::ui {

class EndPromptRow;
class FieldNotes;

// The start prompt and the ordered end prompts (joined into prompt_end), with a live summary of
// the model's plan for them (keyframes, segments, video frames, duration) and the plan's notes on
// blank prompts next to the prompts.
class PromptEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PromptEditor(session::InputModel *model, session::PlanPreview *preview = nullptr, QWidget *parent = nullptr);

    QLineEdit *startEdit() const { return m_start; }
    QList<EndPromptRow *> endRows() const { return m_rows; }
    QPushButton *addButton() const { return m_add; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    FieldNotes *startNotes() const { return m_startNotes; }
    FieldNotes *endNotes() const { return m_endNotes; }

    QStringList endPrompts() const;
    void setEndPrompts(const QStringList &prompts);
    void addEndPrompt(const QString &text = QString());
    void removeEndPrompt(int index);
    void moveEndPrompt(int from, int to);

private:
    void syncFromModel(const QString &name);
    void commitEndPrompts();
    void relayoutRows();
    void refreshSummary();
    void refreshErrors();

    session::InputModel *m_model;
    session::PlanPreview *m_preview;
    QLineEdit *m_start;
    QVBoxLayout *m_rowsLayout;
    QList<EndPromptRow *> m_rows;
    QPushButton *m_add;
    QLabel *m_summary;
    QLabel *m_error;
    FieldNotes *m_startNotes;
    FieldNotes *m_endNotes;
};

} // namespace sdanim::ui
