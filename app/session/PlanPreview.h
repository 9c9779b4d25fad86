#pragma once

#include "model/AnimationPlan.h"
#include "model/RunEstimator.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

namespace sdanim::session {

class InputModel;
class RunEstimates;

// What the inputs in the form will make, before anything runs: the model::AnimationPlan of the
// current input, kept up to date, and everything the form says about it — the summary under the
// prompts, the notes next to each field (warnings from the plan, what FILM makes of the steps, with
// an offer to snap to the smallest equivalent value) and the run's estimated time and cost.
// None of it blocks a run: the API accepts all of these inputs (spec §9.4).
class PlanPreview : public QObject
{
    Q_OBJECT
public:
    // One line next to a field. `warning` lines describe a likely mistake; the others only explain
    // what the model does. With `actionText` the field offers to take `actionValue`.
    struct Note
    {
        QString text;
        bool warning = false;
        QString actionText;
        QString actionToolTip;
        QJsonValue actionValue;
        friend bool operator==(const Note &a, const Note &b)
        {
            return a.text == b.text && a.warning == b.warning && a.actionText == b.actionText
                && a.actionToolTip == b.actionToolTip && a.actionValue == b.actionValue;
        }
    };

    // `estimates` may be null: then no estimate is offered.
    PlanPreview(InputModel *model, RunEstimates *estimates, QObject *parent = nullptr);

    const model::AnimationPlan &plan() const { return m_plan; }
    // "2 keyframes · 1 segment · 10 frames → 73 video frames ≈ 3.65 s at 20 fps"
    QString summary() const;
    // The notes of input `field` (empty for most fields).
    QList<Note> notes(const QString &field) const;

    // Where the next run goes: local backends (emulator, Cog) cost nothing.
    void setLocalBackend(bool local);
    bool isLocalBackend() const { return m_localBackend; }
    bool hasEstimate() const { return m_estimates; }
    model::RunEstimate estimate() const;
    QString estimateText() const;

signals:
    // The plan, a note or the estimate may have changed.
    void changed();

private:
    void recompute();
    // Blank prompts only count as the user's when the field was filled in: a fresh form's missing
    // prompts are the Run bar's "Fill in …" hint, not a warning.
    bool isSet(const QString &field) const;

    InputModel *m_model;
    RunEstimates *m_estimates; // outlives this object (both belong to the window)
    model::AnimationPlan m_plan;
    bool m_localBackend = false;
};

} // namespace sdanim::session
