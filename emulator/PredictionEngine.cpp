#include "emulator/PredictionEngine.h"

#include "emulator/OutputRenderer.h"
#include "emulator/RandomIds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sdanim::emulator {

PredictionEngine::PredictionEngine(double timeScale, double retentionSeconds, const QString &storageDir)
    : m_timeScale(timeScale), m_retentionSeconds(retentionSeconds)
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
    setup.plan = ModelRunPlan::fromInput(request.modelInput, QRandomGenerator::global()->generate());
    setup.createdNs = EmulatorClock::nowNs();
    setup.timeScale = m_timeScale;
    setup.bootSeconds = request.bootSeconds;
    if (request.coldBoot)
        setup.bootLines = ModelRunPlan::setupLines(request.bootSeconds);
    setup.stuckStarting = request.stuckStarting;
    setup.abortAtBoot = request.abortAtBoot;
    setup.deadlineNs = request.deadlineNs;
    setup.retentionSeconds = m_retentionSeconds;
    setup.streamToken = RandomIds::streamToken();

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
    return prediction;
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
    sweep();
    return count;
}

void PredictionEngine::sweep()
{
    const qint64 now = EmulatorClock::nowNs();
    QList<std::shared_ptr<SimulatedPrediction>> all;
    {
        QMutexLocker lock(&m_mutex);
        all = m_listed + m_unlisted;
    }
    for (const auto &p : all) {
        if (!p->takeFilesToDelete(now))
            continue;
        QMutexLocker lock(&m_mutex);
        for (const auto &file : p->files()) {
            m_files.remove(file.urlPath);
            QFile::remove(file.localPath);
            QDir().rmdir(QFileInfo(file.localPath).absolutePath());
        }
    }
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
    for (const auto &p : all)
        p->requestCancel(now);
    m_renderPool.clear();
    m_renderPool.waitForDone();
}

} // namespace sdanim::emulator
