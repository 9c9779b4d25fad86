#pragma once

#include "emulator/ModelRunPlan.h"
#include "emulator/PredictionState.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>

namespace sdanim::emulator {

// One prediction as a time-based lazy state machine (spec §2.2): it stores when it was created and
// the model's schedule, and computes status/logs/output from the clock on every access, so no timer
// drives it. The renderer reports when each file is really on disk; an output becomes visible at the
// later of its scheduled time and that moment, and the rest of the schedule moves back accordingly.
// Cancel, deadline and data removal are recorded as instants, which freezes (or purges) the computed
// state from then on.
class SimulatedPrediction
{
public:
    struct Setup
    {
        QString id;
        QString model;
        QString version;
        QJsonObject input;            // echoed as sent
        QJsonObject extras;           // echoed top-level keys: webhook, webhook_events_filter, …
        ModelRunPlan plan;
        qint64 createdNs = 0;
        double timeScale = 1.0;
        double bootSeconds = ModelRunPlan::kWarmStartSeconds; // simulated; 0 for a Cog container after setup
        QList<ModelRunPlan::Line> bootLines; // setup() lines of a cold boot, simulated seconds after creation
        bool stuckStarting = false;
        bool abortAtBoot = false;
        // Waits in "starting" for a slot (--max-running): the boot begins only once admit() says
        // when; until then nothing of the run has happened.
        bool gated = false;
        qint64 deadlineNs = EmulatorClock::kNever;
        double retentionSeconds = 3600;                  // simulated, counted from completion
        QString streamToken;
    };
    struct OutputFile
    {
        QString urlPath;   // /pbxt/<random>/<basename>
        QString localPath;
        QString basename;
    };

    SimulatedPrediction(Setup setup, QList<OutputFile> files);

    const Setup &setup() const { return m_setup; }
    const QString &id() const { return m_setup.id; }
    const QList<OutputFile> &files() const { return m_files; }

    // Runs the gate first (PredictionEngine admits waiting predictions up to `nowNs`), then computes.
    PredictionState stateAt(qint64 nowNs) const;
    // Without the gate: for the engine deciding admissions.
    PredictionState stateAtUngated(qint64 nowNs) const;

    // A gated prediction gets its slot at `atNs` (≥ its creation): its boot starts then.
    void admit(qint64 atNs);
    // The same, with the boot the slot decided on instead of the one set up at creation: a deployment
    // only knows at admission whether the run finds a warm instance or waits for one to boot.
    void admit(qint64 atNs, double bootSeconds, const QList<ModelRunPlan::Line> &bootLines);
    bool admitted() const;
    // Called with the time before every stateAt()/requestCancel(); cleared at shutdown.
    void setGate(std::function<void(qint64)> gate);

    // Freezes a non-terminal prediction as canceled at `effectiveNs` (default: `nowNs`); false when it
    // already was terminal at `nowNs`.
    bool requestCancel(qint64 nowNs, qint64 effectiveNs = EmulatorClock::kNever);
    bool cancelRequested() const { return m_cancelRequested.load(); }
    void markOutputReady(int index, qint64 atNs);
    void markRenderFailed(const QString &error, qint64 atNs);
    // Data removal now for a terminal prediction (POST /_emulator/expire); false when not terminal.
    bool expireNow(qint64 nowNs);
    // True exactly once after the data was removed, so the caller deletes the files one time.
    bool takeFilesToDelete(qint64 nowNs);
    // Data removed (and its files deleted) at least one more retention period ago: the engine may
    // forget the prediction, so that memory is bounded by the retention, not by the run count.
    bool forgettable(qint64 nowNs) const;
    bool outputReady(int index) const;

private:
    qint64 scaled(double simulatedSeconds) const;
    PredictionState computeLocked(qint64 nowNs) const;

    const Setup m_setup;
    const QList<OutputFile> m_files;
    mutable QMutex m_mutex;
    qint64 m_admittedNs = EmulatorClock::kNever;   // when the boot began (creation unless gated)
    double m_bootSeconds = 0;                      // Setup's, unless admit() gave another
    QList<ModelRunPlan::Line> m_bootLines;
    mutable QMutex m_gateMutex;
    std::function<void(qint64)> m_gate;
    QList<qint64> m_readyNs;
    qint64 m_cancelNs = EmulatorClock::kNever;
    qint64 m_renderFailedNs = EmulatorClock::kNever;
    QString m_renderError;
    qint64 m_expiredNs = EmulatorClock::kNever;
    bool m_filesDeleted = false;
    qint64 m_removedNs = EmulatorClock::kNever;   // when its data was removed, once the files went
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace sdanim::emulator
