#include "emulator/render/AnimationRenderer.h"

#include "emulator/render/GifEncoder.h"
#include "emulator/render/KeyframeScene.h"
#include "emulator/render/Mp4Encoder.h"
#include "emulator/render/ScenePainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

namespace sdanim::emulator {

using model::AnimationPlan;

namespace {

// Where on the path through the prompts an image lies: `u` of the way from prompt `from` to `to`.
struct PathPoint
{
    int from = 0;
    int to = 1;
    double u = 0;
};

PathPoint latentPoint(const AnimationPlan &plan, int latent)
{
    const AnimationPlan::LatentPosition pos = plan.latentPosition(latent);
    return {pos.fromPrompt, pos.toPrompt, pos.t};
}

// Latent L + 1 is either the next step (t + 1/F) of the same segment or t = 0 of the next segment,
// which is this segment's target prompt (t = 1; for the ping-pong loop the first frame again), so a
// point between two latents stays on the segment of latent L.
PathPoint videoPoint(const AnimationPlan &plan, int videoFrame)
{
    const AnimationPlan::VideoFramePosition pos = plan.videoFramePosition(videoFrame);
    PathPoint point = latentPoint(plan, pos.latent);
    point.u += pos.fraction / std::max(1, plan.animationFrames);
    return point;
}

quint32 seedOf(const AnimationPlan &plan)
{
    return quint32(plan.seed);
}

void paintPoint(QImage &target, const AnimationPlan &plan, const std::vector<KeyframeScene> &scenes,
                const PathPoint &point)
{
    ScenePainter::paint(target,
                        KeyframeScene::interpolate(scenes[size_t(point.from)], scenes[size_t(point.to)], point.u),
                        point.u < 0.5 ? plan.prompts[point.from] : plan.prompts[point.to]);
}

std::vector<KeyframeScene> scenesOf(const AnimationPlan &plan)
{
    std::vector<KeyframeScene> scenes;
    scenes.reserve(size_t(plan.prompts.size()));
    for (const QString &prompt : plan.prompts)
        scenes.push_back(KeyframeScene::fromPrompt(prompt, seedOf(plan)));
    return scenes;
}

QImage renderPoint(const AnimationPlan &plan, const PathPoint &point)
{
    QImage image(plan.width, plan.height, QImage::Format_RGB32);
    paintPoint(image, plan, scenesOf(plan), point);
    return image;
}

} // namespace

QImage AnimationRenderer::keyframe(const QString &prompt, quint32 seed, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    ScenePainter::paint(image, KeyframeScene::fromPrompt(prompt, seed), prompt);
    return image;
}

QImage AnimationRenderer::keyframeImage(const AnimationPlan &plan)
{
    if (!validate(plan).isEmpty())
        return {};
    return keyframe(plan.keyframePrompt(), seedOf(plan), plan.width, plan.height);
}

QImage AnimationRenderer::latent(const AnimationPlan &plan, int latent)
{
    if (latent < 0 || latent >= plan.frameLatents || !validate(plan).isEmpty())
        return {};
    return renderPoint(plan, latentPoint(plan, latent));
}

QImage AnimationRenderer::videoFrame(const AnimationPlan &plan, int frameIndex)
{
    if (frameIndex < 0 || frameIndex >= plan.videoFrames || !validate(plan).isEmpty())
        return {};
    return renderPoint(plan, videoPoint(plan, frameIndex));
}

QString AnimationRenderer::validate(const AnimationPlan &plan)
{
    if (plan.width < 16 || plan.height < 16 || plan.width > 4096 || plan.height > 4096)
        return tr("Frame size %1x%2 is outside 16 … 4096 pixels").arg(plan.width).arg(plan.height);
    if (plan.animationFrames < 1 || plan.interpolationSteps < 1)
        return tr("Animation frames and interpolation steps must be at least 1");
    if (plan.fps < 1 || plan.fps > 100)
        return tr("Frames per second must be between 1 and 100, got %1").arg(plan.fps);
    if (plan.outputFormat != QLatin1String("gif") && plan.outputFormat != QLatin1String("mp4"))
        return tr("Unknown output format \"%1\" (expected gif or mp4)").arg(plan.outputFormat);
    if (plan.mp4() && (plan.width % 2 || plan.height % 2))
        return tr("MP4 needs an even width and height, got %1x%2").arg(plan.width).arg(plan.height);
    if (plan.videoFrames < 1 || plan.promptCount() < 2)
        return tr("These inputs give a video without frames");
    return {};
}

bool AnimationRenderer::renderVideo(const AnimationPlan &plan, const QString &path, QString *error)
{
    return renderVideo(plan, path, error, {});
}

bool AnimationRenderer::renderVideo(const AnimationPlan &plan, const QString &path, QString *error,
                                    const Progress &progress)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = validate(plan); !problem.isEmpty())
        return failWith(problem);

    // Encode into a hidden sibling and rename over the target at the end, so a reader never sees a
    // half-written video (the emulator may serve the path while another render is running).
    const QFileInfo target(path);
    QTemporaryFile partial(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                           + QStringLiteral(".XXXXXX.part"));
    if (!partial.open())
        return failWith(tr("Cannot create a file in %1: %2")
                            .arg(QDir::toNativeSeparators(target.absolutePath()), partial.errorString()));
    partial.close();

    std::unique_ptr<VideoEncoder> encoder;
    if (plan.mp4())
        encoder = std::make_unique<Mp4Encoder>();
    else
        encoder = std::make_unique<GifEncoder>();
    if (!encoder->open(partial.fileName(), plan.width, plan.height, plan.fps))
        return failWith(encoder->errorString());

    const std::vector<KeyframeScene> scenes = scenesOf(plan);
    const int total = plan.videoFrames;
    QImage buffer(plan.width, plan.height, QImage::Format_RGB32);
    for (int g = 0; g < total; ++g) {
        paintPoint(buffer, plan, scenes, videoPoint(plan, g));
        if (!encoder->addFrame(buffer))
            return failWith(encoder->errorString());
        if (progress && !progress(g + 1, total))
            return failWith(tr("Rendering was canceled"));
    }
    if (!encoder->finish())
        return failWith(encoder->errorString());

    QFile::setPermissions(partial.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                  | QFile::ReadOther);
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(partial.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), renameError);
    if (renameError)
        return failWith(tr("Cannot move the finished video to %1: %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromStdString(renameError.message())));
    partial.setAutoRemove(false);
    return true;
}

} // namespace sdanim::emulator
