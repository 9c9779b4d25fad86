#pragma once

#include <QJsonValue>
#include <QWidget>

namespace sdanim::ui {

// The editing widget of one input. setValue() shows a value without emitting edited();
// edited() carries what the user entered (Undefined = cleared).
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setValue(const QJsonValue &value) = 0;

signals:
    void edited(const QJsonValue &value);
};

} // namespace sdanim::ui
