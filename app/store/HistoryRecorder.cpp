#include "store/HistoryRecorder.h"

#include "api/PredictionJob.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"
#include "store/RunOwner.h"
#include "store/Sidecar.h"

#include <QFileInfo>
#include <QUuid>

namespace sdanim::store {

HistoryRecorder::HistoryRecorder(AsyncHistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &AsyncHistoryStore::changed, this, &HistoryRecorder::recorded);
    connect(store, &AsyncHistoryStore::writeFailed, this, &HistoryRecorder::recordFailed);
    m_heartbeat.setInterval(RunOwner::HeartbeatIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &HistoryRecorder::beat);
}

QString HistoryRecorder::track(api::PredictionJob *job, const BackendIdentity &backend, const QString &source)
{
    HistoryRecord record;
    record.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.backend = backend.name;
    record.baseUrl = backend.baseUrl;
    record.resumable = backend.resumable;
    record.source = source;
    record.input = job->input();
    record.status = QLatin1String(HistoryRecord::StatusCreating);
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.owner = RunOwner::current();
    record.heartbeatAt = record.createdAt;
    const QString key = record.localId;
    m_store->write(key, [record](HistoryStore &s) mutable { return s.insert(record); });
    connectJob(job, key, backend);

    connect(job, &api::PredictionJob::createFailed, this, [this, key](const api::ApiError &error) {
        stopFollowing(key);
        // A 4xx means the server refused: nothing was created. Anything else (network, 5xx) may
        // have created it anyway, so the row stays, marked, for an import to complete later.
        const bool refused = error.httpStatus >= 400 && error.httpStatus < 500;
        const QString message = error.userMessage();
        m_store->write(key, [key, refused, message](HistoryStore &s) {
            if (refused) return s.erase(key);
            return s.transaction([&] {
                auto r = s.get(key);
                if (!r) return false;
                r->status = QLatin1String(HistoryRecord::StatusInterrupted);
                r->error = message;
                return s.update(*r);
            });
        });
    });
    return key;
}

void HistoryRecorder::follow(api::PredictionJob *job, const HistoryRecord &known)
{
    connectJob(job, known.key(), BackendIdentity{known.backend, known.baseUrl, known.resumable});
}

void HistoryRecorder::connectJob(api::PredictionJob *job, const QString &key, const BackendIdentity &backend)
{
    const bool synthetic = backend.name == QLatin1String("emulator");
    m_live.insert(key, Live{});
    if (!m_heartbeat.isActive()) m_heartbeat.start();
    connect(job, &api::PredictionJob::created, this, [this, key](const api::Prediction &p) { writeNow(key, p, false); });
    connect(job, &api::PredictionJob::updated, this, [this, key](const api::Prediction &p) { onUpdated(key, p); });
    connect(job, &api::PredictionJob::outputSaved, this, [this, job, key, synthetic](int index, const QString &path) {
        recordOutput(job, key, index, path, synthetic);
    });
    connect(job, &api::PredictionJob::finished, this, [this, job, key, synthetic](const api::Prediction &p) {
        writeNow(key, p, true);
        stopFollowing(key);
        // Files saved before we were attached (or whose signal raced the end) are recorded too.
        const QStringList files = job->localOutputFiles();
        for (int i = 0; i < files.size(); ++i)
            if (!files.at(i).isEmpty()) recordOutput(job, key, i, files.at(i), synthetic);
    });
    // A job deleted before its end (the app quits) still leaves its last news on disk.
    connect(job, &QObject::destroyed, this, [this, key] {
        flushPending(key);
        stopFollowing(key);
    });
}

