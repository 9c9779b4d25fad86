#pragma once

#include "model/AnimationPlan.h"
#include "model/UnitRates.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace sdanim::api {

// Progress and time-to-go of one run of stable-diffusion-animation.
//
// The model prints no percentages, only the phase lines of spec §9.3. Each stage of the run is
// weighted by the seconds it should take: the AnimationPlan's compute units of that phase times
// the per-unit rates (documented defaults or the user's fitted ones), and the per-prediction
// overhead for delivery (upload, final status, download). A §9.3 line marks where a stage (or, for
// frames, an item) begins; between two marks progress advances with time at the expected rate but
// at most kGapShare of the way to the next mark. The fraction reaches 1 only through videoSaved():
// log lines alone never finish a run. It never goes back, whatever order or repetition lines come in.
//
// The ETA is the work left times this run's observed pace (milliseconds per second of expected
// work, measured over the marks seen so far), or times 1000 (the rates taken at their word) until
// a frame line has come after the first mark. Pure: the caller passes the clock.
class RunProgress
{
public:
    enum class Stage { NotStarted, SharedStart, Keyframes, Frames, Interpolation, Saving, Delivery, Done };
    static constexpr int kStageCount = 8;
    // How much of the gap to the next mark time alone may cover: a stage that overruns its
    // estimate waits just below the next stage instead of claiming it.
    static constexpr double kGapShare = 0.95;

    explicit RunProgress(const model::AnimationPlan &plan = model::AnimationPlan::fromInput({}),
                         const model::UnitRates &rates = model::UnitRates::defaults());
    // `input` as sent to the API; numbers given as strings are read like the plan reads them.
    static RunProgress fromInput(const QJsonObject &input,
                                 const model::UnitRates &rates = model::UnitRates::defaults());

    // Expected seconds of a stage at the rates (Delivery is the overhead; NotStarted and Done 0),
    // and where it begins as a fraction of the whole run.
    double stageSeconds(Stage stage) const { return m_seconds[std::size_t(stage)]; }
    double totalSeconds() const { return m_total; }
    double stageStart(Stage stage) const;

    // Feeds one log line seen at `nowMs`; true when it moved the run to a later mark.
    bool addLine(const QString &line, qint64 nowMs);
    // The prediction yielded its video (the output appeared, or the prediction succeeded):
    // saving is over, delivery begins. Ignored before any §9.3 line: without a log nothing says
    // how far the run is, so the fraction stays unknown until the file is saved.
    bool videoYielded(qint64 nowMs);
    // The video is on disk: the run is complete (fraction 1, ETA 0).
    bool videoSaved(qint64 nowMs);
    // Lets time move the fraction within the current stage; true when it grew.
    bool advance(qint64 nowMs);

    Stage stage() const { return m_mark.stage; }
    bool hasStarted() const { return m_mark.stage != Stage::NotStarted; }
    bool isComplete() const { return m_mark.stage == Stage::Done; }
    // As of the last call that fed or advanced it: -1 before the first §9.3 line, then 0 ≤ f < 1
    // until videoSaved(), then 1.
    double fraction() const { return m_shown; }
    // Milliseconds left at `nowMs`: -1 before the first line, 0 once complete, ≥ 1 in between.
    qint64 etaMs(qint64 nowMs) const;
    // Milliseconds one second of expected work takes in this run; 1000 until observed.
    double msPerWorkSecond() const;
    bool usesObservedPace() const;

private:
    struct Mark
    {
        Stage stage = Stage::NotStarted;
        int item = 0;     // the frame (s × F + i) within Frames; the line within SharedStart
        bool operator<(const Mark &o) const { return stage != o.stage ? stage < o.stage : item < o.item; }
    };
    bool moveTo(const Mark &mark, qint64 nowMs);
    double workBefore(Stage stage) const;      // seconds of expected work before `stage` begins
    double workAt(const Mark &mark) const;     // seconds of expected work done when `mark` begins
    double nextWorkAfter(const Mark &mark) const;
    double workAtTime(qint64 nowMs) const;     // including the time-based advance
    int frameItems() const;

    model::AnimationPlan m_plan;
    std::array<double, kStageCount> m_seconds{};
    double m_total = 0;

    Mark m_mark;
    qint64 m_markMs = 0;
    double m_markWork = 0;
    double m_nextWork = 0;
    double m_shown = -1;

    // The pace: from the first mark(s) seen (one batch, same timestamp) to the latest one.
    qint64 m_firstMs = -1;
    double m_firstWork = 0;
    qint64 m_lastMs = -1;
    double m_lastWork = 0;
    bool m_frameAfterFirst = false;
};

} // namespace sdanim::api
