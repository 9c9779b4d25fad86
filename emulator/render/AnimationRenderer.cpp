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

#include <cmath>
#include <filesystem>
#include <memory>
#include <numbers>
#include <system_error>
#include <vector>

namespace sdanim::emulator {

namespace {

// FILM interpolation moves at constant speed through a segment; latent interpolation (spherical
// interpolation of noise in the real model) is rendered with a cosine ease-in/ease-out instead.
double segmentPosition(const AnimationSpec &spec, double linear)
{
    return spec.filmInterpolation ? linear : (1.0 - std::cos(std::numbers::pi * linear)) / 2.0;
}

const QString &promptAt(const AnimationSpec &spec, int keyframe)
{
    return spec.keyframePrompts[keyframe % spec.keyframePrompts.size()];
}

QImage renderScene(const KeyframeScene &from, const KeyframeScene &to, double t, const QString &label,
                   int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    ScenePainter::paint(image, KeyframeScene::interpolate(from, to, t), label);
    return image;
}

} // namespace

int AnimationRenderer::segmentCount(const AnimationSpec &spec)
{
    const int prompts = int(spec.keyframePrompts.size());
    if (prompts == 0)
        return 0;
    return prompts - 1 + (spec.pingPong ? 1 : 0);
}

int AnimationRenderer::frameCount(const AnimationSpec &spec)
{
    return segmentCount(spec) * std::max(0, spec.animationFrames) * std::max(0, spec.interpolationSteps);
}

int AnimationRenderer::gifDelayCentiseconds(int fps) { return GifEncoder::delayCentiseconds(fps); }

double AnimationRenderer::effectiveGifFps(int fps) { return 100.0 / gifDelayCentiseconds(fps); }

QImage AnimationRenderer::keyframe(const QString &prompt, quint32 seed, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    ScenePainter::paint(image, KeyframeScene::fromPrompt(prompt, seed), prompt);
    return image;
}

QImage AnimationRenderer::frame(const AnimationSpec &spec, int segment, int index)
{
    if (segment < 0 || segment >= segmentCount(spec) || index < 0 || index >= spec.animationFrames)
        return {};
    const QString &fromPrompt = promptAt(spec, segment);
    const QString &toPrompt = promptAt(spec, segment + 1);
    const double t = segmentPosition(spec, double(index) / spec.animationFrames);
    return renderScene(KeyframeScene::fromPrompt(fromPrompt, spec.seed),
                       KeyframeScene::fromPrompt(toPrompt, spec.seed), t, t < 0.5 ? fromPrompt : toPrompt,
                       spec.width, spec.height);
}

QImage AnimationRenderer::videoFrame(const AnimationSpec &spec, int frameIndex)
{
    if (frameIndex < 0 || frameIndex >= frameCount(spec))
        return {};
    const int perSegment = spec.animationFrames * spec.interpolationSteps;
    const int segment = frameIndex / perSegment;
    const double t = segmentPosition(spec, double(frameIndex % perSegment) / perSegment);
    const QString &fromPrompt = promptAt(spec, segment);
    const QString &toPrompt = promptAt(spec, segment + 1);
    return renderScene(KeyframeScene::fromPrompt(fromPrompt, spec.seed),
                       KeyframeScene::fromPrompt(toPrompt, spec.seed), t, t < 0.5 ? fromPrompt : toPrompt,
                       spec.width, spec.height);
}

QString AnimationRenderer::validate(const AnimationSpec &spec)
{
    if (spec.keyframePrompts.isEmpty())
        return tr("An animation needs at least one prompt");
    if (segmentCount(spec) < 1)
        return tr("An animation needs at least two prompts, or ping-pong with one");
    if (spec.width < 16 || spec.height < 16 || spec.width > 4096 || spec.height > 4096)
        return tr("Frame size %1x%2 is outside 16 … 4096 pixels").arg(spec.width).arg(spec.height);
    if (spec.animationFrames < 1 || spec.interpolationSteps < 1)
        return tr("Animation frames and interpolation steps must be at least 1");
    if (spec.fps < 1 || spec.fps > 100)
        return tr("Frames per second must be between 1 and 100, got %1").arg(spec.fps);
    if (spec.format != QLatin1String("gif") && spec.format != QLatin1String("mp4"))
        return tr("Unknown output format \"%1\" (expected gif or mp4)").arg(spec.format);
    if (spec.format == QLatin1String("mp4") && (spec.width % 2 || spec.height % 2))
        return tr("MP4 needs an even width and height, got %1x%2").arg(spec.width).arg(spec.height);
    return {};
}

bool AnimationRenderer::renderVideo(const AnimationSpec &spec, const QString &path, QString *error)
{
    return renderVideo(spec, path, error, {});
}

bool AnimationRenderer::renderVideo(const AnimationSpec &spec, const QString &path, QString *error,
                                    const Progress &progress)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = validate(spec); !problem.isEmpty())
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
    if (spec.format == QLatin1String("mp4"))
        encoder = std::make_unique<Mp4Encoder>();
    else
        encoder = std::make_unique<GifEncoder>();
    if (!encoder->open(partial.fileName(), spec.width, spec.height, spec.fps))
        return failWith(encoder->errorString());

    std::vector<KeyframeScene> keyframes;
    keyframes.reserve(size_t(spec.keyframePrompts.size()));
    for (const QString &prompt : spec.keyframePrompts)
        keyframes.push_back(KeyframeScene::fromPrompt(prompt, spec.seed));

    const int total = frameCount(spec);
    const int perSegment = spec.animationFrames * spec.interpolationSteps;
    const int prompts = int(keyframes.size());
    QImage buffer(spec.width, spec.height, QImage::Format_RGB32);
    for (int g = 0; g < total; ++g) {
        const int segment = g / perSegment;
        const double t = segmentPosition(spec, double(g % perSegment) / perSegment);
        const int from = segment % prompts, to = (segment + 1) % prompts;
        ScenePainter::paint(buffer, KeyframeScene::interpolate(keyframes[size_t(from)], keyframes[size_t(to)], t),
                            t < 0.5 ? spec.keyframePrompts[from] : spec.keyframePrompts[to]);
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
