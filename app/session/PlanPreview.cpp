#include "session/PlanPreview.h"

#include "session/AnimationSummary.h"
#include "session/InputModel.h"
#include "session/PlanNoticeText.h"
#include "session/RunEstimates.h"

#include <QCoreApplication>
#include <QLocale>

namespace sdanim::session {

namespace {
const QString kPromptStart = QStringLiteral("prompt_start");
const QString kPromptEnd = QStringLiteral("prompt_end");
const QString kInterpolationSteps = QStringLiteral("num_interpolation_steps");
} // namespace

PlanPreview::PlanPreview(InputModel *model, RunEstimates *estimates, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_estimates(estimates)
{
    connect(m_model, &InputModel::valueChanged, this, &PlanPreview::recompute);
    connect(m_model, &InputModel::schemaChanged, this, &PlanPreview::recompute);
    if (m_estimates)
        connect(m_estimates, &RunEstimates::changed, this, &PlanPreview::changed);
    m_plan = model::AnimationPlan::fromInput(m_model->input());
}

void PlanPreview::recompute()
{
    m_plan = model::AnimationPlan::fromInput(m_model->input());
    emit changed();
}

bool PlanPreview::isSet(const QString &field) const
{
    const QJsonValue v = m_model->value(field);
    return !v.isUndefined() && !v.isNull();
}

QString PlanPreview::summary() const
{
    int empty = 0;
    if (isSet(kPromptStart) && m_plan.prompts.value(0).trimmed().isEmpty())
        ++empty;
    if (isSet(kPromptEnd))
        for (int i = 1; i < m_plan.promptCount(); ++i)
            empty += m_plan.prompts.at(i).isEmpty() ? 1 : 0;
    return AnimationSummary::describe(m_plan, empty);
}

QList<PlanPreview::Note> PlanPreview::notes(const QString &field) const
{
    QList<Note> result;
    if ((field == kPromptStart || field == kPromptEnd) && !isSet(field))
        return result;
    for (const model::AnimationPlan::Notice &notice : m_plan.notices()) {
        if (notice.field != field)
            continue;
        Note note;
        note.text = PlanNoticeText::describe(notice, m_plan);
        note.warning = PlanNoticeText::isWarning(notice);
        result << note;
    }
    if (field == kInterpolationSteps) {
        if (const schema::Parameter *p = m_model->schema().parameter(kInterpolationSteps)) {
            Note note;
            note.text = AnimationSummary::describeInterpolation(m_plan, p->maximum ? int(*p->maximum) : 0);
            if (const auto smaller = AnimationSummary::smallerEquivalentSteps(m_plan)) {
                const QLocale locale;
                note.actionText = QCoreApplication::translate("sdanim::session::PlanPreview", "Use %1")
                                      .arg(locale.toString(*smaller));
                note.actionToolTip = QCoreApplication::translate("sdanim::session::PlanPreview",
                                                                 "%1 interpolation steps make exactly the same video (×%2)")
                                         .arg(locale.toString(*smaller), locale.toString(m_plan.multiplier));
                note.actionValue = *smaller;
            }
            result << note;
        }
    }
    return result;
}

void PlanPreview::setLocalBackend(bool local)
{
    if (m_localBackend == local)
        return;
    m_localBackend = local;
    emit changed();
}

model::RunEstimate PlanPreview::estimate() const
{
    return m_estimates ? m_estimates->estimate(m_plan) : model::RunEstimate{};
}

QString PlanPreview::estimateText() const
{
    return m_estimates ? m_estimates->describe(m_plan, m_localBackend) : QString();
}

} // namespace sdanim::session
