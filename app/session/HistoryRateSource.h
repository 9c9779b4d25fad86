#pragma once

#include "model/RunEstimator.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace sdanim::store {
class AsyncHistoryStore;
class HistoryStore;
struct HistoryRecord;
}

namespace sdanim::session {

// The run-time estimator fitted to this user's own finished cloud predictions.
//
// A sample is a history row with backend "cloud", status "succeeded", metrics.predict_time > 0 and
// its input still known: AnimationPlan::fromInput(input).totalUnits() against predict_time. Only
// the newest kMaxRuns such rows count, so the fit follows the hardware Replicate uses now and one
// refit stays cheap (a few hundred small reads and a 5-parameter fit).
//
// The GUI uses the object: refresh() (and, coalesced, every history change) refits on the
// history's own worker thread, then estimator() is replaced on this object's thread and changed()
// fires. A refit that finishes after this object is gone does nothing. The CLI, which has no event
// loop to spare, calls the static fit() on a HistoryStore it opened itself.
class HistoryRateSource : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 500;
    // History writes arrive in bursts while a run is live; one refit after the burst is enough.
    static constexpr int kChangeDelayMs = 1000;

    // Starts the first refit at once. `history` may be null (then the defaults stay).
    explicit HistoryRateSource(store::AsyncHistoryStore *history, QObject *parent = nullptr);
    ~HistoryRateSource() override;

    // The latest fit; the documented defaults until the first refit has finished.
    const model::RunEstimator &estimator() const { return m_estimator; }
    // Refits from the history now (a refit already running is followed by one more).
    void refresh();

    // The synchronous parts, on a HistoryStore owned by the calling thread.
    static bool isSample(const store::HistoryRecord &record);
    static QList<model::RunSample> samples(const store::HistoryStore &history, int maxRuns = kMaxRuns);
    static model::RunEstimator fit(const store::HistoryStore &history, int maxRuns = kMaxRuns);

signals:
    // estimator() has been replaced by a new fit (emitted after every finished refit).
    void changed();

private:
    void onFitted(const model::RunEstimator &estimator);

    QPointer<store::AsyncHistoryStore> m_history;
    model::RunEstimator m_estimator;
    QTimer *m_changeDelay = nullptr;
    bool m_running = false;
    bool m_again = false;
};

} // namespace sdanim::session
