#pragma once

#include "ui/FieldEditor.h"

class QLineEdit;
class QToolButton;

namespace sdanim::ui {

// The seed: blank means a fresh random seed for every run; "Lock" keeps the shown seed for the
// next runs; the dice draws a new one. Typing a seed locks it.
class SeedField : public FieldEditor
{
    Q_OBJECT
public:
    explicit SeedField(const QString &name, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    void setLocked(bool locked);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *lockButton() const { return m_lock; }
    QToolButton *randomButton() const { return m_random; }

signals:
    void lockToggled(bool locked);
    void randomRequested();

private:
    QLineEdit *m_edit;
    QToolButton *m_random;
    QToolButton *m_lock;
};

} // namespace sdanim::ui
