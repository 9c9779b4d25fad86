#pragma once

#include "cli/EnvironmentCommand.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace sdanim::model { class AnimationPlan; class RunEstimator; struct RunEstimate; }

namespace sdanim::cli {

class CliEnvironment;

// `sdanim plan [every run option] [--json]`: what the model will make of an input (prompts as it
// splits them, segments, frames, FILM or latent interpolation, duration, GIF delay, k, keyframe
// prompt, intermediate files, compute units) and the estimated run time and cost from the user's
// own finished cloud runs (session::HistoryRateSource) — without creating anything. The command
// line is read and validated exactly like `sdanim run`'s (against the schema that ships with the
// app: planning never needs the network), so an invalid one exits 2 with the same messages.
class PlanCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    explicit PlanCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

    // The rates fitted to the history the other commands use (the documented defaults without
    // one, or with a warning on stderr when it cannot be read); never creates the database.
    // Shared with `sdanim sweep`, so a sweep is priced like each of its runs.
    static model::RunEstimator historyEstimator(CliEnvironment &env);

private:
    void afterToken();
    QString text(const model::AnimationPlan &plan, const model::RunEstimate &estimate, bool local) const;
    QJsonObject json(const model::AnimationPlan &plan, const model::RunEstimate &estimate, bool local) const;

    QJsonObject m_input;
    bool m_json = false;
};

} // namespace sdanim::cli
