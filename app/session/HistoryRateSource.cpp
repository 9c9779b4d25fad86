#include "session/HistoryRateSource.h"

#include "model/AnimationPlan.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryStore.h"

#include <QFutureWatcher>
#include <QTimer>

#include <cmath>

namespace sdanim::session {

namespace {
// Rows are read a page at a time: rows without a usable predict time or input are skipped, so
// the number of rows to read for kMaxRuns samples is not known up front.
constexpr int kPageSize = 100;
} // namespace

HistoryRateSource::HistoryRateSource(store::AsyncHistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_changeDelay(new QTimer(this))
{
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(kChangeDelayMs);
    connect(m_changeDelay, &QTimer::timeout, this, &HistoryRateSource::refresh);
    if (m_history)
        connect(m_history, &store::AsyncHistoryStore::changed, m_changeDelay, qOverload<>(&QTimer::start));
    refresh();
}

HistoryRateSource::~HistoryRateSource() = default;

bool HistoryRateSource::isSample(const store::HistoryRecord &record)
{
    return record.backend == QLatin1String("cloud") && record.status == QLatin1String("succeeded")
           && std::isfinite(record.predictTime) && record.predictTime > 0 && !record.input.isEmpty()
           && !record.isDeleted();
}

QList<model::RunSample> HistoryRateSource::samples(const store::HistoryStore &history, int maxRuns)
{
    QList<model::RunSample> out;
    store::HistoryQuery query;
    query.statuses = {QStringLiteral("succeeded")};
    query.backends = {QStringLiteral("cloud")};
    query.limit = kPageSize;
    while (out.size() < maxRuns) {
        const QList<store::HistoryRow> rows = history.list(query);
        for (const store::HistoryRow &row : rows) {
            const auto record = history.get(row.key());
            if (!record || !isSample(*record))
                continue;
            out << model::RunSample{model::AnimationPlan::fromInput(record->input).totalUnits(), record->predictTime};
            if (out.size() >= maxRuns)
                break;
        }
        if (rows.size() < kPageSize)
            break;
        query.offset += kPageSize;
    }
    return out;
}

model::RunEstimator HistoryRateSource::fit(const store::HistoryStore &history, int maxRuns)
{
    return model::RunEstimator::fit(samples(history, maxRuns));
}

void HistoryRateSource::refresh()
{
    m_changeDelay->stop();
    if (!m_history)
        return;
    if (m_running) {
        m_again = true;   // the running refit may have read the history before the latest change
        return;
    }
    m_running = true;
    m_again = false;
    // Read and fitted on the history's worker thread. The watcher is the context object: it is a
    // child of this one, so a fit that finishes after we are gone finds no watcher and no
    // connection, and is dropped unseen. (QFuture::then(this, …) in Qt 6.4 asserts on a context
    // that died first.)
    auto *watcher = new QFutureWatcher<model::RunEstimator>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onFitted(watcher->future().isValid() && watcher->future().resultCount() > 0 ? watcher->result()
                                                                                    : model::RunEstimator());
    });
    watcher->setFuture(m_history->run([](store::HistoryStore &s) { return fit(s); }));
}

void HistoryRateSource::onFitted(const model::RunEstimator &estimator)
{
    m_running = false;
    m_estimator = estimator;
    emit changed();
    if (m_again)
        refresh();
}

} // namespace sdanim::session
