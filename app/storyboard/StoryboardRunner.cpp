#include "storyboard/StoryboardRunner.h"

#include "storyboard/StoryboardEstimate.h"
#include "sweep/SweepRunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace sdanim::storyboard {

StoryboardRunner::StoryboardRunner(api::Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

StoryboardRunner::~StoryboardRunner() = default;

void StoryboardRunner::setHistory(store::HistoryRecorder *recorder, const store::BackendIdentity &identity)
{
    m_recorder = recorder;
    m_identity = identity;
}

bool StoryboardRunner::complete() const
{
    for (int i = 0; i < m_storyboard.transitionCount(); ++i)
        if (m_storyboard.needsRun(i, m_checkFiles)) return false;
    return m_storyboard.transitionCount() > 0;
}

void StoryboardRunner::start(const Storyboard &storyboard, const QList<int> &forced)
{
    if (m_running) return;
    m_running = true;
    m_storyboard = storyboard;
    m_errors.clear();
    m_pending = storyboard.pendingTransitions(forced, m_checkFiles);
    if (m_sweep) m_sweep->deleteLater();
    if (m_pending.isEmpty()) {
        QTimer::singleShot(0, this, &StoryboardRunner::onFinished);
        return;
    }
    m_sweep = new sweep::SweepRunner(m_backend, this);
    if (m_recorder) m_sweep->setHistory(m_recorder, m_identity, 0);
    connect(m_sweep, &sweep::SweepRunner::cellStarted, this, [this](int cell, api::PredictionJob *job) {
        emit transitionStarted(m_pending.at(cell), job);
    });
    connect(m_sweep, &sweep::SweepRunner::cellFinished, this, &StoryboardRunner::onCellFinished);
    connect(m_sweep, &sweep::SweepRunner::finished, this, &StoryboardRunner::onFinished);
    m_sweep->start(StoryboardEstimate::planOf(storyboard, m_pending));
}

void StoryboardRunner::cancel()
{
    if (m_sweep) m_sweep->cancel();
}

void StoryboardRunner::onCellFinished(int cell)
{
    const int k = m_pending.at(cell);
    const sweep::SweepRunner::CellResult &r = m_sweep->results().at(cell);
    QString video;
    for (const QString &f : r.files)
        if (!f.isEmpty()) video = f;   // the video comes last
    // The job saved it (outputSaved) before it reported success.
    const bool ok = r.status == sweep::SweepRunner::CellStatus::Succeeded && !video.isEmpty();
    if (ok) {
        StoryboardTransition &t = m_storyboard.transitions[k];
        t.ranInput = m_sweep->plan().cells.at(cell).input;
        t.predictionId = r.prediction.id;
        t.outputFile = QFileInfo(video).absoluteFilePath();
    } else {
        const QString why = !r.error.isEmpty() ? r.error
                            : r.status == sweep::SweepRunner::CellStatus::Succeeded
                                ? QCoreApplication::translate("sdanim::storyboard::StoryboardRunner", "its video was not saved")
                                : sweep::SweepRunner::statusName(r.status);
        m_errors << QCoreApplication::translate("sdanim::storyboard::StoryboardRunner", "Transition %1: %2").arg(k + 1).arg(why);
    }
    emit transitionFinished(k, ok);
}

void StoryboardRunner::onFinished()
{
    if (!m_running) return;
    m_running = false;
    // Transitions the sweep skipped (after a cancel) never reported.
    if (m_sweep)
        for (int cell = 0; cell < m_pending.size(); ++cell)
            if (m_sweep->results().value(cell).status == sweep::SweepRunner::CellStatus::Skipped)
                m_errors << QCoreApplication::translate("sdanim::storyboard::StoryboardRunner", "Transition %1: not run").arg(m_pending.at(cell) + 1);
    emit finished(m_errors.isEmpty());
}

} // namespace sdanim::storyboard
