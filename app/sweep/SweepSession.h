#pragma once

#include "store/BackendIdentity.h"
#include "sweep/SweepPlan.h"
#include "sweep/SweepRunner.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace sdanim::api { class Backend; }
namespace sdanim::schema { class ModelSchema; }
namespace sdanim::store { class AsyncHistoryStore; class HistoryRecorder; }

namespace sdanim::sweep {

// One sweep as the compare grid shows it: started here (recorded as a history sweep, then run by
// a SweepRunner) or reopened from the history (SweepStore::get). Holds, per grid cell, its input,
// state, output file and star; the grid only draws these.
class SweepSession : public QObject
{
    Q_OBJECT
public:
    struct Cell
    {
        QString rowLabel;
        QString columnLabel;
        QJsonObject input;
        QString historyKey;
        QString status;        // SweepRunner::statusName, or the history row's status
        QString file;          // the animation (GIF or MP4), once saved
        QString error;
        bool starred = false;
    };

    SweepSession(store::AsyncHistoryStore *history, store::HistoryRecorder *recorder, QObject *parent = nullptr);

    // Records the sweep, then runs it against `backend`, at most `concurrency` at once.
    void start(const SweepPlan &plan, api::Backend *backend, const store::BackendIdentity &identity, int concurrency);
    // Rebuilds a past sweep's grid from the history.
    void open(qint64 sweepId, const schema::ModelSchema &schema);
    void cancel();
    void setStarred(int index, bool starred);

    qint64 sweepId() const { return m_sweepId; }
    bool isRunning() const { return m_runner && !m_done; }
    // While running, the backend must outlive it (a settings change retires backends).
    bool isUsing(const api::Backend *backend) const { return !m_done && backend && backend == m_backend; }
    const SweepPlan &plan() const { return m_plan; }
    const QList<Cell> &cells() const { return m_cells; }
    int doneCount() const;

    // The file of a run that saved several: its animation (the last GIF or MP4).
    static QString animationOf(const QStringList &files);

signals:
    void planReady();              // the grid's size and labels are known (cells may follow)
    void cellChanged(int index);
    void finished();
    void failed(const QString &message);

private:
    void run(api::Backend *backend, const store::BackendIdentity &identity, int concurrency);

    store::AsyncHistoryStore *m_history;
    store::HistoryRecorder *m_recorder;
    const api::Backend *m_backend = nullptr;
    SweepPlan m_plan;
    QList<Cell> m_cells;
    qint64 m_sweepId = 0;
    QPointer<SweepRunner> m_runner;
    bool m_done = false;
};

} // namespace sdanim::sweep
