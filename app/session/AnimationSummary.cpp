#include "session/AnimationSummary.h"

#include "session/PromptSequence.h"

#include <QCoreApplication>
#include <QLocale>

namespace sdanim::session {

namespace {
int intOf(const QJsonObject &input, const char *key, int fallback)
{
    const QJsonValue v = input.value(QLatin1String(key));
    if (v.isDouble()) return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        return ok ? i : fallback;
    }
    return fallback;
}
} // namespace

AnimationSummary AnimationSummary::fromInput(const QJsonObject &input)
{
    AnimationSummary s;
    const int endPrompts = PromptSequence::splitEndPrompts(input.value(QLatin1String("prompt_end")).toString()).size();
    s.keyframes = 1 + endPrompts;
    const bool pingPong = input.value(QLatin1String("gif_ping_pong")).toBool(false);
    s.segments = (s.keyframes - 1) + (pingPong ? 1 : 0);
    s.animationFrames = intOf(input, "num_animation_frames", 10);
    s.interpolationSteps = intOf(input, "num_interpolation_steps", 5);
    s.fps = intOf(input, "gif_frames_per_second", 20);
    s.totalFrames = qMax(0, s.segments) * qMax(0, s.animationFrames) * qMax(0, s.interpolationSteps);
    s.seconds = s.fps > 0 ? double(s.totalFrames) / s.fps : 0;
    return s;
}

QString AnimationSummary::describe() const
{
    const QLocale locale;
    const QString keyframeText = QCoreApplication::translate("sdanim::session::AnimationSummary", "%n keyframe(s)", nullptr, keyframes);
    if (segments <= 0)
        return QCoreApplication::translate("sdanim::session::AnimationSummary",
                                           "%1 · add an end prompt to get an animation").arg(keyframeText);
    return QCoreApplication::translate("sdanim::session::AnimationSummary",
                                       "%1 · %2 × %3 frames × %4 steps = %5 frames ≈ %6 s at %7 fps")
        .arg(keyframeText,
             QCoreApplication::translate("sdanim::session::AnimationSummary", "%n segment(s)", nullptr, segments),
             locale.toString(animationFrames), locale.toString(interpolationSteps), locale.toString(totalFrames),
             locale.toString(seconds, 'f', 1), locale.toString(fps));
}

} // namespace sdanim::session
