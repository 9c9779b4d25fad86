#pragma once

#include "api/RunProgress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sdanim::api {

// The live progress of one PredictionJob: a RunProgress fed with the job's log lines and output
// events on a clock of its own, re-published every `intervalMs` while the run is going so that
// progress moves (and the ETA counts down) through phases the model prints nothing in, such as
// FILM interpolation, encoding and the download. Shared by ReplicateJob and CogJob.
class JobProgress : public QObject
{
    Q_OBJECT
public:
    JobProgress(const model::AnimationPlan &plan, const model::UnitRates &rates, int intervalMs,
                QObject *parent = nullptr);

    // Another plan for the same run (a resumed job that learns its input late); only before the
    // first §9.3 line, afterwards the weights stay as they were.
    void setPlan(const model::AnimationPlan &plan);

    void addLine(const QString &line);
    // An output element appeared; the video (a GIF or MP4, spec §9.2) means saving is over.
    void outputAppeared(const QString &url);
    void videoYielded();
    void videoSaved();
    // The run ended without its video (failed, canceled, given up): no more updates.
    void stop();

    const RunProgress &tracker() const { return m_tracker; }
    double fraction() const { return m_tracker.fraction(); }

signals:
    // Only with a known fraction (≥ 0); again whenever it grew or the ETA moved by a second.
    void changed(double fraction, qint64 etaMs);

private:
    void onTick();
    void publish();

    model::UnitRates m_rates;
    RunProgress m_tracker;
    QElapsedTimer m_clock;
    QTimer m_tick;
    bool m_stopped = false;
    double m_publishedFraction = -1;
    qint64 m_publishedEta = -1;
};

} // namespace sdanim::api
