#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdanim::storyboard {

// One transition of a storyboard: the prediction from prompt k to prompt k + 1, with its own
// length, and what the last run of it left behind (so a re-run of another transition can leave
// it alone).
struct StoryboardTransition
{
    int animationFrames = 10;    // num_animation_frames
    int interpolationSteps = 5;  // num_interpolation_steps
    double promptStrength = 0.8; // prompt_strength
    // Frames of this transition's end blended with the next one's start (0: a plain cut). Ignored
    // on the last transition.
    int crossfadeFrames = 0;

    // The last successful run: the input it sent, its prediction and its saved video.
    QJsonObject ranInput;
    QString predictionId;
    QString outputFile;

    bool operator==(const StoryboardTransition &) const = default;
};

// A storyboard project: an ordered list of prompts, a transition between each neighbouring pair,
// and what all of them share (seed, size, fps, format). It runs as one prediction per transition
// (StoryboardRunner) and is stitched into one file locally (StoryboardStitcher). Saved as a JSON
// project file with a format version; see docs/storyboard.md for the file format.
class Storyboard
{
public:
    static constexpr int FormatVersion = 1;
    // A project is a few prompts and numbers; anything larger is not one of ours.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxPrompts = 51;            // 50 transitions
    static constexpr int MaxPromptLength = 2000;
    // The stitcher holds one whole part decoded (media::AnimationThumbnails, at most 400 frames);
    // a longer transition is refused before it runs, not after it was paid for.
    static constexpr int MaxPartFrames = 399;

    QStringList prompts;                       // ≥ 2
    QList<StoryboardTransition> transitions;   // prompts.size() − 1
    qint64 seed = 0;
    int width = 512;
    int height = 512;
    int inferenceSteps = 50;
    double guidanceScale = 7.5;
    int fps = 20;
    QString outputFormat = QStringLiteral("gif");   // of every part and of the stitched file
    // The last stitched file and where each transition starts in it (the first always at 0).
    QString stitchedFile;
    QList<int> boundaryFrames;

    int transitionCount() const { return int(transitions.size()); }
    // Adds or drops transitions at the end so that there is one per pair of prompts.
    void fitTransitions();

    // The input sent for transition `index`: prompts[index] → prompts[index + 1] with the shared
    // values. Never intermediate outputs, never ping-pong: the stitch needs the video only.
    QJsonObject inputFor(int index) const;
    // The video frames transition `index` makes (model::AnimationPlan of its input).
    int partFrames(int index) const;
    // The crossfade actually used at the boundary after transition `index` (0 after the last).
    int crossfadeAfter(int index) const;
    // Σ part frames − Σ crossfades: the stitched file's frame count.
    int stitchedFrames() const;
    // Where each transition starts in the stitched file, from the plan (boundaryFrames after a stitch).
    QList<int> plannedBoundaries() const;

    // Whether transition `index` has to run: it never ran, its input changed since, or (with
    // `checkFile`, a stat on disk) its video is gone.
    bool needsRun(int index, bool checkFile = true) const;
    // The transitions a run starts, in order: those that need it, and those in `forced` (re-runs).
    QList<int> pendingTransitions(const QList<int> &forced = {}, bool checkFiles = true) const;
    // Drops the last run of every transition whose video is gone (disk: a worker thread's job), so
    // that needsRun(…, false) is right without looking at the disk again.
    void forgetMissingOutputs();

    // Problems that would make a run or a stitch fail, each a sentence naming the place; empty: fine.
    QStringList validate() const;

    QJsonObject toJson() const;
    // `errors` gets one sentence per problem; relative output paths resolve against `baseDir`.
    static std::optional<Storyboard> fromJson(const QJsonObject &json, QStringList *errors, const QString &baseDir = QString());
    // Reads a project file (at most MaxFileBytes); nullopt with the reasons in `errors`.
    static std::optional<Storyboard> load(const QString &path, QStringList *errors);
    // Writes atomically (QSaveFile); false with the reason in `error`.
    bool save(const QString &path, QString *error) const;

    // A new project with two prompts and a drawn seed.
    static Storyboard createDefault();
};

} // namespace sdanim::storyboard
