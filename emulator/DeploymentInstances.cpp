#include "emulator/DeploymentInstances.h"

#include "emulator/SimulatedPrediction.h"

#include <algorithm>

namespace sdanim::emulator {

namespace {
constexpr qint64 kNever = EmulatorClock::kNever;
} // namespace

QJsonObject DeploymentInstances::Counts::toJson() const
{
    return QJsonObject{{QStringLiteral("total"), total()},
                       {QStringLiteral("booting"), booting},
                       {QStringLiteral("busy"), busy},
                       {QStringLiteral("idle"), idle}};
}

DeploymentInstances::DeploymentInstances(const Timing &timing, int minInstances, int maxInstances, qint64 nowNs,
                                         bool bootMissing)
    : m_timing(timing)
{
    configure(minInstances, maxInstances, nowNs, bootMissing);
}

qint64 DeploymentInstances::scaled(double simulatedSeconds) const
{
    return EmulatorClock::fromSeconds(simulatedSeconds * m_timing.timeScale);
}

DeploymentInstances::Instance DeploymentInstances::bootingInstance(qint64 atNs) const
{
    const qint64 ready = atNs + scaled(m_timing.setupSeconds);
    return Instance{atNs, ready, nullptr, ready};
}

void DeploymentInstances::configure(int minInstances, int maxInstances, qint64 nowNs, bool bootMissing)
{
    // What happened under the old range stays as it was.
    admit(nowNs);
    m_min = std::max(0, minInstances);
    m_max = std::max({1, m_min, maxInstances});
    m_rangeSinceNs = nowNs;
    removeGone(nowNs);
    while (m_instances.size() < m_min)
        m_instances << (bootMissing ? bootingInstance(nowNs) : Instance{nowNs, nowNs, nullptr, nowNs});
}

void DeploymentInstances::enqueue(const std::shared_ptr<SimulatedPrediction> &prediction)
{
    m_waiting << prediction;
}

QList<int> DeploymentInstances::goneAt(qint64 atNs) const
{
    QList<int> idle;
    for (int i = 0; i < m_instances.size(); ++i) {
        if (!m_instances[i].holder && m_instances[i].freeSinceNs <= atNs)
            idle << i;
    }
    std::stable_sort(idle.begin(), idle.end(),
                     [this](int a, int b) { return m_instances[a].freeSinceNs < m_instances[b].freeSinceNs; });
    QList<int> gone;
    qsizetype up = m_instances.size();
    for (int i : std::as_const(idle)) {
        const bool timedOut = m_instances[i].freeSinceNs + scaled(m_timing.idleTimeoutSeconds) <= atNs;
        if (up > m_max || (up > m_min && timedOut)) {
            gone << i;
            --up;
        }
    }
    return gone;
}

void DeploymentInstances::removeGone(qint64 atNs)
{
    QList<int> gone = goneAt(atNs);
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (int i : std::as_const(gone))
        m_instances.removeAt(i);
}

void DeploymentInstances::release(qint64 nowNs)
{
    for (Instance &instance : m_instances) {
        if (!instance.holder)
            continue;
        const PredictionState st = instance.holder->stateAtUngated(nowNs);
        if (!st.terminal)
            continue;
        // A run canceled during its instance's boot leaves the instance booting for the next one.
        instance.freeSinceNs = std::max(st.completedNs, instance.readyNs);
        instance.holder.reset();
    }
}

void DeploymentInstances::hold(Instance &instance, const std::shared_ptr<SimulatedPrediction> &prediction, qint64 nowNs)
{
    instance.holder = prediction;
    instance.freeSinceNs = kNever;
    const PredictionState st = prediction->stateAtUngated(nowNs);
    if (st.terminal) {   // it ran to its end before `nowNs` already
        instance.freeSinceNs = std::max(st.completedNs, instance.readyNs);
        instance.holder.reset();
    }
}

void DeploymentInstances::admit(qint64 nowNs)
{
    release(nowNs);
    while (!m_waiting.isEmpty()) {
        const auto p = m_waiting.first();
        if (p->stateAtUngated(nowNs).terminal) {   // canceled (or timed out) while waiting: it never needed one
            m_waiting.removeFirst();
            continue;
        }
        const qint64 created = p->setup().createdNs;
        removeGone(created);
        int chosen = -1;
        // An idle instance, the one that was busy last (the autoscaler lets the others time out).
        for (int i = 0; i < m_instances.size(); ++i) {
            const Instance &in = m_instances[i];
            if (!in.holder && in.freeSinceNs <= created && (chosen < 0 || in.freeSinceNs > m_instances[chosen].freeSinceNs))
                chosen = i;
        }
        if (chosen >= 0) {
            p->admit(created, ModelRunPlan::kWarmStartSeconds, {});
            hold(m_instances[chosen], p, nowNs);
            m_waiting.removeFirst();
            continue;
        }
        // One still booting that nobody waits for (min_instances just raised, or its run was canceled),
        // else a new one while fewer than max_instances are up.
        for (int i = 0; i < m_instances.size(); ++i) {
            const Instance &in = m_instances[i];
            if (!in.holder && in.readyNs > created && in.freeSinceNs == in.readyNs
                && (chosen < 0 || in.readyNs < m_instances[chosen].readyNs))
                chosen = i;
        }
        if (chosen < 0 && m_instances.size() < m_max) {
            m_instances << bootingInstance(std::max(created, m_rangeSinceNs));
            chosen = int(m_instances.size()) - 1;
        }
        if (chosen >= 0) {
            Instance &in = m_instances[chosen];
            const qint64 at = std::max(created, in.bootStartNs);
            // Joining a boot under way: the setup lines already printed show at once.
            const double into = EmulatorClock::toSeconds(at - in.bootStartNs) / m_timing.timeScale;
            QList<ModelRunPlan::Line> lines = ModelRunPlan::setupLines(m_timing.setupSeconds);
            for (ModelRunPlan::Line &line : lines)
                line.at = std::max(0.0, line.at - into);
            p->admit(at, std::max(0.0, m_timing.setupSeconds - into) + ModelRunPlan::kWarmStartSeconds, lines);
            hold(in, p, nowNs);
            m_waiting.removeFirst();
            continue;
        }
        // Every instance is taken: the first one freed after its creation (known once its run ended).
        for (int i = 0; i < m_instances.size(); ++i) {
            const Instance &in = m_instances[i];
            if (!in.holder && (chosen < 0 || in.freeSinceNs < m_instances[chosen].freeSinceNs))
                chosen = i;
        }
        if (chosen < 0)
            break;
        p->admit(m_instances[chosen].freeSinceNs, ModelRunPlan::kWarmStartSeconds, {});
        hold(m_instances[chosen], p, nowNs);
        m_waiting.removeFirst();
    }
}

DeploymentInstances::Counts DeploymentInstances::countsAt(qint64 nowNs) const
{
    const QList<int> gone = goneAt(nowNs);
    Counts counts;
    for (int i = 0; i < m_instances.size(); ++i) {
        if (gone.contains(i))
            continue;
        const Instance &in = m_instances[i];
        if (in.readyNs > nowNs)
            ++counts.booting;
        else if (in.holder || in.freeSinceNs > nowNs)
            ++counts.busy;
        else
            ++counts.idle;
    }
    return counts;
}

} // namespace sdanim::emulator
