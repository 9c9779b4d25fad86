#include "media/AnimationFrameStream.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <map>
#include <mutex>

namespace sdanim::media {

struct AnimationFrameStream::State
{
    QString path;
    qint64 cacheBytes = DefaultCacheBytes;

    mutable std::mutex mutex;
    std::condition_variable wake;
    bool canceled = false;
    std::atomic<bool> finished{false};

    // Known after the scan (or the first pass for formats that cannot count their frames).
    int count = -1;
    QSize size;
    int capacity = MinimumCapacity;
    int behind = 1;
    bool reachedEnd = false;

    int playhead = 0;
    bool looping = true;
    std::map<int, AnimationFrame> cache;
    int decoded = 0;
    int restarts = 0;

    bool keepsEverything() const { return count > 0 && count <= capacity; }
    int ahead() const { return capacity - behind - 1; }

    // Steps from the playhead forwards to index (wrapping while looping), or -1 if it is behind.
    int distanceAhead(int index) const
    {
        int d = index - playhead;
        if (d < 0 && looping && count > 0)
            d += count;
        return d;
    }
    int distanceBehind(int index) const
    {
        int d = playhead - index;
        if (d < 0 && looping && count > 0)
            d += count;
        return d;
    }
    bool wanted(int index) const
    {
        if (keepsEverything())
            return true;
        const int a = distanceAhead(index);
        if (a >= 0 && a <= ahead())
            return true;
        const int b = distanceBehind(index);
        return b >= 1 && b <= behind;
    }
    // The next frame to decode in playback order; frames behind the playhead are only kept, not
    // fetched, because reaching them again means decoding from the first frame.
    int nextMissing() const
    {
        const int span = keepsEverything() ? count : ahead() + 1;
        for (int k = 0; k < span; ++k) {
            int index = playhead + k;
            if (count > 0 && index >= count) {
                if (!looping && !keepsEverything())
                    break;
                index -= count;
            }
            if (!cache.count(index))
                return index;
        }
        return -1;
    }
    void evict()
    {
        for (auto it = cache.begin(); it != cache.end();)
            it = wanted(it->first) ? std::next(it) : cache.erase(it);
    }
};

AnimationFrameStream::AnimationFrameStream(QObject *parent)
    : QObject(parent)
{
}

AnimationFrameStream::~AnimationFrameStream()
{
    close();
    // Each worker stops after at most the frame it is decoding.
    for (Worker &worker : m_workers)
        worker.thread.join();
}

int AnimationFrameStream::effectiveDelay(int delayMs)
{
    return delayMs <= 10 ? 100 : delayMs;
}

void AnimationFrameStream::open(const QString &path, qint64 cacheBytes)
{
    close();
    reapFinishedWorkers();
    m_path = path;
    m_state = std::make_shared<State>();
    m_state->path = path;
    m_state->cacheBytes = std::max<qint64>(1, cacheBytes);
    m_workers.push_back({m_state, std::thread(&AnimationFrameStream::run, m_state, this)});
}

void AnimationFrameStream::close()
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->canceled = true;
        m_state->cache.clear();  // the memory goes now, not when the worker notices
    }
    m_state->wake.notify_all();
    m_state.reset();
    m_path.clear();
}

void AnimationFrameStream::reapFinishedWorkers()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it->state->finished) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

int AnimationFrameStream::frameCount() const
{
    if (!m_state)
        return -1;
    std::lock_guard lock(m_state->mutex);
    return m_state->count;
}

QSize AnimationFrameStream::frameSize() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->mutex);
    return m_state->size;
}

int AnimationFrameStream::capacity() const
{
    if (!m_state)
        return 0;
    std::lock_guard lock(m_state->mutex);
    return m_state->capacity;
}

bool AnimationFrameStream::hasReachedEnd() const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    return m_state->reachedEnd;
}

bool AnimationFrameStream::hasFrame(int index) const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    return m_state->cache.count(index) > 0;
}

AnimationFrame AnimationFrameStream::frame(int index) const
{
    if (!m_state)
        return {QImage(), 0};
    std::lock_guard lock(m_state->mutex);
    const auto it = m_state->cache.find(index);
    return it == m_state->cache.end() ? AnimationFrame{QImage(), 0} : it->second;
}

QList<int> AnimationFrameStream::cachedFrames() const
{
    QList<int> indexes;
    if (!m_state)
        return indexes;
    std::lock_guard lock(m_state->mutex);
    for (const auto &entry : m_state->cache)
        indexes.append(entry.first);
    return indexes;
}

int AnimationFrameStream::cachedFrameCount() const
{
    if (!m_state)
        return 0;
    std::lock_guard lock(m_state->mutex);
    return int(m_state->cache.size());
}

int AnimationFrameStream::decodedFrameCount() const
{
    if (!m_state)
        return 0;
    std::lock_guard lock(m_state->mutex);
    return m_state->decoded;
}

int AnimationFrameStream::restartCount() const
{
    if (!m_state)
        return 0;
    std::lock_guard lock(m_state->mutex);
    return m_state->restarts;
}

