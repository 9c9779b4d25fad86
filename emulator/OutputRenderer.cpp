#include "emulator/OutputRenderer.h"

#include "emulator/SimulatedPrediction.h"
#include "emulator/render/AnimationRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

namespace sdanim::emulator {

namespace {

bool savePng(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = QCoreApplication::translate("OutputRenderer", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QImage OutputRenderer::still(const ModelRunPlan &plan, const ModelRunPlan::Output &output)
{
    switch (output.content) {
    case ModelRunPlan::Output::Content::Keyframe:
        return AnimationRenderer::keyframeImage(plan.animation);
    case ModelRunPlan::Output::Content::Latent:
        return AnimationRenderer::latent(plan.animation, output.latent);
    case ModelRunPlan::Output::Content::Video:
        break;
    }
    return {};
}

void OutputRenderer::render(const std::shared_ptr<SimulatedPrediction> &prediction)
{
    const ModelRunPlan &plan = prediction->setup().plan;
    const auto &files = prediction->files();
    for (int j = 0; j < files.size() && j < plan.outputs.size(); ++j) {
        if (prediction->cancelRequested())
            return;
        const ModelRunPlan::Output &out = plan.outputs[j];
        QDir().mkpath(QFileInfo(files[j].localPath).absolutePath());
        QString error;
        bool ok = false;
        if (out.content == ModelRunPlan::Output::Content::Video) {
            ok = AnimationRenderer::renderVideo(plan.animation, files[j].localPath, &error,
                                                [&](int, int) { return !prediction->cancelRequested(); });
        } else {
            ok = savePng(still(plan, out), files[j].localPath, &error);
        }
        if (prediction->cancelRequested())
            return;
        if (!ok) {
            prediction->markRenderFailed(error, EmulatorClock::nowNs());
            return;
        }
        prediction->markOutputReady(j, EmulatorClock::nowNs());
    }
}

} // namespace sdanim::emulator
