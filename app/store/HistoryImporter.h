#pragma once

#include "api/ApiError.h"
#include "settings/AppSettings.h"
#include "store/BackendIdentity.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace sdanim::api { class ApiClient; }

namespace sdanim::store {

class AsyncHistoryStore;

// Brings the account's predictions (GET /v1/predictions, newest first, following the absolute
// `next` URLs) into the history, including ones made on the website (source "web"). Known ids are
// never duplicated: a row that is still running locally is brought up to date, others are kept.
// Requests go through api::ApiClient, which sends the token only to URLs under the API base.
class HistoryImporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxPages = 50;   // 5,000 predictions

    HistoryImporter(api::ApiClient *client, AsyncHistoryStore *store, const BackendIdentity &backend,
                    QObject *parent = nullptr);

    // The price per second for the imported cloud runs' cost (AppSettings::pricePerSecondUsd()).
    void setPricePerSecondUsd(double usd) { m_pricePerSecondUsd = usd; }
    void start(int maxPages = DefaultMaxPages);

signals:
    void pageImported(int page, int predictionsSoFar);
    void finished(int added, int updated, int unchanged);
    void failed(const sdanim::api::ApiError &error);

private:
    void fetch(const QUrl &url);
    void onPage(const QJsonArray &results, const QUrl &next);

    QPointer<api::ApiClient> m_client;
    QPointer<AsyncHistoryStore> m_store;
    BackendIdentity m_backend;
    int m_maxPages = DefaultMaxPages;
    double m_pricePerSecondUsd = settings::AppSettings::DefaultPricePerSecondUsd;
    int m_pages = 0;
    int m_seen = 0;
    int m_added = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    QSet<QUrl> m_visited;
};

} // namespace sdanim::store
