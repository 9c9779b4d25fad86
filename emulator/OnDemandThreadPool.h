#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace sdanim::emulator {

// cpp-httplib's task queue, with threads started when requests need them and ended after they
// have been idle a while, instead of httplib::ThreadPool's fixed set started up front. Each
// connection holds one thread while it is open (an SSE stream or a Prefer: wait create for the
// whole run), so the ceiling stays high; but an emulator with nothing to do, like the one inside
// the app, keeps no worker threads at all and never wakes up.
class OnDemandThreadPool : public httplib::TaskQueue
{
public:
    OnDemandThreadPool(int maxThreads, int idleTimeoutMs);
    ~OnDemandThreadPool() override;

    void enqueue(std::function<void()> fn) override;
    void shutdown() override;

private:
    struct Worker
    {
        std::thread thread;
        bool done = false;
    };

    void run(std::list<Worker>::iterator self);
    void reapLocked();   // joins the workers that ended; m_mutex held

    const int m_max;
    const int m_idleTimeoutMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::list<Worker> m_workers;
    int m_live = 0;   // workers not done
    int m_idle = 0;   // of them, waiting for a job
    bool m_shutdown = false;
};

} // namespace sdanim::emulator
