#pragma once

#include "emulator/render/AnimationSpec.h"

#include <QImage>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sdanim::emulator {

// Renders the emulator's synthetic, clearly labelled stand-in for the model's output.
// All functions are static, reentrant and deterministic: they share no state, so worker threads may
// call them concurrently. Drawing text needs a QGuiApplication to exist (offscreen platform is fine).
//
// Frame ordering (see docs/emulator-render.md): output frame g of the video belongs to
//   segment s = g / (A*S), animation frame i = (g / S) % A, interpolation step j = g % S
// with A = animationFrames and S = interpolationSteps, and shows the scene at position
// t = (i + j/S) / A between keyframe s and keyframe s+1 (keyframe 0 again for the ping-pong segment).
class AnimationRenderer {
    Q_DECLARE_TR_FUNCTIONS(AnimationRenderer)

public:
    // Called after each encoded frame; return false to abort the render (renderVideo then fails).
    using Progress = std::function<bool(int framesDone, int framesTotal)>;

    static int segmentCount(const AnimationSpec &spec);
    static int frameCount(const AnimationSpec &spec);

    // The keyframe image for one prompt (what the model's output-0.png shows for prompt_start).
    static QImage keyframe(const QString &prompt, quint32 seed, int width, int height);
    // Intermediate output PNG content: animation frame `index` (0 … animationFrames-1) of `segment`.
    static QImage frame(const AnimationSpec &spec, int segment, int index);
    // Output frame `frameIndex` (0 … frameCount-1) exactly as it appears in the GIF/MP4.
    static QImage videoFrame(const AnimationSpec &spec, int frameIndex);

    // Empty when the spec can be rendered, else a specific message.
    static QString validate(const AnimationSpec &spec);
    // Writes the GIF or MP4 (spec.format) atomically to path.
    static bool renderVideo(const AnimationSpec &spec, const QString &path, QString *error);
    static bool renderVideo(const AnimationSpec &spec, const QString &path, QString *error,
                            const Progress &progress);

    // GIF stores frame delays in centiseconds, so the effective GIF rate is 100 / delay.
    static int gifDelayCentiseconds(int fps);
    static double effectiveGifFps(int fps);
};

} // namespace sdanim::emulator
