#pragma once

#include "emulator/render/KeyframeScene.h"

#include <QImage>
#include <QString>

namespace sdanim::emulator {

// Paints a KeyframeScene plus the "offline preview" label into an existing image, so a renderer can
// reuse one buffer for every frame of a video.
class ScenePainter {
public:
    static void paint(QImage &target, const KeyframeScene &scene, const QString &prompt);
    // Height in pixels of the label band at the bottom of a frame of this size (tests look there).
    static int labelHeight(int width, int height);

private:
    static void paintLabel(QImage &target, const QString &prompt);
};

} // namespace sdanim::emulator
