#include "store/HistoryImporter.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QRegularExpression>

namespace sdanim::store {

namespace {

enum class ImportResult { Added, Updated, Unchanged, Failed };

// A prediction id fit for a URL path (spec §2.1: [0-9a-z]{26}, treated as opaque lowercase).
bool isPlainId(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[0-9a-z]{1,64}$"));
    return plain.match(id).hasMatch();
}

// The QFuture's answer on `context`'s thread, dropped when `context` is gone first.
template <typename T, typename F>
void whenDone(QObject *context, const QFuture<T> &future, F handle)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handle] {
        watcher->deleteLater();
        handle(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace

HistoryImporter::HistoryImporter(api::ApiClient *client, AsyncHistoryStore *store, const BackendIdentity &backend,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_backend(backend)
    , m_model(QString::fromLatin1(settings::AppSettings::DefaultModel))
    , m_versions{schema::ModelSchema::pinnedVersionId()}
{
}

void HistoryImporter::setModel(const QString &ownerSlashName, const QStringList &knownVersions)
{
    m_model = ownerSlashName;
    m_versions.clear();
    for (const QString &v : knownVersions)
        if (!v.isEmpty()) m_versions.insert(v);
}

void HistoryImporter::start(int maxPages)
{
    m_maxPages = maxPages;
    if (!m_client) return cancel();
    fetch(m_client->endpoint(QStringLiteral("/predictions")));
}

void HistoryImporter::cancel()
{
    if (m_canceled) return;
    m_canceled = true;
    for (api::ApiCall *call : findChildren<api::ApiCall *>(Qt::FindDirectChildrenOnly)) call->abort();
    emit canceled(m_added, m_updated);
}

void HistoryImporter::fetch(const QUrl &url)
{
    // The backend that owns the client went away (the app switched backends): stop, keeping what
    // was stored.
    if (!m_client) return cancel();
    m_visited.insert(url);
    api::ApiCall *call = m_client->get(url, this);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (m_canceled) return;
        if (!call->isOk()) {
            emit failed(call->error());
            return;
        }
        const QJsonObject page = call->json().object();
        if (!page.value(QStringLiteral("results")).isArray()) {
            api::ApiError e;
            e.httpStatus = call->httpStatus();
            e.detail = QCoreApplication::translate("sdanim::store::HistoryImporter", "The prediction list had no \"results\" array.");
            emit failed(e);
            return;
        }
        const QString next = page.value(QStringLiteral("next")).toString();
        onPage(page.value(QStringLiteral("results")).toArray(), next.isEmpty() ? QUrl() : QUrl(next));
    });
}

HistoryImporter::Whose HistoryImporter::whose(const api::Prediction &p) const
{
    if (!p.model.isEmpty()) return p.model.compare(m_model, Qt::CaseInsensitive) == 0 ? Whose::Ours : Whose::Other;
    if (!p.version.isEmpty() && m_versions.contains(p.version)) return Whose::Ours;
    return Whose::Unknown;
}

void HistoryImporter::onPage(const QJsonArray &results, const QUrl &next)
{
    ++m_pages;
    m_next = next;
    m_page.clear();
    m_full.clear();
    m_toFetch.clear();
    QStringList ids;
    for (const QJsonValue &v : results) {
        const api::Prediction p = api::Prediction::fromJson(v.toObject());
        if (p.id.isEmpty()) continue;
        ++m_seen;
        if (whose(p) == Whose::Other) {
            ++m_skipped;
            continue;
        }
        m_page << p;
        ids << p.id;
    }
    // Summaries the history already has finished need no GET: nothing about them changes.
    const auto known = m_store->run([ids](HistoryStore &s) {
        QSet<QString> finished;
        for (const QString &id : ids)
            if (const auto r = s.get(id, HistoryStore::Log::Skip); r && r->isTerminal()) finished.insert(id);
        return finished;
    });
    whenDone(this, known, [this](const QSet<QString> &finished) { onKnown(finished); });
}

void HistoryImporter::onKnown(const QSet<QString> &finishedLocally)
{
    if (m_canceled) return;
    for (const api::Prediction &p : std::as_const(m_page)) {
        const bool summary = p.input.isEmpty() && !p.dataRemoved;
        if ((whose(p) == Whose::Unknown || summary) && !finishedLocally.contains(p.id) && isPlainId(p.id))
            m_toFetch << p.id;
    }
    if (m_toFetch.isEmpty()) return storePage();
    fetchMore();
}

void HistoryImporter::fetchMore()
{
    if (!m_client) return cancel();
    while (m_inFlight < MaxConcurrentRequests && !m_toFetch.isEmpty()) {
        const QString id = m_toFetch.takeFirst();
        ++m_inFlight;
        api::ApiCall *call = m_client->get(m_client->endpoint(QStringLiteral("/predictions/") + id), this);
        connect(call, &api::ApiCall::finished, this, [this, call, id] {
            if (m_canceled) return;
            const bool ok = call->isOk() && call->json().isObject();
            onFetched(id, ok ? api::Prediction::fromJson(call->json().object()) : api::Prediction(), ok);
        });
    }
}

void HistoryImporter::onFetched(const QString &id, const api::Prediction &full, bool ok)
{
    --m_inFlight;
    // A failed GET leaves the list entry as it was: a summary of ours is still worth keeping.
    if (ok && full.id == id) m_full.insert(id, full);
    if (!m_toFetch.isEmpty()) return fetchMore();
    if (m_inFlight == 0) storePage();
}

void HistoryImporter::storePage()
{
    if (m_canceled) return;
    QList<api::Prediction> predictions;
    for (const api::Prediction &listed : std::as_const(m_page)) {
        const api::Prediction p = m_full.value(listed.id, listed);
        if (whose(p) != Whose::Ours) {
            ++m_skipped;
            continue;
        }
        predictions << p;
    }
    m_page.clear();
    m_full.clear();
    const BackendIdentity backend = m_backend;
    const double price = m_pricePerSecondUsd;
    const auto stored = m_store->run([predictions, backend, price](HistoryStore &s) {
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
    });
    whenDone(this, stored, [this](const QList<ImportResult> &outcome) {
        for (ImportResult r : outcome) {
            if (r == ImportResult::Added) ++m_added;
            else if (r == ImportResult::Updated) ++m_updated;
            else if (r == ImportResult::Unchanged) ++m_unchanged;
        }
        if (m_canceled) return;
        emit pageImported(m_pages, m_seen);
        if (m_canceled) return;   // canceled by a handler of pageImported
        // `next` is an absolute URL with an opaque cursor (spec §3.5); a repeated one would loop.
        if (m_next.isValid() && !m_next.isEmpty() && !m_visited.contains(m_next) && m_pages < m_maxPages)
            fetch(m_next);
        else
            emit finished(m_added, m_updated, m_unchanged, m_skipped);
    });
}

} // namespace sdanim::store
