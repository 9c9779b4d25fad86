#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace sdanim::emulator {

// A resolution-independent description of one synthetic keyframe. Frames between two keyframes are
// rendered from interpolated scenes (shapes move and morph) rather than by blending pixels.
class KeyframeScene {
public:
    // Every blob has the same number of outline points so any two scenes can morph into each other.
    static constexpr int kOutlinePoints = 48;
    static constexpr int kBlobCount = 6;
    static constexpr int kHillPoints = 25;

    struct Blob {
        QPointF center;          // fraction of width/height
        double radius = 0;       // fraction of min(width, height)
        QList<QPointF> outline;  // offsets from center, fraction of min(width, height)
        QColor inner;
        QColor outer;
    };

    QColor skyTop, skyMiddle, skyBottom;
    double gradientAngle = 0;    // radians; 0 = left to right, pi/2 = top to bottom
    QPointF glowCenter;          // fraction of width/height
    double glowRadius = 0;       // fraction of min(width, height)
    QColor glowColor;
    QList<double> farHills;      // kHillPoints heights, fraction of height from the top
    QList<double> nearHills;
    QColor farHillColor, nearHillColor;
    QList<Blob> blobs;           // kBlobCount, painted back to front

    // The prompt alone decides palette and composition; the seed perturbs hue, positions and outlines.
    static KeyframeScene fromPrompt(const QString &prompt, quint32 seed);
    // t = 0 gives a, t = 1 gives b; in between the blobs also swirl so motion is not a straight slide.
    static KeyframeScene interpolate(const KeyframeScene &a, const KeyframeScene &b, double t);
};

} // namespace sdanim::emulator
