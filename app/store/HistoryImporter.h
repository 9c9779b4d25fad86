#pragma once

#include "api/ApiError.h"
#include "api/Prediction.h"
#include "settings/AppSettings.h"
#include "store/BackendIdentity.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace sdanim::api { class ApiClient; }

namespace sdanim::store {

class AsyncHistoryStore;

// Brings the account's predictions of this model (GET /v1/predictions, newest first, following
// the absolute `next` URLs) into the history, including ones made on the website (source "web").
// The list holds every model's predictions: an entry is this model's when its `model` says so,
// or, when it names none, when its `version` is one of this model's known versions; an entry
// naming neither is fetched to find out. List entries may be summaries without `input`
// (spec §3.5): each one of this model is fetched (GET /v1/predictions/{id}) before it is stored,
// at most MaxConcurrentRequests at a time, unless the history already has it finished.
// Known ids are never duplicated: a row that is still running locally is brought up to date,
// others are kept. Requests go through api::ApiClient, which sends the token only to URLs under
// the API base.
class HistoryImporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxPages = 50;   // 5,000 predictions
    static constexpr int MaxConcurrentRequests = 4;

    HistoryImporter(api::ApiClient *client, AsyncHistoryStore *store, const BackendIdentity &backend,
                    QObject *parent = nullptr);

    // The model whose predictions are imported (owner/name) and version ids known to be its.
    // Default: AppSettings::DefaultModel and schema::ModelSchema::pinnedVersionId().
    void setModel(const QString &ownerSlashName, const QStringList &knownVersions);
    // The price per second for the imported cloud runs' cost (AppSettings::pricePerSecondUsd()).
    void setPricePerSecondUsd(double usd) { m_pricePerSecondUsd = usd; }
    void start(int maxPages = DefaultMaxPages);
    // Stops at once: requests in flight are aborted and nothing more is stored (a page already
    // being written is written whole, in its transaction). Emits canceled(); no finished/failed.
    void cancel();
    bool isCanceled() const { return m_canceled; }

signals:
    void pageImported(int page, int predictionsSoFar);
    // `skipped`: entries of other models (or that could not be told apart from them).
    void finished(int added, int updated, int unchanged, int skipped);
    void failed(const sdanim::api::ApiError &error);
    // What was stored before cancel() took effect.
    void canceled(int added, int updated);

private:
    enum class Whose { Ours, Other, Unknown };

    void fetch(const QUrl &url);
    void onPage(const QJsonArray &results, const QUrl &next);
    void onKnown(const QSet<QString> &finishedLocally);
    void fetchMore();
    void onFetched(const QString &id, const api::Prediction &full, bool ok);
    void storePage();
    Whose whose(const api::Prediction &p) const;

    QPointer<api::ApiClient> m_client;
    QPointer<AsyncHistoryStore> m_store;
    BackendIdentity m_backend;
    QString m_model;
    QSet<QString> m_versions;
    int m_maxPages = DefaultMaxPages;
    double m_pricePerSecondUsd = settings::AppSettings::DefaultPricePerSecondUsd;
    int m_pages = 0;
    int m_seen = 0;
    int m_added = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    int m_skipped = 0;
    QSet<QUrl> m_visited;
    bool m_canceled = false;

    // The page being imported.
    QList<api::Prediction> m_page;       // list entries that may be ours, in list order
    QHash<QString, api::Prediction> m_full;
    QStringList m_toFetch;
    int m_inFlight = 0;
    QUrl m_next;
};

} // namespace sdanim::store
