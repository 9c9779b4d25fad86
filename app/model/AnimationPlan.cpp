#include "model/AnimationPlan.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace sdanim::model {

namespace {

// Older versions of the API stored numbers as strings ("25"); the plan reads both.
double numberOf(const QJsonObject &input, const char *key, double fallback)
{
    const QJsonValue v = input.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? d : fallback;
    }
    return fallback;
}

int intOf(const QJsonObject &input, const char *key, int fallback)
{
    const double d = numberOf(input, key, fallback);
    // Out-of-range values are clamped so a garbage form value cannot overflow the arithmetic.
    return int(std::clamp(d, -1.0e6, 1.0e6));
}

bool boolOf(const QJsonObject &input, const char *key, bool fallback)
{
    const QJsonValue v = input.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0"))
            return false;
    }
    return fallback;
}

} // namespace

QStringList AnimationPlan::splitPrompts(const QString &promptStart, const QString &promptEnd)
{
    QStringList prompts{promptStart};
    const QStringList pieces = promptEnd.trimmed().split(QLatin1Char('|'));
    for (const QString &piece : pieces)
        prompts << piece.trimmed();
    return prompts;
}

int AnimationPlan::initialSteps(int steps, double strength)
{
    const double k = double(steps) * (1.0 - strength);
    if (!std::isfinite(k))
        return 0;
    return int(std::clamp(std::trunc(k), -1.0e6, 1.0e6));
}

int AnimationPlan::filmRecursions(int interpolationSteps)
{
    int r = 1;
    while ((qint64(1) << r) < qint64(interpolationSteps) && r < 30)
        ++r;
    return r;
}

int AnimationPlan::smallestStepsWithSameMultiplier(int interpolationSteps)
{
    const int r = filmRecursions(interpolationSteps);
    return r == 1 ? 1 : (1 << (r - 1)) + 1;
}

int AnimationPlan::gifFrameDelayMs(int fps)
{
    return fps > 0 ? int(1000.0 / fps) : 0;
}

int AnimationPlan::gifDelayCentiseconds(int fps)
{
    return gifFrameDelayMs(fps) / 10;
}

int AnimationPlan::sliceLength(int length, int start, int stop)
{
    auto normalise = [length](int i) {
        if (i < 0)
            i += length;
        return std::clamp(i, 0, length);
    };
    return std::max(0, normalise(stop) - normalise(start));
}

int AnimationPlan::schedulerTimesteps(int inferenceSteps)
{
    return std::max(0, inferenceSteps) + 9;
}

AnimationPlan AnimationPlan::fromInput(const QJsonObject &input)
{
    AnimationPlan p;
    p.prompts = splitPrompts(input.value(QLatin1String("prompt_start")).toString(),
                             input.value(QLatin1String("prompt_end")).toString());
    p.width = intOf(input, "width", 512);
    p.height = intOf(input, "height", 512);
    p.inferenceSteps = intOf(input, "num_inference_steps", 50);
    p.promptStrength = numberOf(input, "prompt_strength", 0.8);
    p.animationFrames = intOf(input, "num_animation_frames", 10);
    p.interpolationSteps = intOf(input, "num_interpolation_steps", 5);
    p.guidanceScale = numberOf(input, "guidance_scale", 7.5);
    p.fps = intOf(input, "gif_frames_per_second", 20);
    p.pingPong = boolOf(input, "gif_ping_pong", false);
    p.film = boolOf(input, "film_interpolation", true);
    p.intermediateOutput = boolOf(input, "intermediate_output", false);
    const QJsonValue seed = input.value(QLatin1String("seed"));
    p.hasSeed = !seed.isUndefined() && !seed.isNull();
    if (p.hasSeed)
        p.seed = qint64(numberOf(input, "seed", 0));
    const QString format = input.value(QLatin1String("output_format")).toString();
    p.outputFormat = format.isEmpty() ? QStringLiteral("gif") : format;

    const int K = p.promptCount();
    const int F = std::max(0, p.animationFrames);
    const int n = std::max(1, p.interpolationSteps);
    p.segments = K - 1 + (p.pingPong ? 1 : 0);
    p.frameLatents = p.segments * F + (p.pingPong ? 1 : 0);
    p.recursions = filmRecursions(n);
    p.multiplier = p.film ? (1 << p.recursions) : n;
    const int pairs = std::max(0, p.frameLatents - 1);
    p.videoFrames = p.frameLatents < 1 ? 0 : (p.film ? pairs * p.multiplier + 1 : pairs * n);
    p.durationSeconds = p.fps > 0 ? double(p.videoFrames) / p.fps : 0;

    p.initialLatentSteps = initialSteps(p.inferenceSteps, p.promptStrength);
    p.timesteps = schedulerTimesteps(p.inferenceSteps);
    p.sharedSteps = sliceLength(p.timesteps, 1, p.initialLatentSteps);
    p.stepsPerFrame = sliceLength(p.timesteps, p.initialLatentSteps, p.timesteps);
    p.classifierFreeGuidance = p.guidanceScale > 1.0;
    p.keyframePromptIndex = K % 2 == 0 ? K / 2 - 1 : K / 2;

    if (p.intermediateOutput) {
        p.intermediateNames << QStringLiteral("output-0.png");
        for (int s = 0; s < p.segments; ++s)
            for (int i = 1; i < F; ++i)
                p.intermediateNames << QStringLiteral("output-%1.png").arg(i);
    }
    p.videoName = p.mp4() ? QStringLiteral("output.mp4") : QStringLiteral("video.gif");
    return p;
}

