#include "ui/SweepDialog.h"

#include "session/PromptSequence.h"
#include "session/RandomSeed.h"
#include "session/RunEstimates.h"
#include "settings/AppSettings.h"
#include "sweep/SweepSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sdanim::ui {

namespace {
constexpr int kMaxConcurrency = 8;
}

SweepDialog::SweepDialog(const schema::ModelSchema &schema, const QJsonObject &base, const session::RunEstimates *estimates,
                         const settings::AppSettings *settings, bool localBackend, QWidget *parent)
    : QDialog(parent)
    , m_schema(schema)
    , m_base(base)
    , m_estimates(estimates)
    , m_settings(settings)
    , m_local(localBackend)
    // Drawn once, so the estimate does not move while the values are edited.
    , m_fixedSeed(session::RandomSeed::draw())
{
    setObjectName(QStringLiteral("sweepDialog"));
    setWindowTitle(tr("Sweep"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Runs the form's inputs several times, changing one or two of them. The first input "
                                "varies along the columns of the compare grid, the second along its rows."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *columns = new QGroupBox(tr("Columns"));
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(buildAxis(m_axes[0]));
    layout->addWidget(columns);

    m_second = new QCheckBox(tr("Vary a second input (rows)"));
    m_second->setObjectName(QStringLiteral("sweepSecondAxis"));
    layout->addWidget(m_second);
    auto *rows = new QGroupBox(tr("Rows"));
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->addWidget(buildAxis(m_axes[1]));
    rows->setEnabled(false);
    layout->addWidget(rows);
    connect(m_second, &QCheckBox::toggled, rows, &QWidget::setEnabled);
    connect(m_second, &QCheckBox::toggled, this, &SweepDialog::refresh);
    m_axes[1].input->setCurrentIndex(qMin(1, m_axes[1].input->count() - 1));

    auto *form = new QFormLayout;
    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(QStringLiteral("sweepConcurrency"));
    m_concurrency->setRange(1, kMaxConcurrency);
    m_concurrency->setValue(2);
    m_concurrency->setToolTip(tr("How many runs of the sweep go at once."));
    connect(m_concurrency, &QSpinBox::valueChanged, this, &SweepDialog::refresh);
    form->addRow(tr("Runs at once:"), m_concurrency);
    layout->addLayout(form);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("sweepSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() * 3);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Sweep"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SweepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SweepDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    // Seed, values: the usual first sweep is typed straight in.
    m_axes[0].list->setFocus();
    refresh();
}

QWidget *SweepDialog::buildAxis(Axis &axis)
{
    axis.box = new QWidget;
    auto *layout = new QHBoxLayout(axis.box);
    layout->setContentsMargins(0, 0, 0, 0);
    axis.input = new QComboBox;
    axis.input->setObjectName(QStringLiteral("sweepInput"));
    const QList<QPair<QString, QString>> numeric = {
        {QStringLiteral("seed"), tr("Seed")},
        {QStringLiteral("prompt_strength"), tr("Prompt strength")},
        {QStringLiteral("guidance_scale"), tr("Guidance scale")},
        {QStringLiteral("num_inference_steps"), tr("Inference steps")},
        {QStringLiteral("num_animation_frames"), tr("Animation frames")},
    };
    for (const auto &[name, label] : numeric)
        if (m_schema.parameter(name)) axis.input->addItem(label, name);
    axis.input->addItem(tr("Start prompt"), QStringLiteral("prompt_start"));
    const QStringList ends = session::PromptSequence::splitEndPrompts(m_base.value(QStringLiteral("prompt_end")).toString());
    for (int i = 0; i < ends.size(); ++i)
        axis.input->addItem(tr("End prompt %1").arg(i + 1), QStringLiteral("prompt_end[%1]").arg(i + 1));
    axis.input->addItem(tr("Prompt pair (start => end)"), QStringLiteral("prompts"));

    axis.mode = new QComboBox;
    axis.mode->setObjectName(QStringLiteral("sweepMode"));
    axis.mode->addItem(tr("List"));
    axis.mode->addItem(tr("Range"));
    axis.stack = new QStackedWidget;
    axis.list = new QLineEdit;
    axis.list->setObjectName(QStringLiteral("sweepValues"));
    axis.list->setPlaceholderText(tr("Values, comma-separated: 1, 2, 3 (\"double quotes\" keep a comma)"));
    axis.stack->addWidget(axis.list);
    auto *range = new QWidget;
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    axis.start = new QLineEdit;
    axis.end = new QLineEdit;
    axis.step = new QLineEdit;
    axis.start->setPlaceholderText(tr("from"));
    axis.end->setPlaceholderText(tr("to"));
    axis.step->setPlaceholderText(tr("step (1)"));
    for (QLineEdit *e : {axis.start, axis.end, axis.step}) rangeLayout->addWidget(e);
    axis.stack->addWidget(range);
    layout->addWidget(axis.input);
    layout->addWidget(axis.mode);
    layout->addWidget(axis.stack, 1);

    connect(axis.mode, &QComboBox::currentIndexChanged, axis.stack, &QStackedWidget::setCurrentIndex);
    for (QComboBox *c : {axis.input, axis.mode}) connect(c, &QComboBox::currentIndexChanged, this, &SweepDialog::refresh);
    for (QLineEdit *e : {axis.list, axis.start, axis.end, axis.step}) connect(e, &QLineEdit::textChanged, this, &SweepDialog::refresh);
    return axis.box;
}

void SweepDialog::setAxis(int index, const QString &name, const QString &values, bool range)
{
    Axis &axis = m_axes[qBound(0, index, 1)];
    if (index == 1) m_second->setChecked(true);
    const int item = axis.input->findData(name);
    if (item >= 0) axis.input->setCurrentIndex(item);
    axis.mode->setCurrentIndex(range ? 1 : 0);
    if (range) {
        const QStringList parts = values.split(QLatin1Char(':'));
        axis.start->setText(parts.value(0));
        axis.end->setText(parts.value(1));
        axis.step->setText(parts.value(2));
    } else {
        axis.list->setText(values);
    }
}

void SweepDialog::setSecondAxisEnabled(bool enabled) { m_second->setChecked(enabled); }
void SweepDialog::setConcurrency(int runs) { m_concurrency->setValue(runs); }
int SweepDialog::concurrency() const { return m_concurrency->value(); }

QString SweepDialog::varyText(const Axis &axis) const
{
    const QString name = axis.input->currentData().toString();
    if (axis.mode->currentIndex() == 0) return name + QLatin1Char('=') + axis.list->text().trimmed();
    QString range = axis.start->text().trimmed() + QLatin1Char(':') + axis.end->text().trimmed();
    if (!axis.step->text().trimmed().isEmpty()) range += QLatin1Char(':') + axis.step->text().trimmed();
    return name + QLatin1Char('=') + range;
}

QStringList SweepDialog::varies() const
{
    QStringList texts{varyText(m_axes[0])};
    if (m_second->isChecked()) texts << varyText(m_axes[1]);
    return texts;
}

void SweepDialog::refresh()
{
    if (!m_summary || !m_buttons) return;   // still being built
    m_errors.clear();
    m_plan.reset();
    const auto spec = sweep::SweepSpec::parse(varies(), m_schema, &m_errors);
    if (spec) m_plan = spec->expand(m_base, m_schema, m_fixedSeed, &m_errors);
    if (m_plan) {
        m_estimate = m_estimates ? sweep::SweepEstimate::of(*m_plan, *m_estimates, concurrency(), m_local)
                                 : sweep::SweepEstimate::of(*m_plan, model::RunEstimator(), 0, concurrency(), m_local);
        m_summary->setText(tr("%1 × %2 grid: %3").arg(m_plan->columnCount()).arg(m_plan->rowCount()).arg(m_estimate.describe()));
    } else {
        m_summary->setText(m_errors.join(QLatin1Char('\n')));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(m_plan));
}

void SweepDialog::accept()
{
    refresh();
    if (!m_plan) return;
    if (m_settings && m_estimate.needsConfirmation(*m_settings)) {
        const auto answer = QMessageBox::question(this, tr("Start this sweep?"),
                                                  tr("This sweep is large:\n%1\n\nStart it?").arg(m_estimate.describe()),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) return;
    }
    QDialog::accept();
}

} // namespace sdanim::ui
