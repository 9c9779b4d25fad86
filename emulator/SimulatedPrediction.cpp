#include "emulator/SimulatedPrediction.h"

#include <QCoreApplication>

#include <algorithm>

namespace sdanim::emulator {

namespace {
constexpr qint64 kNever = EmulatorClock::kNever;
} // namespace

SimulatedPrediction::SimulatedPrediction(Setup setup, QList<OutputFile> files)
    : m_setup(std::move(setup)), m_files(std::move(files))
{
    m_readyNs = QList<qint64>(m_files.size(), kNever);
    m_bootSeconds = m_setup.bootSeconds;
    m_bootLines = m_setup.bootLines;
    if (!m_setup.gated)
        m_admittedNs = m_setup.createdNs;
}

qint64 SimulatedPrediction::scaled(double simulatedSeconds) const
{
    return EmulatorClock::fromSeconds(simulatedSeconds * m_setup.timeScale);
}

PredictionState SimulatedPrediction::stateAt(qint64 nowNs) const
{
    std::function<void(qint64)> gate;
    {
        QMutexLocker lock(&m_gateMutex);
        gate = m_gate;
    }
    // Outside m_mutex: the gate reads other predictions' states (and this one's, ungated).
    if (gate)
        gate(nowNs);
    return stateAtUngated(nowNs);
}

PredictionState SimulatedPrediction::stateAtUngated(qint64 nowNs) const
{
    QMutexLocker lock(&m_mutex);
    return computeLocked(nowNs);
}

void SimulatedPrediction::admit(qint64 atNs)
{
    QMutexLocker lock(&m_mutex);
    if (m_admittedNs == kNever)
        m_admittedNs = std::max(atNs, m_setup.createdNs);
}

void SimulatedPrediction::admit(qint64 atNs, double bootSeconds, const QList<ModelRunPlan::Line> &bootLines)
{
    QMutexLocker lock(&m_mutex);
    if (m_admittedNs != kNever)
        return;
    m_admittedNs = std::max(atNs, m_setup.createdNs);
    m_bootSeconds = bootSeconds;
    m_bootLines = bootLines;
}

bool SimulatedPrediction::admitted() const
{
    QMutexLocker lock(&m_mutex);
    return m_admittedNs != kNever;
}

void SimulatedPrediction::setGate(std::function<void(qint64)> gate)
{
    QMutexLocker lock(&m_gateMutex);
    m_gate = std::move(gate);
}

PredictionState SimulatedPrediction::computeLocked(qint64 now) const
{
    const ModelRunPlan &plan = m_setup.plan;
    // The boot begins at creation, or for a prediction that waited for a slot when it got one.
    const qint64 created = m_admittedNs;
    const qint64 bootEnd = created == kNever ? kNever : created + scaled(m_bootSeconds);
    const qint64 start = (m_setup.stuckStarting || m_setup.abortAtBoot) ? kNever : bootEnd;
    const qint64 abortNs = m_setup.abortAtBoot ? bootEnd : kNever;

    // The model's history in yield/print order. A file cannot be yielded before it is written, and
    // predict() only goes on after the yield, so a late file pushes everything after it back.
    // Ties: a frame's PNG is yielded before the next frame's log line is printed.
    struct Step
    {
        qint64 at = kNever;
        bool output = false;
        int index = 0;
        bool boot = false; // index into m_bootLines instead of plan.lines
    };
    QList<Step> timeline;
    // A cold container prints its setup() lines while the prediction is still starting.
    if (!m_setup.stuckStarting && created != kNever) {
        for (int i = 0; i < m_bootLines.size(); ++i)
            timeline << Step{created + scaled(m_bootLines[i].at), false, i, true};
    }
    if (start != kNever) {
        int line = 0;
        int out = 0;
        const int outputs = int(std::min(m_files.size(), plan.outputs.size()));
        qint64 shift = 0;
        while (line < plan.lines.size() || out < outputs) {
            const bool takeOutput = out < outputs
                                    && (line >= plan.lines.size() || plan.outputs[out].at <= plan.lines[line].at);
            const qint64 scheduled = start + scaled(takeOutput ? plan.outputs[out].at : plan.lines[line].at);
            Step step{scheduled + shift, takeOutput, takeOutput ? out++ : line++, false};
            if (takeOutput) {
                if (m_readyNs[step.index] == kNever)
                    break; // not written yet: nothing after it has happened
                step.at = std::max(step.at, m_readyNs[step.index]);
                shift = step.at - scheduled;
            }
            timeline << step;
        }
    }

    // When and how the run would end if nobody interfered.
    qint64 naturalEnd = kNever;
    QString naturalStatus;
    QString naturalError;
    if (start != kNever) {
        if (plan.fails) {
            naturalEnd = start + scaled(plan.failAt);
            naturalStatus = QStringLiteral("failed");
            naturalError = plan.error;
        } else {
            if (!timeline.isEmpty() && timeline.last().output && timeline.last().index == plan.outputs.size() - 1) {
                naturalEnd = timeline.last().at + scaled(plan.endAt - plan.outputs.last().at);
                naturalStatus = QStringLiteral("succeeded");
            }
            if (m_renderFailedNs != kNever && std::max(m_renderFailedNs, start) < naturalEnd) {
                naturalEnd = std::max(m_renderFailedNs, start);
                naturalStatus = QStringLiteral("failed");
                naturalError = m_renderError;
            }
        }
    }

    const qint64 interrupt = std::min({m_cancelNs, m_setup.deadlineNs, abortNs});
    PredictionState st;
    qint64 cutoff = now;
    if (naturalEnd <= now && naturalEnd <= interrupt) {
        cutoff = naturalEnd;
        st.status = naturalStatus;
        st.error = naturalError;
        st.terminal = true;
    } else if (interrupt <= now) {
        cutoff = interrupt;
        st.terminal = true;
        const bool beforeStart = start > interrupt;
        if (interrupt == m_cancelNs) {
            st.status = QStringLiteral("canceled");
            if (beforeStart) {
                // Observed on Replicate: started_at ≈ completed_at and logs null.
                st.startedNs = interrupt;
                st.logsNull = true;
            }
        } else if (interrupt == m_setup.deadlineNs && !beforeStart) {
            st.status = QStringLiteral("canceled");
        } else {
            st.status = QStringLiteral("aborted");
            st.logsNull = true;
        }
    } else {
        st.status = start <= now ? QStringLiteral("processing") : QStringLiteral("starting");
    }
    if (st.terminal)
        st.completedNs = cutoff;
    if (!st.hasStarted() && start <= cutoff && st.status != QLatin1String("aborted"))
        st.startedNs = start;

    for (const Step &step : std::as_const(timeline)) {
        if (step.at > cutoff)
            break;
        if (step.output) {
            st.events << PredictionEvent{PredictionEvent::Kind::Output, step.at, QString(), step.index};
            st.outputs << step.index;
        } else {
            const QString &text = step.boot ? m_bootLines[step.index].text : plan.lines[step.index].text;
            st.events << PredictionEvent{PredictionEvent::Kind::Log, step.at, text, -1};
            st.logLines << text;
        }
    }
    if (st.terminal) {
        const qint64 retentionEnd = st.completedNs + scaled(m_setup.retentionSeconds);
        st.dataRemoved = m_expiredNs <= now || retentionEnd <= now;
    }
    return st;
}

bool SimulatedPrediction::requestCancel(qint64 nowNs, qint64 effectiveNs)
{
    {
        std::function<void(qint64)> gate;
        {
            QMutexLocker gateLock(&m_gateMutex);
            gate = m_gate;
        }
        if (gate)
            gate(nowNs);   // a slot freed before `nowNs` was taken before the cancel
    }
    QMutexLocker lock(&m_mutex);
    if (computeLocked(nowNs).terminal)
        return false;
    m_cancelNs = std::min(m_cancelNs, effectiveNs == kNever ? nowNs : effectiveNs);
    m_cancelRequested = true;
    return true;
}

void SimulatedPrediction::markOutputReady(int index, qint64 atNs)
{
    QMutexLocker lock(&m_mutex);
    if (index >= 0 && index < m_readyNs.size())
        m_readyNs[index] = atNs;
}

void SimulatedPrediction::markRenderFailed(const QString &error, qint64 atNs)
{
    QMutexLocker lock(&m_mutex);
    m_renderFailedNs = atNs;
    m_renderError = QCoreApplication::translate("SimulatedPrediction", "Rendering the output failed: %1").arg(error);
}

bool SimulatedPrediction::expireNow(qint64 nowNs)
{
    QMutexLocker lock(&m_mutex);
    if (!computeLocked(nowNs).terminal)
        return false;
    m_expiredNs = std::min(m_expiredNs, nowNs);
    return true;
}

bool SimulatedPrediction::takeFilesToDelete(qint64 nowNs)
{
    QMutexLocker lock(&m_mutex);
    if (m_filesDeleted)
        return false;
    const PredictionState st = computeLocked(nowNs);
    if (!st.dataRemoved)
        return false;
    m_filesDeleted = true;
    m_removedNs = std::min(m_expiredNs, st.completedNs + scaled(m_setup.retentionSeconds));
    return true;
}

bool SimulatedPrediction::forgettable(qint64 nowNs) const
{
    QMutexLocker lock(&m_mutex);
    return m_removedNs != kNever && nowNs - m_removedNs >= scaled(m_setup.retentionSeconds);
}

bool SimulatedPrediction::outputReady(int index) const
{
    QMutexLocker lock(&m_mutex);
    return index >= 0 && index < m_readyNs.size() && m_readyNs[index] != kNever;
}

} // namespace sdanim::emulator
