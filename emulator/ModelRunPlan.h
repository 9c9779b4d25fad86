#pragma once

#include "emulator/render/AnimationSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sdanim::emulator {

// What andreasjansson/stable-diffusion-animation's predict() does for one input (spec §9): the
// stdout lines, the yielded files and when each happens, in simulated seconds from the start of
// predict() (multiply by the time scale for real time). Pure data; no clocks, no I/O.
class ModelRunPlan
{
public:
    struct Line
    {
        double at = 0;
        QString text;
    };
    struct Output
    {
        double at = 0;
        QString basename; // output-<i>.png, video.gif or output.mp4
        int segment = 0;  // for PNGs: which keyframe segment and animation frame it shows
        int index = 0;
        bool video = false;
    };

    // Simulated cold boot before predict() starts (status "starting").
    static constexpr double kBootSeconds = 4.0;
    // Between the last yield and the prediction being marked succeeded (upload, bookkeeping).
    static constexpr double kFinishSeconds = 0.2;

    // `input` is the validated input with the schema defaults filled in; "seed" may be absent.
    static ModelRunPlan fromInput(const QJsonObject &input, quint32 randomSeed);
    static QString nsfwError();
    static bool mentionsNsfw(const QStringList &prompts);
    // prompt_start followed by the '|' pieces of prompt_end, each trimmed.
    static QStringList keyframePrompts(const QString &promptStart, const QString &promptEnd);
    // int(num_inference_steps * (1 - prompt_strength)), truncated like Python's int().
    static int initialLatentSteps(int steps, double strength);

    qint64 seed = 0;
    AnimationSpec spec;
    QList<Line> lines;
    QList<Output> outputs;   // in yield order; the video is always last
    bool fails = false;      // the safety checker rejects the keyframes
    double failAt = 0;
    QString error;
    double endAt = 0;        // succeeded (or failed) at, in simulated seconds after predict() starts
};

} // namespace sdanim::emulator
