#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace sdanim::ui {

// One end prompt in the ordered list: its number, the text and move/remove buttons.
class EndPromptRow : public QWidget
{
    Q_OBJECT
public:
    explicit EndPromptRow(QWidget *parent = nullptr);

    void setPosition(int index, int count);
    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    void edited();
    void moveUpRequested();
    void moveDownRequested();
    void removeRequested();

private:
    QLabel *m_number;
    QLineEdit *m_edit;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
};

} // namespace sdanim::ui
