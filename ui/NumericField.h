#pragma once

#include "schema/Parameter.h"
#include "ui/FieldEditor.h"

class QDoubleSpinBox;
class QSlider;

namespace sdanim::ui {

// A slider over the schema's range coupled to a spin box. The spin box deliberately accepts values
// outside that range so the form can show the server's own message instead of silently clamping.
class NumericField : public FieldEditor
{
    Q_OBJECT
public:
    explicit NumericField(const schema::Parameter &parameter, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QSlider *slider() const { return m_slider; }

private:
    void spinChanged(double v);
    void sliderMoved(int position);
    QJsonValue toJson(double v) const;

    bool m_integer;
    double m_sliderScale;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
};

} // namespace sdanim::ui
