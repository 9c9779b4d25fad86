#pragma once

#include <QString>
#include <QStringList>

namespace sdanim::emulator {

// Everything that determines the pixels of one emulated animation. Two equal specs always render
// byte-identical files, which is what makes the emulator usable as a test double.
struct AnimationSpec {
    QStringList keyframePrompts;   // prompt_start followed by the '|' pieces of prompt_end
    int width = 512;
    int height = 512;
    int animationFrames = 10;      // num_animation_frames: frames per keyframe segment
    int interpolationSteps = 5;    // num_interpolation_steps: output frames per animation frame
    int fps = 20;                  // gif_frames_per_second (also used for MP4)
    bool pingPong = false;         // gif_ping_pong: one more segment back to the first prompt
    bool filmInterpolation = true; // film_interpolation: linear in-between motion; false = eased
    quint32 seed = 0;
    QString format = QStringLiteral("gif"); // "gif" or "mp4"
};

} // namespace sdanim::emulator