QStringList AnimationPlan::outputNames() const
{
    return intermediateNames + QStringList{videoName};
}

AnimationPlan::LatentPosition AnimationPlan::latentPosition(int latent) const
{
    const int F = std::max(1, animationFrames);
    // With ping-pong the model appends frames_latents[0], so the loop closes on the first frame.
    if (latent < 0 || (pingPong && latent == frameLatents - 1))
        latent = 0;
    LatentPosition pos;
    pos.segment = std::min(latent / F, std::max(0, segments - 1));
    pos.frame = latent - pos.segment * F;
    pos.t = double(pos.frame) / F;
    const int K = std::max(1, promptCount());
    pos.fromPrompt = pos.segment % K;
    pos.toPrompt = (pos.segment + 1) % K; // the ping-pong segment goes back to prompt 0
    return pos;
}

AnimationPlan::VideoFramePosition AnimationPlan::videoFramePosition(int videoFrame) const
{
    const int m = std::max(1, multiplier);
    const int g = std::clamp(videoFrame, 0, std::max(0, videoFrames - 1));
    return {g / m, double(g % m) / m};
}

ComputeUnits AnimationPlan::phaseUnits(Phase phase) const
{
    const double pixels = double(std::max(0, width)) * std::max(0, height) / (512.0 * 512.0);
    const double batch = classifierFreeGuidance ? 2.0 : 1.0;
    const double F = std::max(0, animationFrames);
    const double n = std::max(1, interpolationSteps);
    const double pairs = std::max(0, frameLatents - 1);
    ComputeUnits u;
    switch (phase) {
    case Phase::SharedStart:
        u.unet = sharedSteps * batch * pixels;
        break;
    case Phase::Keyframes:
        u.unet = 2.0 * stepsPerFrame * batch * pixels;
        u.vae = 2.0;
        break;
    case Phase::Frames:
        u.unet = double(segments) * F * stepsPerFrame * batch * pixels;
        break;
    case Phase::Interpolation:
        if (film) {
            u.vae = double(frameLatents);
            u.film = pairs * ((1 << recursions) - 1) * pixels;
        } else {
            u.vae = pairs * n;
        }
        break;
    case Phase::Saving:
        u.encode = double(videoFrames);
        break;
    }
    return u;
}

ComputeUnits AnimationPlan::totalUnits() const
{
    ComputeUnits total;
    for (int i = 0; i < kPhaseCount; ++i)
        total += phaseUnits(Phase(i));
    return total;
}

QList<AnimationPlan::Notice> AnimationPlan::notices() const
{
    QList<Notice> out;
    const QString strength = QStringLiteral("prompt_strength");
    if (promptStrength <= 0)
        out << Notice{Warning::StrengthNotPositive, strength};
    else if (promptStrength == 1.0)
        out << Notice{Warning::StrengthOne, strength};
    else if (promptStrength > 1.0)
        out << Notice{Warning::StrengthAboveOne, strength};
    if (prompts.value(0).trimmed().isEmpty())
        out << Notice{Warning::EmptyStartPrompt, QStringLiteral("prompt_start")};
    for (int i = 1; i < promptCount(); ++i)
        if (prompts[i].isEmpty())
            out << Notice{Warning::EmptyEndPrompt, QStringLiteral("prompt_end"), i - 1};
    out << Notice{pingPong ? Warning::PingPongExtraSegment : Warning::LastPromptNeverReached,
                  QStringLiteral("gif_ping_pong")};
    return out;
}

} // namespace sdanim::model
