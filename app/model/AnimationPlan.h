#pragma once

#include "model/ComputeUnits.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdanim::model {

// What andreasjansson/stable-diffusion-animation's predict() will do for one input, read from the
// model's source (spec §9.4, §9.5): prompts, segments, frame latents, FILM's multiplier, the video's
// frame count and timing, the keyframe quirk, the intermediate files and the compute per phase.
// This is the one place that knows the model's arithmetic: the emulator renders and times from it,
// the form and the CLI describe it, progress and estimates weigh with it. Pure: no I/O, no clock.
class AnimationPlan
{
public:
    // The parts of predict() in order, for progress weighting and the emulator's schedule.
    enum class Phase { SharedStart, Keyframes, Frames, Interpolation, Saving };
    static constexpr int kPhaseCount = 5;

    // Things the API accepts that a user rarely means (spec §9.4). Never a reason to refuse a run.
    enum class Warning {
        StrengthNotPositive,  // prompt_strength ≤ 0: every frame looks the same
        StrengthOne,          // prompt_strength = 1: no shared start, frames jump
        StrengthAboveOne,     // prompt_strength > 1: Python's negative slice, last |k| steps only
        EmptyStartPrompt,     // prompt_start is blank: the model embeds ""
        EmptyEndPrompt,       // a piece of prompt_end is blank (`a | | b`)
        LastPromptNeverReached, // without ping-pong t = i/F never reaches 1
        PingPongExtraSegment  // gif_ping_pong renders a whole extra segment back to the start
    };
    struct Notice
    {
        Warning warning;
        QString field;   // the input the warning belongs next to
        int index = -1;  // for EmptyEndPrompt: which end prompt (0-based); else -1
    };

    // Where one latent (frame image before interpolation) sits: frame `frame` of segment `segment`,
    // denoised with slerp(t, prompt[fromPrompt], prompt[toPrompt]).
    struct LatentPosition
    {
        int segment = 0;
        int frame = 0;
        double t = 0;
        int fromPrompt = 0;
        int toPrompt = 1;
    };
    // A video frame lies `fraction` of the way from latent `latent` to latent `latent + 1`
    // (fraction 0 is the latent itself).
    struct VideoFramePosition
    {
        int latent = 0;
        double fraction = 0;
    };

    // `input` as sent to the API; absent fields take the model's defaults and numbers given as
    // strings ("25") are read like the API's older versions did. An absent seed stays absent.
    static AnimationPlan fromInput(const QJsonObject &input);

    // P = [prompt_start] + [p.strip() for p in prompt_end.strip().split("|")]; empty pieces kept.
    static QStringList splitPrompts(const QString &promptStart, const QString &promptEnd);
    // int(steps × (1 − strength)) in IEEE double, truncated toward zero like Python's int().
    static int initialSteps(int steps, double strength);
    // r = max(ceil(log2(n)), 1): FILM inserts 2^r − 1 recursive midpoints between each pair.
    static int filmRecursions(int interpolationSteps);
    // The smallest num_interpolation_steps that gives the same FILM multiplier as `n`.
    static int smallestStepsWithSameMultiplier(int interpolationSteps);
    // PIL: duration = int(1000 / fps) ms per frame; GIF stores int(ms / 10) centiseconds.
    static int gifFrameDelayMs(int fps);
    static int gifDelayCentiseconds(int fps);
    // Python's len(seq[start:stop]) for a sequence of `length` (negative indexes count from the end).
    static int sliceLength(int length, int start, int stop);
    // The scheduler's timestep count for num_inference_steps (PNDM in diffusers 0.2.4: steps + 9).
    static int schedulerTimesteps(int inferenceSteps);

    // Inputs as the model reads them.
    QStringList prompts;          // K = prompts.size() ≥ 2
    int width = 512;
    int height = 512;
    int inferenceSteps = 50;
    double promptStrength = 0.8;
    int animationFrames = 10;     // F
    int interpolationSteps = 5;   // n
    double guidanceScale = 7.5;
    int fps = 20;
    bool pingPong = false;
    bool film = true;
    bool intermediateOutput = false;
    bool hasSeed = false;
    qint64 seed = 0;              // when hasSeed
    QString outputFormat = QStringLiteral("gif");

    // Derived, all from §9.4/§9.5.
    int segments = 1;             // S = K − 1, + 1 with ping-pong
    int frameLatents = 10;        // N = S · F, + 1 with ping-pong
    int recursions = 3;           // r (FILM only)
    int multiplier = 8;           // 2^r with FILM, n in latent mode
    int videoFrames = 73;         // (N − 1) · 2^r + 1, or (N − 1) · n
    double durationSeconds = 3.65; // videoFrames / fps
    int initialLatentSteps = 9;   // k
    int timesteps = 59;           // T
    int sharedSteps = 8;          // len(timesteps[1:k])
    int stepsPerFrame = 50;       // len(timesteps[k:])
    bool classifierFreeGuidance = true; // guidance_scale > 1 doubles the UNet batch
    int keyframePromptIndex = 0;  // m: K//2 − 1 for even K, K//2 for odd K
    QStringList intermediateNames; // output-0.png, output-1.png … in yield order (names repeat)
    QString videoName = QStringLiteral("video.gif"); // or output.mp4

    int promptCount() const { return int(prompts.size()); }
    bool mp4() const { return outputFormat == QLatin1String("mp4"); }
    QString keyframePrompt() const { return prompts.value(keyframePromptIndex); }
    // Every file the prediction yields, in order; the video is last.
    QStringList outputNames() const;

    LatentPosition latentPosition(int latent) const;
    VideoFramePosition videoFramePosition(int videoFrame) const;

    ComputeUnits phaseUnits(Phase phase) const;
    ComputeUnits totalUnits() const;
    QList<Notice> notices() const;
};

} // namespace sdanim::model
