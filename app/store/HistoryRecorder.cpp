#include "store/HistoryRecorder.h"

#include "api/PredictionJob.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"
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
    const QString key = record.localId;
    m_store->write(key, [record](HistoryStore &s) mutable { return s.insert(record); });
    connectJob(job, key, backend);

    connect(job, &api::PredictionJob::createFailed, this, [this, key](const api::ApiError &error) {
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
    connect(job, &api::PredictionJob::created, this, [this, key](const api::Prediction &p) { mergeAndWrite(key, p, false); });
    connect(job, &api::PredictionJob::updated, this, [this, key](const api::Prediction &p) { mergeAndWrite(key, p, false); });
    connect(job, &api::PredictionJob::outputSaved, this, [this, job, key, synthetic](int index, const QString &path) {
        recordOutput(job, key, index, path, synthetic);
    });
    connect(job, &api::PredictionJob::finished, this, [this, job, key, synthetic](const api::Prediction &p) {
        mergeAndWrite(key, p, true);
        // Files saved before we were attached (or whose signal raced the end) are recorded too.
        const QStringList files = job->localOutputFiles();
        for (int i = 0; i < files.size(); ++i)
            if (!files.at(i).isEmpty()) recordOutput(job, key, i, files.at(i), synthetic);
    });
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
        return s.transaction([&] {
            auto r = s.get(key);
            if (!r) return false;
            r->mergePrediction(p);
            if (final || r->isTerminal()) r->costUsd = CostEstimator::estimateUsd(r->backend, r->predictTime, price);
            return s.update(*r);
        });
    });
}

void HistoryRecorder::recordOutput(api::PredictionJob *job, const QString &key, int index, const QString &path, bool synthetic)
{
    const QString url = job->prediction().outputs.value(index);
    QPointer<HistoryRecorder> self(this);
    m_store->write(key, [self, key, index, path, url, synthetic](HistoryStore &s) {
        if (!s.setOutput(key, OutputFile{index, QFileInfo(path).absoluteFilePath(), url})) return false;
        const auto r = s.get(key);
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
        if (!Sidecar::write(info, path, &error) && self)
            QMetaObject::invokeMethod(self, [self, key, error] { if (self) emit self->recordFailed(key, error); },
                                      Qt::QueuedConnection);
        return true;
    });
}

} // namespace sdanim::store
