#pragma once

#include "emulator/DeploymentInstances.h"
#include "emulator/SimulatedPrediction.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QTemporaryDir>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace sdanim::emulator {

// Creates simulated predictions, renders their files on a worker pool, keeps them for lookup by id,
// stream token and file URL, and performs data removal (deleting the files) once they expire.
//
// With maxRunning > 0 (--max-running) at most that many Replicate predictions are past "starting"
// at once, like a deployment with that many instances: a new one waits in "starting" (without boot
// or setup lines) until one ends, and gets its slot at the moment that one completed. The states
// are computed lazily, so the slots are handed out whenever any prediction is looked at (each
// prediction's stateAt() asks the engine first): what a client sees is the same as if a scheduler
// had run at every instant. Cog container runs (unlisted) are not limited. A deployment's predictions
// run on its own instances (DeploymentInstances: warm min_instances, cold boots up to max_instances,
// idle scale-down), apart from the --max-running slots.
class PredictionEngine
{
public:
    struct Request
    {
        QString model;
        QString version;
        QJsonObject input;          // as sent (echoed)
        QJsonObject modelInput;     // with schema defaults, what predict() receives
        QJsonObject extras;
        double bootSeconds = ModelRunPlan::kWarmStartSeconds; // simulated time in "starting"
        bool coldBoot = false;      // the boot is a cold container's setup(), which prints its lines
        bool stuckStarting = false;
        bool abortAtBoot = false;
        qint64 deadlineNs = EmulatorClock::kNever;
        bool listed = true;         // false for Cog container runs: not part of GET /v1/predictions
        // owner/name when created through a deployment, else empty. Its instances decide the boot
        // (bootSeconds and coldBoot do not apply).
        QString deployment;
        int deploymentInstances = 0; // its max_instances, should configureDeployment() not have run
    };
    struct FileHit
    {
        std::shared_ptr<SimulatedPrediction> prediction;
        int index = -1;
    };

    // `instanceTiming.timeScale` is set from `timeScale`.
    PredictionEngine(double timeScale, double retentionSeconds, const QString &storageDir, int maxRunning = 0,
                     DeploymentInstances::Timing instanceTiming = {});
    ~PredictionEngine();

    QString storageDir() const { return m_storageDir; }
    double timeScale() const { return m_timeScale; }
    int maxRunning() const { return m_maxRunning; }   // 0: no limit

    std::shared_ptr<SimulatedPrediction> create(const Request &request);
    // A deployment's instance range (its definition or a new release) from now on; `bootMissing`
    // as DeploymentInstances::configure.
    void configureDeployment(const QString &name, int minInstances, int maxInstances, bool bootMissing);
    // Its instances now; all zero for a deployment the engine does not know.
    DeploymentInstances::Counts deploymentInstances(const QString &name);
    std::shared_ptr<SimulatedPrediction> find(const QString &id) const;
    std::shared_ptr<SimulatedPrediction> findByStreamToken(const QString &token) const;
    std::optional<FileHit> findFile(const QString &urlPath) const;
    QList<std::shared_ptr<SimulatedPrediction>> newestFirst() const;

    int expireAll();    // data removal now for every terminal prediction; returns how many
    // Deletes the files of predictions whose data was removed, and forgets those removed one more
    // retention period ago (GET → 404, no longer listed). At most every kSweepIntervalMs unless
    // forced: API requests call it, and it visits every prediction held.
    void sweep(bool force = false);
    static constexpr int kSweepIntervalMs = 200;
    int heldCount() const;   // predictions in memory (listed and unlisted)
    void shutdown();    // cancels rendering and waits for the workers

private:
    // The --max-running slots (key ""; deployments have DeploymentInstances instead).
    struct Pool
    {
        int limit = 0;
        QList<std::shared_ptr<SimulatedPrediction>> holding;   // admitted, not yet seen terminal
        QList<std::shared_ptr<SimulatedPrediction>> waiting;   // gated, in creation order
    };
    // Hands the pool's free slots (up to `nowNs`) to its waiting predictions, oldest first.
    void admit(const QString &poolKey, qint64 nowNs);
    void admitDeployment(const QString &name, qint64 nowNs);

    const double m_timeScale;
    const int m_maxRunning;
    const double m_retentionSeconds;
    const DeploymentInstances::Timing m_instanceTiming;
    QTemporaryDir m_tempDir;
    QString m_storageDir;
    QThreadPool m_renderPool;

    mutable QMutex m_mutex;
    QList<std::shared_ptr<SimulatedPrediction>> m_listed;   // creation order
    QList<std::shared_ptr<SimulatedPrediction>> m_unlisted;
    QHash<QString, std::shared_ptr<SimulatedPrediction>> m_byId;
    QHash<QString, std::shared_ptr<SimulatedPrediction>> m_byStream;
    QHash<QString, FileHit> m_files;
    bool m_shutDown = false;
    std::atomic<qint64> m_lastSweepNs{0};

    QMutex m_slotMutex;   // before any prediction's mutex, never inside one
    QHash<QString, Pool> m_pools;
    QHash<QString, DeploymentInstances> m_deployments;   // by owner/name
};

} // namespace sdanim::emulator