void HistoryRecorder::onUpdated(const QString &key, const api::Prediction &p)
{
    const auto it = m_live.find(key);
    if (it == m_live.end()) return mergeAndWrite(key, p, false);
    Live &live = *it;
    // The first log lines count as news too: they show the run has really begun.
    const bool news = !live.sinceWrite.isValid() || live.status != api::statusToString(p.status)
        || live.outputs != p.outputs.size() || live.started != p.startedAt.isValid() || live.error != p.error
        || live.logged != !p.logs.isEmpty();
    const qint64 waited = live.sinceWrite.isValid() ? live.sinceWrite.elapsed() : 0;
    if (news || waited >= m_liveWriteIntervalMs) return writeNow(key, p, false);
    // Only more log lines: they wait for the next write (the log is cumulative, so the latest
    // update carries everything the skipped ones had).
    live.pending = p;
    if (!live.flush) {
        live.flush = new QTimer(this);
        live.flush->setSingleShot(true);
        connect(live.flush, &QTimer::timeout, this, [this, key] { flushPending(key); });
    }
    if (!live.flush->isActive()) live.flush->start(int(qMax<qint64>(0, m_liveWriteIntervalMs - waited)));
}

void HistoryRecorder::writeNow(const QString &key, const api::Prediction &p, bool final)
{
    const auto it = m_live.find(key);
    if (it != m_live.end()) {
        it->sinceWrite.start();
        it->status = api::statusToString(p.status);
        it->outputs = p.outputs.size();
        it->started = p.startedAt.isValid();
        it->logged = !p.logs.isEmpty();
        it->error = p.error;
        it->pending.reset();
        if (it->flush) it->flush->stop();
    }
    mergeAndWrite(key, p, final);
}

void HistoryRecorder::flushPending(const QString &key)
{
    const auto it = m_live.find(key);
    if (it == m_live.end() || !it->pending) return;
    const api::Prediction p = *it->pending;
    writeNow(key, p, false);
}

void HistoryRecorder::stopFollowing(const QString &key)
{
    const auto it = m_live.find(key);
    if (it == m_live.end()) return;
    if (it->flush) it->flush->deleteLater();
    m_live.erase(it);
    if (m_live.isEmpty()) m_heartbeat.stop();
}

void HistoryRecorder::beat()
{
    const RunOwner me = RunOwner::current();
    m_store->run([me](HistoryStore &s) { return s.heartbeat(me, QDateTime::currentDateTimeUtc()); });
}

double HistoryRecorder::pricePerSecondUsd() const
{
    return m_settings ? m_settings->pricePerSecondUsd() : settings::AppSettings::DefaultPricePerSecondUsd;
}

void HistoryRecorder::mergeAndWrite(const QString &key, const api::Prediction &p, bool final)
{
    // Read here, on the recorder's thread: the settings object belongs to it, not to the store's.
    const double price = pricePerSecondUsd();
    m_store->write(key, [key, p, final, price](HistoryStore &s) {
        return s.merge(key, p, [&](HistoryRecord &r) {
            if (final || r.isTerminal()) r.costUsd = CostEstimator::estimateUsd(r.backend, r.predictTime, price);
        });
    });
}

void HistoryRecorder::recordOutput(api::PredictionJob *job, const QString &key, int index, const QString &path, bool synthetic)
{
    const QString url = job->prediction().outputs.value(index);
    // The task runs on the history thread and may outlive this recorder: it reports through the
    // store, which outlives every task queued on it.
    AsyncHistoryStore *store = m_store;
    m_store->write(key, [store, key, index, path, url, synthetic](HistoryStore &s) {
        if (!s.setOutput(key, OutputFile{index, QFileInfo(path).absoluteFilePath(), url})) return false;
        const auto r = s.get(key, HistoryStore::Log::Skip);
        if (!r) return false;
        SidecarInfo info;
        info.predictionId = r->id;
        info.backend = r->backend;
        info.model = r->model;
        info.version = r->version;
        info.input = r->input;
        info.createdAt = r->createdAt;
        info.webUrl = r->webUrl;
        info.outputIndex = index;
        info.syntheticPreview = synthetic;
        QString error;
        if (!Sidecar::write(info, path, &error)) store->reportFailure(key, error);
        return true;
    });
}

} // namespace sdanim::store
