#pragma once

#include "model/AnimationPlan.h"

#include <QImage>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sdanim::emulator {

// Renders the emulator's synthetic, clearly labelled stand-in for the model's output from the
// model's own plan (model::AnimationPlan): the same latents, the same video frames in the same order,
// the same frame delay. All functions are static, reentrant and deterministic (same plan and seed →
// same pixels and bytes): they share no state, so worker threads may call them concurrently.
// Drawing text needs a QGuiApplication to exist (offscreen platform is fine).
//
// Frame ordering (docs/emulator-render.md): latent L is the scene at t = plan.latentPosition(L).t
// between the scenes of its segment's two prompts; video frame g lies plan.videoFramePosition(g)
// .fraction of the way from latent L to latent L + 1. The seed is plan.seed.
class AnimationRenderer {
    Q_DECLARE_TR_FUNCTIONS(AnimationRenderer)

public:
    // Called after each encoded frame; return false to abort the render (renderVideo then fails).
    using Progress = std::function<bool(int framesDone, int framesTotal)>;

    // The image of one prompt on its own.
    static QImage keyframe(const QString &prompt, quint32 seed, int width, int height);
    // output-0.png: the model's keyframe image, which shows plan.keyframePrompt() (a middle prompt
    // for three or more prompts, spec §9.4).
    static QImage keyframeImage(const model::AnimationPlan &plan);
    // Frame latent `latent` (0 … frameLatents − 1) as decoded: output-<i>.png of segment s is latent s·F + i.
    static QImage latent(const model::AnimationPlan &plan, int latent);
    // Video frame `frameIndex` (0 … videoFrames − 1) exactly as it appears in the GIF/MP4.
    static QImage videoFrame(const model::AnimationPlan &plan, int frameIndex);

    // Empty when the plan can be rendered, else a specific message.
    static QString validate(const model::AnimationPlan &plan);
    // Writes the GIF or MP4 (plan.outputFormat) atomically to path.
    static bool renderVideo(const model::AnimationPlan &plan, const QString &path, QString *error);
    static bool renderVideo(const model::AnimationPlan &plan, const QString &path, QString *error,
                            const Progress &progress);
};

} // namespace sdanim::emulator
