#pragma once

#include "emulator/EmulatorClock.h"
#include "emulator/ModelRunPlan.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace sdanim::emulator {

class SimulatedPrediction;

// The instances of one deployment, as Replicate's autoscaler keeps them: min_instances are always up;
// a prediction that finds no idle instance boots a new one (up to max_instances) and waits in
// "starting" through that cold boot, printing the model's setup() lines; one that finds every
// instance taken waits for the first to free; an instance idle for the idle timeout goes away unless
// that would leave fewer than min_instances. Like PredictionEngine's slots this is computed lazily:
// admit(now) replays what a scheduler running at every instant would have done up to `now`, in the
// predictions' creation order, so the result does not depend on when anyone looks. Not thread-safe
// (PredictionEngine's slot mutex guards it).
class DeploymentInstances
{
public:
    struct Timing
    {
        double timeScale = 1.0;
        // A cold instance's setup() in simulated seconds (--cold-boot-seconds, else the warm start's
        // time, as the Cog container's setup); the usual warm hand-off follows it.
        double setupSeconds = ModelRunPlan::kWarmStartSeconds;
        double idleTimeoutSeconds = 300;   // simulated; --idle-timeout
    };
    struct Counts
    {
        int booting = 0;
        int busy = 0;
        int idle = 0;
        int total() const { return booting + busy + idle; }
        // {"total", "booting", "busy", "idle"}: GET /_emulator/deployments (not in Replicate's schema).
        QJsonObject toJson() const;
    };

    // `bootMissing` false: the min_instances are up from `nowNs` (a deployment the emulator starts
    // with); true: they boot from then on (a new deployment made through the API).
    DeploymentInstances(const Timing &timing, int minInstances, int maxInstances, qint64 nowNs, bool bootMissing);

    int minInstances() const { return m_min; }
    int maxInstances() const { return m_max; }

    // A new instance range from `nowNs` on (a new release): missing min_instances boot (or, with
    // `bootMissing` false, are up at once), idle instances beyond max_instances go at once, and the
    // idle timeout then brings the others down to the new min_instances.
    void configure(int minInstances, int maxInstances, qint64 nowNs, bool bootMissing);
    // A new prediction of this deployment (gated: it waits in "starting" until admit() places it).
    void enqueue(const std::shared_ptr<SimulatedPrediction> &prediction);
    // Places every waiting prediction that got an instance up to `nowNs`, oldest first.
    void admit(qint64 nowNs);
    // The instances at `nowNs` (call admit(nowNs) first).
    Counts countsAt(qint64 nowNs) const;

private:
    struct Instance
    {
        qint64 bootStartNs = 0;
        qint64 readyNs = 0;                          // setup() done
        std::shared_ptr<SimulatedPrediction> holder; // running (or booting for) a prediction not seen terminal
        qint64 freeSinceNs = 0;                      // without a holder: idle from then on
    };

    qint64 scaled(double simulatedSeconds) const;
    Instance bootingInstance(qint64 atNs) const;
    // The instances that are gone at `atNs`: idle ones beyond max_instances, then those idle for the
    // timeout while more than min_instances are up; longest idle first.
    QList<int> goneAt(qint64 atNs) const;
    void removeGone(qint64 atNs);
    void topUp(qint64 nowNs, bool boot);
    // Frees the instances whose prediction ended by `nowNs`.
    void release(qint64 nowNs);
    void hold(Instance &instance, const std::shared_ptr<SimulatedPrediction> &prediction, qint64 nowNs);

    Timing m_timing;
    int m_min = 0;
    int m_max = 1;
    qint64 m_rangeSinceNs = 0;   // the current range applies from then on
    QList<Instance> m_instances;
    QList<std::shared_ptr<SimulatedPrediction>> m_waiting;   // in creation order
};

} // namespace sdanim::emulator