void AnimationFrameStream::setPlayhead(int index)
{
    if (!m_state || index < 0)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->count > 0)
            index = std::min(index, m_state->count - 1);
        if (index == m_state->playhead)
            return;
        m_state->playhead = index;
        m_state->evict();
    }
    m_state->wake.notify_all();
}

int AnimationFrameStream::playhead() const
{
    if (!m_state)
        return 0;
    std::lock_guard lock(m_state->mutex);
    return m_state->playhead;
}

void AnimationFrameStream::setLooping(bool looping)
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->looping = looping;
        m_state->evict();
    }
    m_state->wake.notify_all();
}

namespace {

void prepareReader(QImageReader &reader, QSize scaledSize)
{
    reader.setDecideFormatFromContent(true);
    if (scaledSize.isValid())
        reader.setScaledSize(scaledSize);
}

} // namespace

void AnimationFrameStream::run(std::shared_ptr<State> state, QObject *receiver)
{
    // The receiver outlives this thread (its destructor joins it); the pointer only addresses the
    // queued calls, which check that their state is still the current one.
    auto post = [state, receiver](auto &&function) {
        QMetaObject::invokeMethod(
            receiver,
            [state, receiver, function] {
                auto *self = static_cast<AnimationFrameStream *>(receiver);
                if (self->m_state == state)
                    function(self);
            },
            Qt::QueuedConnection);
    };

    auto reader = std::make_unique<QImageReader>(state->path);
    reader->setDecideFormatFromContent(true);
    // A GIF's frame count comes from a scan of its blocks that decodes nothing.
    const QSize size = reader->size();
    const int count = reader->imageCount();
    QSize scaled;
    if (size.isValid() && !size.isEmpty()) {
        const qint64 frameBytes = qint64(size.width()) * size.height() * 4;
        if (frameBytes * MinimumCapacity > state->cacheBytes) {
            const double factor = std::sqrt(double(state->cacheBytes) / double(frameBytes * MinimumCapacity));
            scaled = QSize(std::max(1, int(size.width() * factor)), std::max(1, int(size.height() * factor)));
        }
    }
    {
        std::lock_guard lock(state->mutex);
        state->size = scaled.isValid() ? scaled : size;
        state->count = count > 0 ? count : -1;
        const qint64 frameBytes = std::max<qint64>(1, qint64(state->size.width()) * state->size.height() * 4);
        state->capacity = int(std::clamp<qint64>(state->cacheBytes / frameBytes, MinimumCapacity, 1 << 20));
        state->behind = std::max(1, state->capacity / 4);
    }
    post([count = state->count, size = state->size](AnimationFrameStream *self) { emit self->opened(count, size); });
    prepareReader(*reader, scaled);

    int nextIndex = 0;
    QString lastError;
    for (;;) {
        int target;
        {
            std::unique_lock lock(state->mutex);
            state->wake.wait(lock, [&] { return state->canceled || state->nextMissing() >= 0; });
            if (state->canceled)
                break;
            target = state->nextMissing();
        }
        if (target < nextIndex) {
            // GIF frames are drawn over their predecessors: the only way back is from the start.
            reader = std::make_unique<QImageReader>(state->path);
            prepareReader(*reader, scaled);
            nextIndex = 0;
            std::lock_guard lock(state->mutex);
            ++state->restarts;
        }

        QImage image;
        const bool ok = reader->read(&image);
        AnimationFrame frame;
        if (ok) {
            frame.image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            frame.delayMs = effectiveDelay(reader->nextImageDelay());
        } else {
            lastError = reader->errorString();
        }
        const int index = nextIndex++;
        // Outside the lock: for a GIF, canRead() decodes up to the start of the next frame.
        const bool more = ok && reader->canRead();
        bool stored = false;
        bool ended = false;
        int finalCount = -1;
        {
            std::lock_guard lock(state->mutex);
            if (state->canceled)
                break;
            if (ok) {
                ++state->decoded;
                if (state->wanted(index)) {
                    state->cache[index] = std::move(frame);
                    stored = true;
                }
            }
            // The scan's count is trusted only as far as the frames decode: a cut file ends early.
            const bool last = !more || (state->count > 0 && nextIndex >= state->count);
            if (last) {
                const int decodedCount = ok ? nextIndex : index;
                if (decodedCount == 0) {
                    state->finished = true;
                    const QString message = QCoreApplication::translate(
                                                "sdanim::media::AnimationFrameStream", "Cannot decode %1: %2")
                                                .arg(state->path, lastError);
                    post([message](AnimationFrameStream *self) { emit self->failed(message); });
                    return;
                }
                if (!state->reachedEnd || state->count != decodedCount) {
                    state->count = decodedCount;
                    state->reachedEnd = true;
                    ended = true;
                    finalCount = decodedCount;
                    state->playhead = std::min(state->playhead, decodedCount - 1);
                    state->evict();
                }
                // Past the end: the next frame wanted is an earlier one, which restarts the reader.
                nextIndex = std::numeric_limits<int>::max();
            }
        }
        if (stored)
            post([index](AnimationFrameStream *self) { emit self->frameReady(index); });
        if (ended)
            post([finalCount](AnimationFrameStream *self) { emit self->endReached(finalCount); });
    }
    state->finished = true;
}

} // namespace sdanim::media
