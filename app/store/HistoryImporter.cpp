#include "store/HistoryImporter.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Prediction.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sdanim::store {

namespace {

enum class ImportResult { Added, Updated, Unchanged, Failed };

} // namespace

HistoryImporter::HistoryImporter(api::ApiClient *client, AsyncHistoryStore *store, const BackendIdentity &backend,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_backend(backend)
{
}

void HistoryImporter::start(int maxPages)
{
    m_maxPages = maxPages;
    fetch(m_client->endpoint(QStringLiteral("/predictions")));
}

void HistoryImporter::fetch(const QUrl &url)
{
    m_visited.insert(url);
    api::ApiCall *call = m_client->get(url, this);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (!call->isOk()) {
            emit failed(call->error());
            return;
        }
        const QJsonObject page = call->json().object();
        if (!page.value(QStringLiteral("results")).isArray()) {
            api::ApiError e;
            e.httpStatus = call->httpStatus();
            e.detail = QCoreApplication::translate("HistoryImporter", "The prediction list had no \"results\" array.");
            emit failed(e);
            return;
        }
        const QString next = page.value(QStringLiteral("next")).toString();
        onPage(page.value(QStringLiteral("results")).toArray(), next.isEmpty() ? QUrl() : QUrl(next));
    });
}

void HistoryImporter::onPage(const QJsonArray &results, const QUrl &next)
{
    ++m_pages;
    QList<api::Prediction> predictions;
    for (const QJsonValue &v : results) {
        api::Prediction p = api::Prediction::fromJson(v.toObject());
        if (!p.id.isEmpty()) predictions << p;
    }
    m_seen += predictions.size();
    const BackendIdentity backend = m_backend;
    const double price = m_pricePerSecondUsd;
    m_store->run([predictions, backend, price](HistoryStore &s) {
        QList<ImportResult> outcome;
        s.transaction([&] {
            for (const api::Prediction &p : predictions) {
                auto existing = s.get(p.id);
                if (!existing) {
                    HistoryRecord r;
                    r.backend = backend.name;
                    r.baseUrl = backend.baseUrl;
                    r.resumable = backend.resumable;
                    r.mergePrediction(p);
                    if (r.source.isEmpty()) r.source = QStringLiteral("api");
                    if (r.isTerminal()) r.costUsd = CostEstimator::estimateUsd(r.backend, r.predictTime, price);
                    outcome << (s.insert(r) ? ImportResult::Added : ImportResult::Failed);
                } else if (!existing->isTerminal() && p.isTerminal()) {
                    existing->mergePrediction(p);
                    existing->costUsd = CostEstimator::estimateUsd(existing->backend, existing->predictTime, price);
                    outcome << (s.update(*existing) ? ImportResult::Updated : ImportResult::Failed);
                } else {
                    outcome << ImportResult::Unchanged;
                }
            }
            return true;
        });
        return outcome;
    }).then(this, [this, next](const QList<ImportResult> &outcome) {
        for (ImportResult r : outcome) {
            if (r == ImportResult::Added) ++m_added;
            else if (r == ImportResult::Updated) ++m_updated;
            else if (r == ImportResult::Unchanged) ++m_unchanged;
        }
        emit pageImported(m_pages, m_seen);
        // `next` is an absolute URL with an opaque cursor (spec §3.5); a repeated one would loop.
        if (next.isValid() && !next.isEmpty() && !m_visited.contains(next) && m_pages < m_maxPages)
            fetch(next);
        else
            emit finished(m_added, m_updated, m_unchanged);
    });
}

} // namespace sdanim::store
