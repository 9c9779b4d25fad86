#pragma once

#include "emulator/SimulatedPrediction.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace sdanim::emulator {

// Creates simulated predictions, renders their files on a worker pool, keeps them for lookup by id,
// stream token and file URL, and performs data removal (deleting the files) once they expire.
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
    };
    struct FileHit
    {
        std::shared_ptr<SimulatedPrediction> prediction;
        int index = -1;
    };

    PredictionEngine(double timeScale, double retentionSeconds, const QString &storageDir);
    ~PredictionEngine();

    QString storageDir() const { return m_storageDir; }
    double timeScale() const { return m_timeScale; }

    std::shared_ptr<SimulatedPrediction> create(const Request &request);
    std::shared_ptr<SimulatedPrediction> find(const QString &id) const;
    std::shared_ptr<SimulatedPrediction> findByStreamToken(const QString &token) const;
    std::optional<FileHit> findFile(const QString &urlPath) const;
    QList<std::shared_ptr<SimulatedPrediction>> newestFirst() const;

    int expireAll();    // data removal now for every terminal prediction; returns how many
    void sweep();       // deletes the files of predictions whose data was removed
    void shutdown();    // cancels rendering and waits for the workers

private:
    const double m_timeScale;
    const double m_retentionSeconds;
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
};

} // namespace sdanim::emulator
