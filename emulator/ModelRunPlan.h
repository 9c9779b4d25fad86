#pragma once

#include "model/AnimationPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sdanim::emulator {

// What andreasjansson/stable-diffusion-animation's predict() does for one input (spec §9): the
// stdout lines, the yielded files and when each happens, in simulated seconds from the start of
// predict() (multiply by the time scale for real time). The model's arithmetic comes from
// model::AnimationPlan; this class only schedules it with the default per-unit rates
// (model::UnitRates). Pure data; no clocks, no I/O.
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
        // What the file shows: the keyframe image (output-0.png), one frame latent (output-<i>.png)
        // or the whole video.
        enum class Content { Keyframe, Latent, Video };
        double at = 0;
        QString basename; // from AnimationPlan::outputNames(): output-<i>.png, video.gif or output.mp4
        Content content = Content::Video;
        int latent = 0;   // for Content::Latent: latent s·F + i of segment s, frame i
    };

    // A warm model still spends this long in "starting" (queue, hand-off to the container).
    static constexpr double kWarmStartSeconds = 4.0;
    // Of a cold boot, loading the diffusers pipeline takes this share before FILM's interpolator loads.
    static constexpr double kPipelineShareOfBoot = 0.75;

    // `input` is the validated input with the schema defaults filled in; "seed" may be absent, then
    // predict() draws one from 0 … 65535 (two random bytes) and `randomSeed` stands for that draw.
    static ModelRunPlan fromInput(const QJsonObject &input, quint32 randomSeed);
    // How long a cold container's setup() takes: --cold-boot-seconds, or without it (0) the warm
    // start's time.
    static double setupSeconds(double coldBootSeconds)
    {
        return coldBootSeconds > 0 ? coldBootSeconds : kWarmStartSeconds;
    }
    // The model's setup() lines while a cold container boots for `bootSeconds` (spec §9.3).
    static QList<Line> setupLines(double bootSeconds);
    static QString nsfwError();
    static bool mentionsNsfw(const QString &prompt);

    // The plan of this run, with `seed` set to the one predict() uses (hasSeed is always true).
    model::AnimationPlan animation;
    QList<Line> lines;
    QList<Output> outputs;   // in yield order; the video is always last
    bool fails = false;      // the safety checker rejects the keyframe image
    double failAt = 0;
    QString error;
    double endAt = 0;        // succeeded (or failed) at, in simulated seconds after predict() starts

    qint64 seed() const { return animation.seed; }
};

} // namespace sdanim::emulator
