#pragma once

#include <QJsonObject>
#include <QString>

namespace sdanim::api {

// Progress and time-to-go of one run of stable-diffusion-animation, read from its log lines
// (spec §9.3): the model prints no percentage bars, only "Generating frame <i> of keyframe <s>".
// done = s × frames + i + 1 of segments × frames. Pure: the caller passes the clock.
class LogProgress
{
public:
    LogProgress(int segments, int framesPerSegment);
    // segments = (number of prompts − 1) + (gif_ping_pong ? 1 : 0); prompts = prompt_start plus
    // the '|' pieces of prompt_end. Numbers given as strings ("25") are accepted; absent values
    // take the model's defaults.
    static LogProgress fromInput(const QJsonObject &input);
    static int segmentsFor(const QJsonObject &input);
    static int framesPerSegmentFor(const QJsonObject &input);

    // Feeds one log line seen at `nowMs`; true when the progress moved.
    bool addLine(const QString &line, qint64 nowMs);

    int segments() const { return m_segments; }
    int framesPerSegment() const { return m_frames; }
    int totalFrames() const { return m_segments * m_frames; }
    int framesDone() const { return m_done; }
    double fraction() const;          // 0..1, or -1 before the first frame line
    // Estimated milliseconds left at `nowMs`, from the rate observed so far; -1 when unknown.
    qint64 etaMs(qint64 nowMs) const;
    QString phase() const { return m_phase; }  // the last non-frame line that names a phase

private:
    int m_segments;
    int m_frames;
    int m_done = 0;
    qint64 m_firstMs = -1;
    int m_firstDone = 0;
    qint64 m_lastMs = -1;
    QString m_phase;
};

} // namespace sdanim::api
