#include "api/RunProgress.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sdanim::api {

namespace {

using Phase = model::AnimationPlan::Phase;

// Even a zero fitted overhead leaves the upload and the download: delivery keeps a share of the
// bar so that the video's arrival, not the last log line, is what fills it.
constexpr double kMinDeliverySeconds = 0.5;
// No ETA beyond this (about 11.5 days); guards the arithmetic against absurd paces.
constexpr double kMaxEtaMs = 1.0e9;

double nonNegative(double seconds)
{
    return std::isfinite(seconds) && seconds > 0 ? seconds : 0.0;
}

std::array<double, RunProgress::kStageCount> stageSecondsFor(const model::AnimationPlan &plan,
                                                             const model::UnitRates &rates)
{
    using Stage = RunProgress::Stage;
    std::array<double, RunProgress::kStageCount> s{};
    s[std::size_t(Stage::SharedStart)] = nonNegative(rates.seconds(plan.phaseUnits(Phase::SharedStart)));
    s[std::size_t(Stage::Keyframes)] = nonNegative(rates.seconds(plan.phaseUnits(Phase::Keyframes)));
    s[std::size_t(Stage::Frames)] = nonNegative(rates.seconds(plan.phaseUnits(Phase::Frames)));
    s[std::size_t(Stage::Interpolation)] = nonNegative(rates.seconds(plan.phaseUnits(Phase::Interpolation)));
    s[std::size_t(Stage::Saving)] = nonNegative(rates.seconds(plan.phaseUnits(Phase::Saving)));
    s[std::size_t(Stage::Delivery)] = std::max(kMinDeliverySeconds, nonNegative(rates.overhead));
    return s;
}

} // namespace

RunProgress::RunProgress(const model::AnimationPlan &plan, const model::UnitRates &rates)
    : m_plan(plan), m_seconds(stageSecondsFor(plan, rates))
{
    for (double s : m_seconds)
        m_total += s;
}

RunProgress RunProgress::fromInput(const QJsonObject &input, const model::UnitRates &rates)
{
    return RunProgress(model::AnimationPlan::fromInput(input), rates);
}

double RunProgress::workBefore(Stage stage) const
{
    double before = 0;
    for (int i = 0; i < int(stage) && i < kStageCount; ++i)
        before += m_seconds[std::size_t(i)];
    return before;
}

double RunProgress::stageStart(Stage stage) const
{
    return std::min(1.0, workBefore(stage) / m_total);
}

int RunProgress::frameItems() const
{
    // The model's frame loop: every segment renders num_animation_frames frames (§9.3).
    const qint64 items = qint64(std::max(0, m_plan.segments)) * std::max(0, m_plan.animationFrames);
    return int(std::min<qint64>(items, std::numeric_limits<int>::max()));
}

double RunProgress::workAt(const Mark &mark) const
{
    double work = workBefore(mark.stage);
    const int items = frameItems();
    if (mark.stage == Stage::Frames && items > 0)
        work += stageSeconds(Stage::Frames) * double(mark.item) / items;
    return work;
}

double RunProgress::nextWorkAfter(const Mark &mark) const
{
    if (mark.stage == Stage::Done)
        return m_total;
    if (mark.stage == Stage::Frames && mark.item + 1 < frameItems())
        return workAt(Mark{Stage::Frames, mark.item + 1});
    return workBefore(Stage(int(mark.stage) + 1));
}

