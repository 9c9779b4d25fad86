#include "ui/PreviewGifPlayer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sdanim::ui {

PreviewGifPlayer::PreviewGifPlayer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PreviewGifPlayer::advance);
    connectWatcher();
}

void PreviewGifPlayer::connectWatcher()
{
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &PreviewGifPlayer::onFramesReady);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreviewGifPlayer::onDecodeFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int, int maximum) { m_expectedCount = maximum; });
}

PreviewGifPlayer::~PreviewGifPlayer()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PreviewGifPlayer::load(const QString &path)
{
    clear();
    m_path = path;
    m_playing = true;
    m_watcher.setFuture(QtConcurrent::run(
        [path](QPromise<PreviewGifFrame> &promise) { PreviewGifDecoder::decode(promise, path); }));
    emit playingChanged(true);
}

void PreviewGifPlayer::clear()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        // Results of the old file must not arrive after the new one was chosen.
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished();
        connectWatcher();
    }
    m_watcher.setFuture(QFuture<PreviewGifFrame>());
    m_frames.clear();
    m_path.clear();
    m_current = -1;
    m_expectedCount = 0;
    m_decoded = false;
    m_waitingForFrames = false;
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

int PreviewGifPlayer::frameCount() const
{
    return m_decoded ? int(m_frames.size()) : std::max(m_expectedCount, int(m_frames.size()));
}

QImage PreviewGifPlayer::currentImage() const
{
    return m_current >= 0 && m_current < m_frames.size() ? m_frames.at(m_current).image : QImage();
}

int PreviewGifPlayer::currentDelayMs() const
{
    return m_current >= 0 && m_current < m_frames.size() ? m_frames.at(m_current).delayMs : 0;
}

void PreviewGifPlayer::onFramesReady(int begin, int end)
{
    for (int i = begin; i < end; ++i)
        m_frames.append(m_watcher.resultAt(i));
    if (m_current < 0 && !m_frames.isEmpty()) {
        showFrame(0);
        if (m_playing)
            scheduleNext();
    } else if (m_waitingForFrames) {
        m_waitingForFrames = false;
        advance();
    }
}

void PreviewGifPlayer::onDecodeFinished()
{
    if (m_path.isEmpty())
        return;
    m_decoded = true;
    if (m_frames.isEmpty()) {
        const QString message = m_watcher.progressText().isEmpty()
                                    ? tr("Cannot decode %1").arg(m_path)
                                    : m_watcher.progressText();
        setPlaying(false);
        emit failed(message);
        return;
    }
    emit loaded(int(m_frames.size()));
    if (m_waitingForFrames) {
        m_waitingForFrames = false;
        advance();
    }
}

void PreviewGifPlayer::play()
{
    setPlaying(true);
}

void PreviewGifPlayer::pause()
{
    setPlaying(false);
}

void PreviewGifPlayer::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    m_waitingForFrames = false;
    if (playing) {
        // Pressing play at the last frame of a non-looping animation starts it over.
        if (!m_looping && m_decoded && m_current == m_frames.size() - 1)
            showFrame(0);
        scheduleNext();
    } else {
        m_timer.stop();
    }
    emit playingChanged(playing);
}

void PreviewGifPlayer::setLooping(bool looping)
{
    m_looping = looping;
}

void PreviewGifPlayer::setSpeed(double speed)
{
    if (speed <= 0)
        return;
    m_speed = speed;
    if (m_playing && m_timer.isActive())
        scheduleNext();
}

void PreviewGifPlayer::stepForward()
{
    setPlaying(false);
    if (m_frames.isEmpty())
        return;
    showFrame((m_current + 1) % (m_decoded ? m_frames.size() : std::max<qsizetype>(1, m_frames.size())));
}

void PreviewGifPlayer::stepBackward()
{
    setPlaying(false);
    if (m_frames.isEmpty())
        return;
    showFrame(m_current > 0 ? m_current - 1 : int(m_frames.size()) - 1);
}

void PreviewGifPlayer::seekFrame(int index)
{
    if (index >= 0 && index < m_frames.size())
        showFrame(index);
}

void PreviewGifPlayer::scheduleNext()
{
    if (m_current < 0)
        return;  // the first frame starts the clock when it arrives
    m_timer.start(std::max(1, int(currentDelayMs() / m_speed)));
}

void PreviewGifPlayer::advance()
{
    if (!m_playing)
        return;
    const int next = m_current + 1;
    if (next < m_frames.size()) {
        showFrame(next);
    } else if (!m_decoded) {
        m_waitingForFrames = true;  // decoding is behind playback; resume when frames arrive
        return;
    } else if (m_looping) {
        showFrame(0);
    } else {
        setPlaying(false);
        return;
    }
    scheduleNext();
}

void PreviewGifPlayer::showFrame(int index)
{
    m_current = index;
    emit frameChanged(index, m_frames.at(index).image);
}

} // namespace sdanim::ui
