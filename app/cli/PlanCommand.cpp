#include "cli/PlanCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CommandLineCheck.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/RunCommand.h"
#include "model/AnimationPlan.h"
#include "model/RunEstimator.h"
#include "session/HistoryRateSource.h"
#include "session/PlanNoticeText.h"
#include "session/RunEstimateText.h"
#include "store/AsyncHistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sdanim::cli {

namespace {

using Warning = model::AnimationPlan::Warning;

QString warningName(Warning w)
{
    switch (w) {
    case Warning::StrengthNotPositive: return QStringLiteral("strength_not_positive");
    case Warning::StrengthOne: return QStringLiteral("strength_one");
    case Warning::StrengthAboveOne: return QStringLiteral("strength_above_one");
    case Warning::EmptyStartPrompt: return QStringLiteral("empty_start_prompt");
    case Warning::EmptyEndPrompt: return QStringLiteral("empty_end_prompt");
    case Warning::LastPromptNeverReached: return QStringLiteral("last_prompt_never_reached");
    case Warning::PingPongExtraSegment: return QStringLiteral("ping_pong_extra_segment");
    }
    return QString();
}

QString backendName(api::BackendFactory::Choice choice)
{
    return settings::AppSettings::backendChoiceName(choice);
}

QJsonObject unitsJson(const model::ComputeUnits &u)
{
    return {{"unet", u.unet}, {"vae", u.vae}, {"film", u.film}, {"encode", u.encode}};
}

} // namespace

PlanCommand::PlanCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

int PlanCommand::exec()
{
    const schema::ModelSchema pinned = schema::ModelSchema::pinned();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints what the model will make of the input (prompts, frames, duration, compute) and the estimated run "
           "time and cost, without running or creating anything. Takes every option of sdanim run."));
    parser.addHelpOption();
    QList<QCommandLineOption> options = RunCommand::inputOptions(pinned);
    options << QCommandLineOption(QStringLiteral("json"), tr("Print the plan as one JSON object."));
    if (const auto done = CommandLineCheck::afterParse(parser, RunCommand::parseArguments(parser, pinned, options, m_arguments), QStringLiteral("plan")))
        return *done;
    m_json = parser.isSet(QStringLiteral("json"));
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(parser, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    const std::optional<QJsonObject> input = RunCommand::inputFrom(parser, pinned, m_env->settings().presetsDirectory(), &error);
    if (!input) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    m_input = *input;
    // The token only decides which backend `auto` means (cloud with a token).
    m_env->loadToken([this] { afterToken(); });
    return QCoreApplication::exec();
}

void PlanCommand::afterToken()
{
    const model::AnimationPlan plan = model::AnimationPlan::fromInput(m_input);
    RunCommand::printNotices(plan, true);

    const model::RunEstimator estimator = historyEstimator(*m_env);
    // As on the form: the offline emulator stands in for Replicate, so it shows Replicate's price;
    // only a Cog container on the user's own hardware is free.
    const bool local = m_env->resolvedBackend() == settings::AppSettings::BackendChoice::LocalCog;
    const model::RunEstimate estimate = estimator.estimate(plan, m_env->settings().pricePerSecondUsd());
    if (m_json)
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(json(plan, estimate, local)).toJson(QJsonDocument::Indented)).trimmed());
    else
        ConsoleOutput::out(text(plan, estimate, local));
    QCoreApplication::exit(ExitOk);
}

model::RunEstimator PlanCommand::historyEstimator(CliEnvironment &env)
{
    // The rates come from the history the other commands use; a user without one gets the
    // defaults, and planning does not create the database.
    model::RunEstimator estimator;
    const QString historyPath = env.settings().historyDatabasePath();
    if (QFileInfo::exists(historyPath)) {
        const QString problem = env.history()->open().result();
        if (problem.isEmpty())
            estimator = env.history()->run([](store::HistoryStore &s) { return session::HistoryRateSource::fit(s); }).result();
        else
            ConsoleOutput::error(tr("Warning: the history could not be read (%1); the estimate uses the documented defaults.").arg(problem));
    }
    return estimator;
}

