#pragma once

#include "schema/ModelSchema.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepPlan.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace sdanim::settings { class AppSettings; }
namespace sdanim::session { class RunEstimates; }

namespace sdanim::ui {

// Sweep… : one or two inputs to vary over the form's input (the base), each a list of values or a
// range with a step. Only collects the text `sdanim sweep --vary` takes; sweep::SweepSpec parses,
// checks and expands it, sweep::SweepEstimate prices it. Shows the runs and the estimate as they
// change, and asks once more before a sweep above the confirmation threshold.
class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    SweepDialog(const schema::ModelSchema &schema, const QJsonObject &base, const session::RunEstimates *estimates,
                const settings::AppSettings *settings, bool localBackend, QWidget *parent = nullptr);

    // Axis 0 the columns, axis 1 the rows. `values` as a list ("1,2,3") or, with `range`,
    // "start:end:step" split over the three range boxes.
    void setAxis(int axis, const QString &name, const QString &values, bool range = false);
    void setSecondAxisEnabled(bool enabled);
    void setConcurrency(int runs);
    int concurrency() const;

    // The --vary texts the boxes hold: "seed=1,2,3", "guidance_scale=5:9:2".
    QStringList varies() const;
    // The expanded sweep, or std::nullopt with the reasons in errors().
    const std::optional<sweep::SweepPlan> &plan() const { return m_plan; }
    const sweep::SweepEstimate &estimate() const { return m_estimate; }
    QStringList errors() const { return m_errors; }
    QLabel *summaryLabel() const { return m_summary; }

    void accept() override;

private:
    struct Axis
    {
        QComboBox *input = nullptr;
        QComboBox *mode = nullptr;
        QStackedWidget *stack = nullptr;
        QLineEdit *list = nullptr;
        QLineEdit *start = nullptr;
        QLineEdit *end = nullptr;
        QLineEdit *step = nullptr;
        QWidget *box = nullptr;
    };
    QWidget *buildAxis(Axis &axis);
    QString varyText(const Axis &axis) const;
    void refresh();

    schema::ModelSchema m_schema;
    QJsonObject m_base;
    const session::RunEstimates *m_estimates;
    const settings::AppSettings *m_settings;
    bool m_local;
    qint64 m_fixedSeed;
    Axis m_axes[2];
    QCheckBox *m_second = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<sweep::SweepPlan> m_plan;
    sweep::SweepEstimate m_estimate;
    QStringList m_errors;
};

} // namespace sdanim::ui
