#include "ui/NumericField.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace sdanim::ui {

namespace {
// A sensible slider span when the schema declares no range (prompt_strength): 0…1 for
// fractions, otherwise up to twice the default.
std::pair<double, double> sliderRange(const schema::Parameter &p)
{
    double lo = p.minimum.value_or(0.0);
    double hi;
    if (p.maximum)
        hi = *p.maximum;
    else if (p.type == schema::ParamType::Number && p.defaultValue.toDouble(0) <= 1.0)
        hi = 1.0;
    else
        hi = qMax(lo + 1.0, 2.0 * p.defaultValue.toDouble(lo + 50.0));
    return {lo, hi};
}
} // namespace

NumericField::NumericField(const schema::Parameter &p, QWidget *parent)
    : FieldEditor(parent)
    , m_integer(p.type == schema::ParamType::Integer)
    , m_sliderScale(m_integer ? 1.0 : 100.0)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QDoubleSpinBox(this))
{
    const auto [lo, hi] = sliderRange(p);
    m_slider->setRange(int(std::lround(lo * m_sliderScale)), int(std::lround(hi * m_sliderScale)));
    m_slider->setPageStep(qMax(1, (m_slider->maximum() - m_slider->minimum()) / 10));
    m_slider->setObjectName(p.name + QStringLiteral("_slider"));
    m_slider->setMinimumWidth(m_slider->fontMetrics().averageCharWidth() * 14);

    m_spin->setDecimals(m_integer ? 0 : 2);
    m_spin->setRange(-1e9, 1e9);
    m_spin->setSingleStep(m_integer ? 1.0 : (hi - lo <= 2.0 ? 0.05 : 0.5));
    m_spin->setKeyboardTracking(false);
    m_spin->setAccelerated(true);
    // One width for every numeric field keeps the sliders aligned.
    m_spin->setFixedWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("-00000.00")) + 40);
    m_spin->setObjectName(p.name + QStringLiteral("_spin"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    setFocusProxy(m_spin);

    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &NumericField::spinChanged);
    connect(m_slider, &QSlider::valueChanged, this, &NumericField::sliderMoved);
}

QJsonValue NumericField::toJson(double v) const
{
    return m_integer ? QJsonValue(qint64(std::llround(v))) : QJsonValue(v);
}

void NumericField::setValue(const QJsonValue &value)
{
    const QSignalBlocker b1(m_spin);
    const QSignalBlocker b2(m_slider);
    if (!value.isDouble()) {
        m_spin->clear();
        return;
    }
    const double v = value.toDouble();
    m_spin->setValue(v);
    m_slider->setValue(int(std::lround(qBound(double(m_slider->minimum()), v * m_sliderScale, double(m_slider->maximum())))));
}

void NumericField::spinChanged(double v)
{
    const QSignalBlocker b(m_slider);
    m_slider->setValue(int(std::lround(qBound(double(m_slider->minimum()), v * m_sliderScale, double(m_slider->maximum())))));
    emit edited(toJson(v));
}

void NumericField::sliderMoved(int position)
{
    const double v = position / m_sliderScale;
    {
        const QSignalBlocker b(m_spin);
        m_spin->setValue(v);
    }
    emit edited(toJson(v));
}

} // namespace sdanim::ui
