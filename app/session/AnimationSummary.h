#pragma once

#include <QJsonObject>
#include <QString>

namespace sdanim::session {

// What an input will produce, by the frame contract of TEAM.md: segments = (prompts − 1) + ping-pong,
// frames = segments × animation frames × interpolation steps, played at gif_frames_per_second.
struct AnimationSummary
{
    int keyframes = 0;
    int segments = 0;
    int animationFrames = 0;
    int interpolationSteps = 0;
    int fps = 0;
    int totalFrames = 0;
    double seconds = 0;

    static AnimationSummary fromInput(const QJsonObject &input);
    // "3 keyframes · 2 segments × 10 frames × 5 steps = 100 frames ≈ 5.0 s at 20 fps" (translated).
    QString describe() const;
};

} // namespace sdanim::session
