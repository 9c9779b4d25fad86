#include "emulator/ModelRunPlan.h"

#include <QRegularExpression>

#include <algorithm>

namespace sdanim::emulator {

namespace {

// The timing model (docs/emulator.md): an A100 needs roughly 4 s per 512×512 animation frame at 50
// steps; keyframes take a little less each; FILM costs ~0.1 s per output frame.
constexpr double kLineGap = 0.2;
constexpr double kKeyframeSeconds = 2.0;
constexpr double kFrameSeconds = 4.0;
constexpr double kFilmPerFrame = 0.1;
constexpr double kLatentInterpolationPerFrame = 0.02;
constexpr double kSavePerFrame = 0.01;
constexpr double kSaveBase = 0.5;

} // namespace

QString ModelRunPlan::nsfwError()
{
    return QStringLiteral("NSFW content detected, please try a different prompt and/or seed");
}

bool ModelRunPlan::mentionsNsfw(const QStringList &prompts)
{
    static const QRegularExpression word(QStringLiteral("\\bnsfw\\b"), QRegularExpression::CaseInsensitiveOption);
    return std::any_of(prompts.begin(), prompts.end(), [](const QString &p) { return word.match(p).hasMatch(); });
}

QStringList ModelRunPlan::keyframePrompts(const QString &promptStart, const QString &promptEnd)
{
    QStringList prompts{promptStart.trimmed()};
    for (const QString &piece : promptEnd.trimmed().split(QLatin1Char('|')))
        prompts << piece.trimmed();
    return prompts;
}

int ModelRunPlan::initialLatentSteps(int steps, double strength)
{
    return int(double(steps) * (1.0 - strength));
}

ModelRunPlan ModelRunPlan::fromInput(const QJsonObject &input, quint32 randomSeed)
{
    ModelRunPlan plan;
    const int steps = input.value(QLatin1String("num_inference_steps")).toInt(50);
    const double strength = input.value(QLatin1String("prompt_strength")).toDouble(0.8);
    plan.seed = input.contains(QLatin1String("seed"))
                    ? qint64(input.value(QLatin1String("seed")).toDouble())
                    : qint64(randomSeed % 65536);

    AnimationSpec &spec = plan.spec;
    spec.keyframePrompts = keyframePrompts(input.value(QLatin1String("prompt_start")).toString(),
                                           input.value(QLatin1String("prompt_end")).toString());
    spec.width = input.value(QLatin1String("width")).toInt(512);
    spec.height = input.value(QLatin1String("height")).toInt(512);
    spec.animationFrames = input.value(QLatin1String("num_animation_frames")).toInt(10);
    spec.interpolationSteps = input.value(QLatin1String("num_interpolation_steps")).toInt(5);
    spec.fps = input.value(QLatin1String("gif_frames_per_second")).toInt(20);
    spec.pingPong = input.value(QLatin1String("gif_ping_pong")).toBool(false);
    spec.filmInterpolation = input.value(QLatin1String("film_interpolation")).toBool(true);
    spec.seed = quint32(plan.seed);
    spec.format = input.value(QLatin1String("output_format")).toString(QStringLiteral("gif"));
    const bool intermediate = input.value(QLatin1String("intermediate_output")).toBool(false);

    const int segments = int(spec.keyframePrompts.size()) - 1 + (spec.pingPong ? 1 : 0);
    const int videoFrames = segments * spec.animationFrames * spec.interpolationSteps;
    const double work = std::max(0.02, steps / 50.0) * std::max(0.0625, spec.width * spec.height / 262144.0);

    double t = 0;
    plan.lines << Line{t, QStringLiteral("Using seed: %1").arg(plan.seed)};
    t += kLineGap;
    plan.lines << Line{t, QStringLiteral("Generating initial latents for %1 steps")
                              .arg(initialLatentSteps(steps, strength))};
    t += kLineGap;
    plan.lines << Line{t, QStringLiteral("Generating first and last keyframes")};
    t += kKeyframeSeconds * work * spec.keyframePrompts.size();

    if (mentionsNsfw(spec.keyframePrompts)) {
        plan.fails = true;
        plan.failAt = t;
        plan.error = nsfwError();
        plan.endAt = t;
        return plan;
    }
    if (intermediate)
        plan.outputs << Output{t, QStringLiteral("output-0.png"), 0, 0, false};

    const double frameSeconds = kFrameSeconds * work;
    for (int s = 0; s < segments; ++s) {
        for (int i = 0; i < spec.animationFrames; ++i) {
            plan.lines << Line{t, QStringLiteral("Generating frame %1 of keyframe %2").arg(i).arg(s)};
            t += frameSeconds;
            if (intermediate && i > 0)
                plan.outputs << Output{t, QStringLiteral("output-%1.png").arg(i), s, i, false};
        }
    }
    plan.lines << Line{t, spec.filmInterpolation ? QStringLiteral("Interpolating images with FILM")
                                                 : QStringLiteral("Interpolating images from latents")};
    t += videoFrames * (spec.filmInterpolation ? kFilmPerFrame : kLatentInterpolationPerFrame);
    const bool mp4 = spec.format == QLatin1String("mp4");
    plan.lines << Line{t, mp4 ? QStringLiteral("Saving MP4") : QStringLiteral("Saving GIF")};
    t += kSaveBase + videoFrames * kSavePerFrame;
    plan.outputs << Output{t, mp4 ? QStringLiteral("output.mp4") : QStringLiteral("video.gif"), 0, 0, true};
    plan.endAt = t + kFinishSeconds;
    return plan;
}

} // namespace sdanim::emulator
