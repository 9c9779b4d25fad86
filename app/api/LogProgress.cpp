#include "api/LogProgress.h"

#include "api/LenientJson.h"

#include <QRegularExpression>

#include <algorithm>

namespace sdanim::api {

LogProgress::LogProgress(int segments, int framesPerSegment)
    : m_segments(std::max(1, segments)), m_frames(std::max(1, framesPerSegment))
{
}

int LogProgress::segmentsFor(const QJsonObject &input)
{
    int pieces = 0;
    for (const QString &p : input.value(QLatin1String("prompt_end")).toString().split(QLatin1Char('|')))
        if (!p.trimmed().isEmpty()) ++pieces;
    const int prompts = 1 + std::max(1, pieces);
    return (prompts - 1) + (LenientJson::boolean(input.value(QLatin1String("gif_ping_pong"))) ? 1 : 0);
}

int LogProgress::framesPerSegmentFor(const QJsonObject &input)
{
    return std::max(1, int(LenientJson::number(input.value(QLatin1String("num_animation_frames")), 10)));
}

LogProgress LogProgress::fromInput(const QJsonObject &input)
{
    return LogProgress(segmentsFor(input), framesPerSegmentFor(input));
}

bool LogProgress::addLine(const QString &line, qint64 nowMs)
{
    static const QRegularExpression frame(QStringLiteral(R"(Generating frame\s+(\d+)\s+of keyframe\s+(\d+))"));
    const QRegularExpressionMatch m = frame.match(line);
    if (!m.hasMatch()) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("Interpolating")) || t.startsWith(QLatin1String("Saving"))
            || t.startsWith(QLatin1String("Generating")))
            m_phase = t;
        return false;
    }
    const int i = m.captured(1).toInt();
    const int s = m.captured(2).toInt();
    const int done = std::clamp(s * m_frames + i + 1, 0, totalFrames());
    m_phase = line.trimmed();
    if (done <= m_done)
        return false;
    if (m_firstMs < 0) {
        // The rate is measured from the first frame line on, so the keyframe and latent set-up
        // before it does not skew the estimate.
        m_firstMs = nowMs;
        m_firstDone = done;
    }
    m_done = done;
    m_lastMs = nowMs;
    return true;
}

double LogProgress::fraction() const
{
    if (m_firstMs < 0) return -1;
    return double(m_done) / double(totalFrames());
}

qint64 LogProgress::etaMs(qint64 nowMs) const
{
    if (m_firstMs < 0 || m_done <= m_firstDone || m_lastMs <= m_firstMs)
        return -1;
    const double msPerFrame = double(m_lastMs - m_firstMs) / double(m_done - m_firstDone);
    const double remaining = msPerFrame * (totalFrames() - m_done) - double(std::max<qint64>(0, nowMs - m_lastMs));
    return qint64(std::max(0.0, remaining));
}

} // namespace sdanim::api
