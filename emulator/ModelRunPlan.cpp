#include "emulator/ModelRunPlan.h"

#include "model/UnitRates.h"

#include <QRegularExpression>

#include <algorithm>

namespace sdanim::emulator {

using model::AnimationPlan;

QString ModelRunPlan::nsfwError()
{
    return QStringLiteral("NSFW content detected, please try a different prompt and/or seed");
}

bool ModelRunPlan::mentionsNsfw(const QString &prompt)
{
    static const QRegularExpression word(QStringLiteral("\\bnsfw\\b"), QRegularExpression::CaseInsensitiveOption);
    return word.match(prompt).hasMatch();
}

QList<ModelRunPlan::Line> ModelRunPlan::setupLines(double bootSeconds)
{
    return {Line{0, QStringLiteral("Loading pipeline...")},
            Line{bootSeconds * kPipelineShareOfBoot, QStringLiteral("Loading interpolator...")}};
}

ModelRunPlan ModelRunPlan::fromInput(const QJsonObject &input, quint32 randomSeed)
{
    ModelRunPlan plan;
    AnimationPlan &a = plan.animation;
    a = AnimationPlan::fromInput(input);
    if (!a.hasSeed) {
        a.hasSeed = true;
        a.seed = qint64(randomSeed % 65536);
    }

    // Every phase lasts as long as its compute takes at the default A100 rates (docs/emulator.md).
    const model::UnitRates rates = model::UnitRates::defaults();
    auto seconds = [&](AnimationPlan::Phase phase) { return rates.seconds(a.phaseUnits(phase)); };
    const QStringList names = a.outputNames();

    double t = 0;
    plan.lines << Line{t, QStringLiteral("Using seed: %1").arg(a.seed)};
    plan.lines << Line{t, QStringLiteral("Generating initial latents for %1 steps").arg(a.initialLatentSteps)};
    t += seconds(AnimationPlan::Phase::SharedStart);
    plan.lines << Line{t, QStringLiteral("Generating first and last keyframes")};
    t += seconds(AnimationPlan::Phase::Keyframes);

    // The safety checker only ever sees the keyframe image, i.e. the keyframe prompt (spec §9.4).
    if (mentionsNsfw(a.keyframePrompt())) {
        plan.fails = true;
        plan.failAt = t;
        plan.error = nsfwError();
        plan.endAt = t;
        return plan;
    }
    int next = 0;
    if (a.intermediateOutput)
        plan.outputs << Output{t, names.value(next++), Output::Content::Keyframe, 0};

    const int F = a.animationFrames;
    const int frames = std::max(1, a.segments * F);
    const double frameSeconds = seconds(AnimationPlan::Phase::Frames) / frames;
    for (int s = 0; s < a.segments; ++s) {
        for (int i = 0; i < F; ++i) {
            plan.lines << Line{t, QStringLiteral("Generating frame %1 of keyframe %2").arg(i).arg(s)};
            t += frameSeconds;
            if (a.intermediateOutput && i > 0)
                plan.outputs << Output{t, names.value(next++), Output::Content::Latent, s * F + i};
        }
    }
    plan.lines << Line{t, a.film ? QStringLiteral("Interpolating images with FILM")
                                 : QStringLiteral("Interpolating images from latents")};
    t += seconds(AnimationPlan::Phase::Interpolation);
    plan.lines << Line{t, a.mp4() ? QStringLiteral("Saving MP4") : QStringLiteral("Saving GIF")};
    t += seconds(AnimationPlan::Phase::Saving);
    plan.outputs << Output{t, names.value(next), Output::Content::Video, 0};
    // Uploading the files and the bookkeeping after predict() returns: predict_time includes it.
    plan.endAt = t + rates.overhead;
    return plan;
}

} // namespace sdanim::emulator
