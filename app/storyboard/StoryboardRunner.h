#pragma once

#include "api/PredictionJob.h"
#include "store/BackendIdentity.h"
#include "storyboard/Storyboard.h"

#include <QObject>
#include <QPointer>

namespace sdanim::api { class Backend; }
namespace sdanim::store { class HistoryRecorder; }
namespace sdanim::sweep { class SweepRunner; }

namespace sdanim::storyboard {

// Runs the transitions of a storyboard that need it (Storyboard::pendingTransitions: never run,
// input changed, video gone, or asked for again), one prediction each, one after the other,
// through sweep::SweepRunner: the same backend, history recording and cancel as a sweep. Each
// transition that succeeds has its prediction, input and video written into storyboard(); the
// others keep what they had, so a re-run of one transition leaves the other runs alone.
class StoryboardRunner : public QObject
{
    Q_OBJECT
public:
    explicit StoryboardRunner(api::Backend *backend, QObject *parent = nullptr);
    ~StoryboardRunner() override;

    void setHistory(store::HistoryRecorder *recorder, const store::BackendIdentity &identity);
    // Whether start() looks on disk for each kept transition's video (the CLI does); the editor
    // does not on its UI thread: it dropped the missing ones when it loaded the project
    // (Storyboard::forgetMissingOutputs) and the stitch reports a video deleted since.
    void setCheckFiles(bool check) { m_checkFiles = check; }

    // Starts the pending transitions; finished() follows (queued) even when none is.
    void start(const Storyboard &storyboard, const QList<int> &forced = {});
    void cancel();
    bool isRunning() const { return m_running; }

    const Storyboard &storyboard() const { return m_storyboard; }
    QList<int> started() const { return m_pending; }
    // Whether every transition now has a video (the storyboard can be stitched).
    bool complete() const;
    // One sentence per transition that did not succeed.
    QStringList errors() const { return m_errors; }

signals:
    void transitionStarted(int transition, sdanim::api::PredictionJob *job);
    void transitionFinished(int transition, bool succeeded);
    void finished(bool allSucceeded);

private:
    void onCellFinished(int cell);
    void onFinished();

    api::Backend *m_backend;
    store::HistoryRecorder *m_recorder = nullptr;
    store::BackendIdentity m_identity;
    QPointer<sweep::SweepRunner> m_sweep;
    Storyboard m_storyboard;
    QList<int> m_pending;
    QStringList m_errors;
    bool m_running = false;
    bool m_checkFiles = true;
};

} // namespace sdanim::storyboard