bool RunProgress::addLine(const QString &line, qint64 nowMs)
{
    static const QRegularExpression seed(QStringLiteral(R"(\bUsing seed:\s*-?\d+)"));
    static const QRegularExpression latents(QStringLiteral(R"(\bGenerating initial latents for\s+-?\d+\s+steps)"));
    static const QRegularExpression keyframes(QStringLiteral(R"(\bGenerating first and last keyframes)"));
    static const QRegularExpression frame(QStringLiteral(R"(\bGenerating frame\s+(\d{1,9})\s+of keyframe\s+(\d{1,9}))"));
    static const QRegularExpression interpolating(QStringLiteral(R"(\bInterpolating images (?:with FILM|from latents))"));
    static const QRegularExpression saving(QStringLiteral(R"(\bSaving (?:GIF|MP4)\b)"));

    if (const QRegularExpressionMatch m = frame.match(line); m.hasMatch()) {
        const qint64 frames = std::max(1, m_plan.animationFrames);
        const qint64 i = std::min<qint64>(m.captured(1).toLongLong(), frames - 1);
        const qint64 s = m.captured(2).toLongLong();
        // The line is printed as frame i begins: s × F + i frames are done.
        const qint64 item = std::clamp<qint64>(s * frames + i, 0, std::max(0, frameItems() - 1));
        return moveTo(Mark{Stage::Frames, int(item)}, nowMs);
    }
    if (seed.match(line).hasMatch())
        return moveTo(Mark{Stage::SharedStart, 0}, nowMs);
    if (latents.match(line).hasMatch())
        return moveTo(Mark{Stage::SharedStart, 1}, nowMs);
    if (keyframes.match(line).hasMatch())
        return moveTo(Mark{Stage::Keyframes, 0}, nowMs);
    if (interpolating.match(line).hasMatch())
        return moveTo(Mark{Stage::Interpolation, 0}, nowMs);
    if (saving.match(line).hasMatch())
        return moveTo(Mark{Stage::Saving, 0}, nowMs);
    return false;
}

bool RunProgress::videoYielded(qint64 nowMs)
{
    if (!hasStarted())
        return false;
    return moveTo(Mark{Stage::Delivery, 0}, nowMs);
}

bool RunProgress::videoSaved(qint64 nowMs)
{
    return moveTo(Mark{Stage::Done, 0}, nowMs);
}

bool RunProgress::moveTo(const Mark &mark, qint64 nowMs)
{
    if (!(m_mark < mark))
        return false;   // a repeated or earlier line (a poll and the stream overlapping, a log sent again)
    m_mark = mark;
    m_markMs = nowMs;
    m_markWork = std::max(m_markWork, workAt(mark));
    m_nextWork = std::max(m_markWork, nextWorkAfter(mark));
    if (m_firstMs < 0 || (m_lastMs < 0 && nowMs <= m_firstMs)) {
        // Lines that arrive together (one poll) count as one observation: the time the earlier
        // ones took happened before anything was seen.
        if (m_firstMs < 0)
            m_firstMs = nowMs;
        m_firstWork = m_markWork;
    } else if (nowMs > m_firstMs) {
        m_lastMs = nowMs;
        m_lastWork = m_markWork;
    }
    const double shown = mark.stage == Stage::Done ? 1.0 : m_markWork / m_total;
    m_shown = std::max(m_shown, shown);
    return true;
}

bool RunProgress::usesObservedPace() const
{
    return m_lastMs > m_firstMs && m_lastWork > m_firstWork && m_mark.stage >= Stage::Frames;
}

double RunProgress::msPerWorkSecond() const
{
    if (!usesObservedPace())
        return 1000.0;
    return double(m_lastMs - m_firstMs) / (m_lastWork - m_firstWork);
}

double RunProgress::workAtTime(qint64 nowMs) const
{
    if (!hasStarted() || isComplete())
        return isComplete() ? m_total : 0.0;
    const double elapsed = double(std::max<qint64>(0, nowMs - m_markMs));
    const double advance = elapsed / std::max(1e-9, msPerWorkSecond());
    return m_markWork + std::min(advance, kGapShare * (m_nextWork - m_markWork));
}

bool RunProgress::advance(qint64 nowMs)
{
    if (!hasStarted() || isComplete())
        return false;
    const double f = workAtTime(nowMs) / m_total;
    if (!(f > m_shown))
        return false;
    m_shown = f;
    return true;
}

qint64 RunProgress::etaMs(qint64 nowMs) const
{
    if (!hasStarted())
        return -1;
    if (isComplete())
        return 0;
    const double work = std::max(workAtTime(nowMs), m_shown * m_total);
    const double remaining = std::max(0.0, m_total - work) * msPerWorkSecond();
    return qint64(std::llround(std::clamp(remaining, 1.0, kMaxEtaMs)));
}

} // namespace sdanim::api