QString PlanCommand::text(const model::AnimationPlan &plan, const model::RunEstimate &estimate, bool local) const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Prompts (%1, as the model splits them):").arg(plan.promptCount());
    for (int i = 0; i < plan.promptCount(); ++i) {
        const QString prompt = plan.prompts.at(i);
        lines << (prompt.isEmpty() ? tr("  %1  (empty)").arg(i) : QStringLiteral("  %1  \"%2\"").arg(QString::number(i), prompt));
    }
    lines << (plan.pingPong ? tr("Segments: %1 (ping-pong adds one back to the start prompt)").arg(plan.segments)
                            : tr("Segments: %1").arg(plan.segments));
    lines << tr("Frame latents: %1").arg(plan.frameLatents);
    if (plan.film)
        lines << tr("Interpolation: FILM, %n recursion(s) of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)",
                    nullptr, plan.recursions)
                     .arg(plan.multiplier)
                     .arg(model::AnimationPlan::smallestStepsWithSameMultiplier(plan.interpolationSteps))
                     .arg(plan.multiplier);
    else
        lines << tr("Interpolation: latent, ×%1 (each pair of latents gives %1 frames; the last latent itself is never decoded)")
                     .arg(plan.multiplier);
    lines << tr("Video frames: %1 (%2)").arg(plan.videoFrames).arg(plan.videoName);
    lines << tr("Duration: %1 s at %2 fps").arg(locale.toString(plan.durationSeconds, 'g', 6)).arg(plan.fps);
    if (!plan.mp4())
        lines << tr("GIF frame delay: %1 ms (stored as %2/100 s)")
                     .arg(model::AnimationPlan::gifFrameDelayMs(plan.fps))
                     .arg(model::AnimationPlan::gifDelayCentiseconds(plan.fps));
    lines << tr("Initial latent steps (k): %1 (shared start: %2, steps per frame: %3, scheduler timesteps: %4)")
                 .arg(plan.initialLatentSteps)
                 .arg(plan.sharedSteps)
                 .arg(plan.stepsPerFrame)
                 .arg(plan.timesteps);
    lines << tr("Keyframe image shows prompt %1: %2")
                 .arg(plan.keyframePromptIndex)
                 .arg(plan.keyframePrompt().isEmpty() ? tr("(empty)") : QStringLiteral("\"%1\"").arg(plan.keyframePrompt()));
    lines << tr("Intermediate outputs: %1").arg(plan.intermediateNames.size());
    const model::ComputeUnits u = plan.totalUnits();
    lines << tr("Compute units: UNet %1, VAE %2, FILM %3, encode %4")
                 .arg(locale.toString(u.unet, 'f', 1), locale.toString(u.vae, 'f', 1), locale.toString(u.film, 'f', 1),
                      locale.toString(u.encode, 'f', 1));
    lines << tr("Estimate: %1").arg(session::RunEstimateText::describe(estimate, local));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject PlanCommand::json(const model::AnimationPlan &plan, const model::RunEstimate &estimate, bool local) const
{
    QJsonArray notices;
    for (const model::AnimationPlan::Notice &n : plan.notices()) {
        QJsonObject o{{"warning", warningName(n.warning)},
                      {"field", n.field},
                      {"is_warning", session::PlanNoticeText::isWarning(n)},
                      {"message", session::PlanNoticeText::describe(n, plan)}};
        if (n.index >= 0) o.insert(QStringLiteral("index"), n.index);
        notices << o;
    }
    QJsonObject interpolation{{"mode", plan.film ? QStringLiteral("film") : QStringLiteral("latent")},
                              {"num_interpolation_steps", plan.interpolationSteps},
                              {"multiplier", plan.multiplier}};
    if (plan.film) {
        interpolation.insert(QStringLiteral("recursions"), plan.recursions);
        interpolation.insert(QStringLiteral("smallest_steps_same_video"),
                             model::AnimationPlan::smallestStepsWithSameMultiplier(plan.interpolationSteps));
    }
    return {
        {"input", m_input},
        {"prompts", QJsonArray::fromStringList(plan.prompts)},
        {"segments", plan.segments},
        {"frame_latents", plan.frameLatents},
        {"interpolation", interpolation},
        {"video_frames", plan.videoFrames},
        {"duration_seconds", plan.durationSeconds},
        {"fps", plan.fps},
        {"gif_frame_delay_ms", model::AnimationPlan::gifFrameDelayMs(plan.fps)},
        {"gif_delay_centiseconds", model::AnimationPlan::gifDelayCentiseconds(plan.fps)},
        {"initial_latent_steps", plan.initialLatentSteps},
        {"scheduler_timesteps", plan.timesteps},
        {"shared_steps", plan.sharedSteps},
        {"steps_per_frame", plan.stepsPerFrame},
        {"classifier_free_guidance", plan.classifierFreeGuidance},
        {"keyframe_prompt_index", plan.keyframePromptIndex},
        {"keyframe_prompt", plan.keyframePrompt()},
        {"intermediate_outputs", int(plan.intermediateNames.size())},
        {"output_names", QJsonArray::fromStringList(plan.outputNames())},
        {"compute_units", unitsJson(plan.totalUnits())},
        {"notices", notices},
        {"estimate",
         QJsonObject{{"seconds", estimate.seconds},
                     {"low_seconds", estimate.lowSeconds},
                     {"high_seconds", estimate.highSeconds},
                     {"usd", estimate.usd},
                     {"low_usd", estimate.lowUsd},
                     {"high_usd", estimate.highUsd},
                     {"price_per_second_usd", m_env->settings().pricePerSecondUsd()},
                     {"learned_from", estimate.learnedFrom},
                     {"source", estimate.fromDefaults() ? QStringLiteral("defaults") : QStringLiteral("history")},
                     {"backend", backendName(m_env->resolvedBackend())},
                     {"priced", !local},
                     {"text", session::RunEstimateText::describe(estimate, local)}}},
    };
}

} // namespace sdanim::cli
