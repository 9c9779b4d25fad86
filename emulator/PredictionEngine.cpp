#include "emulator/PredictionEngine.h"

#include "emulator/OutputRenderer.h"
#include "emulator/RandomIds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <queue>
#include <vector>

namespace sdanim::emulator {

namespace {

DeploymentInstances::Timing scaledTiming(DeploymentInstances::Timing timing, double timeScale)
{
    timing.timeScale = timeScale;
    return timing;
}

} // namespace

PredictionEngine::PredictionEngine(double timeScale, double retentionSeconds, const QString &storageDir, int maxRunning,
                                   DeploymentInstances::Timing instanceTiming)
    : m_timeScale(timeScale), m_maxRunning(qMax(0, maxRunning)), m_retentionSeconds(retentionSeconds),
      m_instanceTiming(scaledTiming(instanceTiming, timeScale))
{
    m_storageDir = storageDir.isEmpty() ? m_tempDir.path() : QDir(storageDir).absolutePath();
    QDir().mkpath(m_storageDir);
    // Two renderers at a time keep a burst of predictions from starving the HTTP threads of CPU.
    m_renderPool.setMaxThreadCount(2);
}

PredictionEngine::~PredictionEngine()
{
    shutdown();
}

std::shared_ptr<SimulatedPrediction> PredictionEngine::create(const Request &request)
{
    SimulatedPrediction::Setup setup;
    setup.id = RandomIds::predictionId();
    setup.model = request.model;
    setup.version = request.version;
    setup.input = request.input;
    setup.extras = request.extras;
    if (!request.deployment.isEmpty())
        setup.extras.insert(QStringLiteral("deployment"), request.deployment);
    setup.plan = ModelRunPlan::fromInput(request.modelInput, QRandomGenerator::global()->generate());
    setup.createdNs = EmulatorClock::nowNs();
    setup.timeScale = m_timeScale;
    const QString poolKey = request.deployment;
    setup.bootSeconds = poolKey.isEmpty() ? request.bootSeconds : ModelRunPlan::kWarmStartSeconds;
    if (request.coldBoot && poolKey.isEmpty())
        setup.bootLines = ModelRunPlan::setupLines(request.bootSeconds);
    setup.stuckStarting = request.stuckStarting;
    setup.abortAtBoot = request.abortAtBoot;
    setup.deadlineNs = request.deadlineNs;
    setup.retentionSeconds = m_retentionSeconds;
    setup.streamToken = RandomIds::streamToken();
    setup.gated = request.listed && (!poolKey.isEmpty() || m_maxRunning > 0);

    // Each output gets its own random folder, as on replicate.delivery: names like output-1.png repeat.
    QList<SimulatedPrediction::OutputFile> files;
    for (const ModelRunPlan::Output &out : setup.plan.outputs) {
        const QString folder = RandomIds::deliveryFolder();
        files << SimulatedPrediction::OutputFile{QStringLiteral("/pbxt/%1/%2").arg(folder, out.basename),
                                                 m_storageDir + QLatin1Char('/') + folder + QLatin1Char('/') + out.basename,
                                                 out.basename};
    }
    auto prediction = std::make_shared<SimulatedPrediction>(setup, files);
    {
        QMutexLocker lock(&m_mutex);
        if (request.listed) {
            m_listed << prediction;
            m_byId.insert(prediction->id(), prediction);
            m_byStream.insert(setup.streamToken, prediction);
        } else {
            m_unlisted << prediction;
        }
        for (int j = 0; j < files.size(); ++j)
            m_files.insert(files[j].urlPath, FileHit{prediction, j});
        if (!m_shutDown && !files.isEmpty())
            m_renderPool.start([prediction] { OutputRenderer::render(prediction); });
    }
    if (setup.gated && !poolKey.isEmpty()) {
        {
            QMutexLocker lock(&m_slotMutex);
            auto found = m_deployments.find(poolKey);
            if (found == m_deployments.end())
                found = m_deployments.insert(poolKey, DeploymentInstances(m_instanceTiming, 0, request.deploymentInstances,
                                                                          setup.createdNs, false));
            found->enqueue(prediction);
        }
        prediction->setGate([this, poolKey](qint64 now) { admitDeployment(poolKey, now); });
        admitDeployment(poolKey, EmulatorClock::nowNs());
    } else if (setup.gated) {
        {
            QMutexLocker lock(&m_slotMutex);
            Pool &pool = m_pools[poolKey];
            pool.limit = m_maxRunning;
            pool.waiting << prediction;
        }
        prediction->setGate([this, poolKey](qint64 now) { admit(poolKey, now); });
        admit(poolKey, EmulatorClock::nowNs());
    }
    return prediction;
}

void PredictionEngine::configureDeployment(const QString &name, int minInstances, int maxInstances, bool bootMissing)
{
    QMutexLocker lock(&m_slotMutex);
    const qint64 now = EmulatorClock::nowNs();
    auto found = m_deployments.find(name);
    if (found == m_deployments.end())
        m_deployments.insert(name, DeploymentInstances(m_instanceTiming, minInstances, maxInstances, now, bootMissing));
    else
        found->configure(minInstances, maxInstances, now, bootMissing);
}

DeploymentInstances::Counts PredictionEngine::deploymentInstances(const QString &name)
{
    QMutexLocker lock(&m_slotMutex);
    const qint64 now = EmulatorClock::nowNs();
    auto found = m_deployments.find(name);
    if (found == m_deployments.end())
        return {};
    found->admit(now);
    return found->countsAt(now);
}

void PredictionEngine::admitDeployment(const QString &name, qint64 nowNs)
{
    QMutexLocker lock(&m_slotMutex);
    const auto found = m_deployments.find(name);
    if (found != m_deployments.end())
        found->admit(nowNs);
}

void PredictionEngine::admit(const QString &poolKey, qint64 now)
{
    QMutexLocker lock(&m_slotMutex);
    const auto found = m_pools.find(poolKey);
    if (found == m_pools.end() || found->waiting.isEmpty())
        return;
    Pool &pool = *found;
    QList<std::shared_ptr<SimulatedPrediction>> &waiting = pool.waiting;
    // The slots freed up to `now`, earliest first; slots nobody held count as free since ever.
    std::priority_queue<qint64, std::vector<qint64>, std::greater<qint64>> freedAt;
    QList<std::shared_ptr<SimulatedPrediction>> holding;
    for (const auto &p : std::as_const(pool.holding)) {
        const PredictionState st = p->stateAtUngated(now);
        if (st.terminal)
            freedAt.push(st.completedNs);
        else
            holding << p;
    }
    int neverHeld = pool.limit - int(holding.size()) - int(freedAt.size());
    while (!waiting.isEmpty()) {
        const auto p = waiting.first();
        if (p->stateAtUngated(now).terminal) { // canceled (or timed out) while waiting: it never needed a slot
            waiting.removeFirst();
            continue;
        }
        qint64 at = 0;
        if (neverHeld > 0) {
            --neverHeld;
        } else if (!freedAt.empty()) {
            at = freedAt.top();
            freedAt.pop();
        } else {
            break;
        }
        p->admit(at);
        waiting.removeFirst();
        // It may have run to its end before `now` already, freeing its slot for the next one.
        const PredictionState st = p->stateAtUngated(now);
        if (st.terminal)
            freedAt.push(st.completedNs);
        else
            holding << p;
    }
    pool.holding = holding;
}

std::shared_ptr<SimulatedPrediction> PredictionEngine::find(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_byId.value(id);
}

std::shared_ptr<SimulatedPrediction> PredictionEngine::findByStreamToken(const QString &token) const
{
    QMutexLocker lock(&m_mutex);
    return m_byStream.value(token);
}

std::optional<PredictionEngine::FileHit> PredictionEngine::findFile(const QString &urlPath) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_files.constFind(urlPath);
    if (it == m_files.constEnd())
        return std::nullopt;
    return *it;
}

