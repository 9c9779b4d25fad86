#include "ui/PreviewGifPlayer.h"

#include <algorithm>

namespace sdanim::ui {

PreviewGifPlayer::PreviewGifPlayer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PreviewGifPlayer::advance);
    connect(&m_stream, &media::AnimationFrameStream::frameReady, this, &PreviewGifPlayer::onFrameReady);
    connect(&m_stream, &media::AnimationFrameStream::opened, this, [this](int count) {
        if (count > 0)
            emit loaded(count);
    });
    connect(&m_stream, &media::AnimationFrameStream::endReached, this, [this](int count) {
        emit loaded(count);
        // The count was unknown (or shorter than the scan said): a wait past the end resolves now.
        if (m_pending >= count) {
            m_pending = -1;
            if (m_playing)
                advance();
        }
    });
    connect(&m_stream, &media::AnimationFrameStream::failed, this, [this](const QString &message) {
        setPlaying(false);
        emit failed(message);
    });
}

PreviewGifPlayer::~PreviewGifPlayer() = default;

void PreviewGifPlayer::load(const QString &path)
{
    clear();
    m_stream.open(path, m_cacheBytes);
    m_stream.setLooping(m_looping);
    m_pending = 0;
    m_playing = true;
    emit playingChanged(true);
}

void PreviewGifPlayer::clear()
{
    m_timer.stop();
    m_stream.close();
    m_image = QImage();
    m_delayMs = 0;
    m_current = -1;
    m_pending = -1;
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

int PreviewGifPlayer::frameCount() const
{
    const int count = m_stream.frameCount();
    return count > 0 ? count : std::max(0, m_current + 1);
}

void PreviewGifPlayer::onFrameReady(int index)
{
    if (index != m_pending)
        return;
    m_pending = -1;
    showFrame(index);
    if (m_playing)
        scheduleNext();
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
    if (playing) {
        // Pressing play at the last frame of a non-looping animation starts it over.
        if (!m_looping && m_stream.hasReachedEnd() && m_current == frameCount() - 1)
            seekFrame(0);
        if (m_pending < 0)
            scheduleNext();
    } else {
        m_timer.stop();
    }
    emit playingChanged(playing);
}

void PreviewGifPlayer::setLooping(bool looping)
{
    m_looping = looping;
    m_stream.setLooping(looping);
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
    const int position = currentFrame();
    if (position < 0)
        return;
    const int count = m_stream.frameCount();
    seekFrame(count > 0 && position + 1 >= count ? 0 : position + 1);
}

void PreviewGifPlayer::stepBackward()
{
    setPlaying(false);
    const int position = currentFrame();
    if (position < 0)
        return;
    if (position > 0)
        seekFrame(position - 1);
    else if (m_stream.frameCount() > 0)
        seekFrame(m_stream.frameCount() - 1);
}

void PreviewGifPlayer::seekFrame(int index)
{
    const int count = m_stream.frameCount();
    if (index < 0 || (count > 0 && index >= count) || !m_stream.isOpen())
        return;
    m_timer.stop();
    if (showFrame(index)) {
        m_pending = -1;
        if (m_playing)
            scheduleNext();
    } else {
        // The decoder moves its window here and the frame is shown when it arrives.
        m_pending = index;
        m_stream.setPlayhead(index);
    }
}

void PreviewGifPlayer::scheduleNext()
{
    if (m_current < 0 || frameCount() == 1)
        return;  // the first frame starts the clock when it arrives; a still needs no clock
    m_timer.start(std::max(1, int(m_delayMs / m_speed)));
}

int PreviewGifPlayer::nextIndex() const
{
    const int next = m_current + 1;
    const int count = m_stream.frameCount();
    if (count > 0 && next >= count)
        return m_looping ? 0 : -1;
    return next;
}

void PreviewGifPlayer::advance()
{
    if (!m_playing)
        return;
    const int next = nextIndex();
    if (next < 0) {
        setPlaying(false);
        return;
    }
    if (showFrame(next)) {
        scheduleNext();
    } else {
        m_pending = next;  // decoding is behind playback; onFrameReady() resumes it
        m_stream.setPlayhead(next);
    }
}

bool PreviewGifPlayer::showFrame(int index)
{
    const media::AnimationFrame frame = m_stream.frame(index);
    if (frame.image.isNull())
        return false;
    m_current = index;
    m_image = frame.image;
    m_delayMs = frame.delayMs;
    // Moves the decoder's window along; the frames behind fall out of it.
    m_stream.setPlayhead(index);
    emit frameChanged(index, m_image);
    return true;
}

} // namespace sdanim::ui
