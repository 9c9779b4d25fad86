#include "emulator/OnDemandThreadPool.h"

#include <chrono>

namespace sdanim::emulator {

OnDemandThreadPool::OnDemandThreadPool(int maxThreads, int idleTimeoutMs)
    : m_max(maxThreads > 0 ? maxThreads : 1)
    , m_idleTimeoutMs(idleTimeoutMs > 0 ? idleTimeoutMs : 1)
{
}

OnDemandThreadPool::~OnDemandThreadPool()
{
    shutdown();
}

void OnDemandThreadPool::enqueue(std::function<void()> fn)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    reapLocked();
    m_jobs.push_back(std::move(fn));
    // Jobs waiting beyond the idle workers need new threads, up to the ceiling; past it they
    // wait for a worker to finish, as with a fixed pool.
    if (m_jobs.size() > std::size_t(m_idle) && m_live < m_max && !m_shutdown) {
        ++m_live;
        auto it = m_workers.emplace(m_workers.end());
        it->thread = std::thread([this, it] { run(it); });
    } else {
        m_wake.notify_one();
    }
}

void OnDemandThreadPool::run(std::list<Worker>::iterator self)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        ++m_idle;
        const bool woken = m_wake.wait_for(lock, std::chrono::milliseconds(m_idleTimeoutMs),
                                           [this] { return !m_jobs.empty() || m_shutdown; });
        --m_idle;
        if (m_jobs.empty() && (m_shutdown || !woken))
            break;
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        job();
        lock.lock();
    }
    --m_live;
    self->done = true;   // joined by the next enqueue() or by shutdown()
}

void OnDemandThreadPool::reapLocked()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it->done) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

void OnDemandThreadPool::shutdown()
{
    std::list<Worker> workers;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_shutdown && m_workers.empty())
            return;
        m_shutdown = true;
        m_wake.notify_all();
        workers.splice(workers.end(), m_workers);
    }
    // Workers finish the jobs still queued, then end; their list nodes stay valid while spliced.
    for (Worker &w : workers)
        if (w.thread.joinable())
            w.thread.join();
}

} // namespace sdanim::emulator