QList<std::shared_ptr<SimulatedPrediction>> PredictionEngine::newestFirst() const
{
    QMutexLocker lock(&m_mutex);
    QList<std::shared_ptr<SimulatedPrediction>> result(m_listed.crbegin(), m_listed.crend());
    return result;
}

int PredictionEngine::expireAll()
{
    const qint64 now = EmulatorClock::nowNs();
    int count = 0;
    QList<std::shared_ptr<SimulatedPrediction>> all;
    {
        QMutexLocker lock(&m_mutex);
        all = m_listed + m_unlisted;
    }
    for (const auto &p : all) {
        if (!p->stateAt(now).dataRemoved && p->expireNow(now))
            ++count;
    }
    sweep(true);
    return count;
}

void PredictionEngine::sweep(bool force)
{
    const qint64 now = EmulatorClock::nowNs();
    qint64 last = m_lastSweepNs.load();
    if (!force && now - last < qint64(kSweepIntervalMs) * 1000000)
        return;
    // One sweeper at a time; the others go on with their request.
    if (!m_lastSweepNs.compare_exchange_strong(last, now) && !force)
        return;
    QList<std::shared_ptr<SimulatedPrediction>> all;
    {
        QMutexLocker lock(&m_mutex);
        all = m_listed + m_unlisted;
    }
    QSet<const SimulatedPrediction *> forget;
    for (const auto &p : std::as_const(all)) {
        if (p->takeFilesToDelete(now)) {
            QMutexLocker lock(&m_mutex);
            for (const auto &file : p->files()) {
                m_files.remove(file.urlPath);
                QFile::remove(file.localPath);
                QDir().rmdir(QFileInfo(file.localPath).absolutePath());
            }
        }
        if (p->forgettable(now))
            forget.insert(p.get());
    }
    if (forget.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    auto gone = [&forget](const std::shared_ptr<SimulatedPrediction> &p) { return forget.contains(p.get()); };
    m_listed.removeIf(gone);
    m_unlisted.removeIf(gone);
    for (auto it = m_byId.begin(); it != m_byId.end();)
        it = gone(it.value()) ? m_byId.erase(it) : std::next(it);
    for (auto it = m_byStream.begin(); it != m_byStream.end();)
        it = gone(it.value()) ? m_byStream.erase(it) : std::next(it);
}

int PredictionEngine::heldCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_listed.size() + m_unlisted.size());
}

void PredictionEngine::shutdown()
{
    QList<std::shared_ptr<SimulatedPrediction>> all;
    {
        QMutexLocker lock(&m_mutex);
        m_shutDown = true;
        all = m_listed + m_unlisted;
    }
    const qint64 now = EmulatorClock::nowNs();
    for (const auto &p : all) {
        p->setGate({});   // the engine is going away; nothing waits for a slot any more
        p->requestCancel(now);
    }
    m_renderPool.clear();
    m_renderPool.waitForDone();
}

} // namespace sdanim::emulator
