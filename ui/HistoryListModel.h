#pragma once

#include "store/HistoryQuery.h"
#include "store/HistoryRow.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace sdanim::store {
class AsyncHistoryStore;
}

namespace sdanim::ui {

class ThumbnailCache;

// The prediction history as a list model over the store's lightweight rows, newest first. Rows
// arrive a page at a time (fetchMore) from the store's worker thread, so the view stays fast
// with thousands of entries; thumbnails are decoded on demand off the UI thread.
class HistoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,  // prediction id, or the local id while the create is in flight
        PredictionIdRole,
        PromptStartRole,
        PromptEndRole,
        StatusRole,
        BackendRole,
        CreatedAtRole,
        DurationRole,                 // seconds (double), -1 unknown
        CostRole,                     // USD (double), -1 unknown
        CostTextRole,                 // "$0.0123", "free (local)" or ""
        OutputPathRole,               // first saved output file; empty if none
        OutputCountRole,
        ThumbnailRole,                // QImage; null while loading or when there is none
        ThumbnailFailedRole,          // bool: no thumbnail can be made (e.g. an MP4 only)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    explicit HistoryListModel(store::AsyncHistoryStore *store, QObject *parent = nullptr);
    ~HistoryListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString search() const { return m_query.search; }
    QStringList statuses() const { return m_query.statuses; }
    // Matching rows in the store (not just the loaded ones); -1 until the first count arrives.
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_pendingFetch || m_pendingRefresh; }
    store::HistoryRow rowAt(int row) const;
    int rowOfKey(const QString &key) const;
    QModelIndex indexOfKey(const QString &key) const;
    QSize thumbnailSize() const;

public slots:
    void setSearch(const QString &text);
    void setStatuses(const QStringList &statuses);
    // Starts over: counts and loads the first page for the current search.
    void reload();
    // Re-reads the rows already loaded (after the store changed), keeping the view's place.
    void refresh();
    // Drops a row at once (before the store confirms a delete), so the list reacts instantly.
    void removeKey(const QString &key);

signals:
    void totalCountChanged(int total);
    // The first page after reload() arrived (also when it was empty).
    void reloaded();
    // A refresh or page load finished; the rows are current.
    void settled();

private:
    void requestCount();
    void applyWindow(const QList<store::HistoryRow> &rows);
    void onThumbnailReady(const QString &path);
    void setTotal(int total);

    QPointer<store::AsyncHistoryStore> m_store;
    ThumbnailCache *m_thumbnails;
    store::HistoryQuery m_query;
    QList<store::HistoryRow> m_rows;
    QTimer m_refreshTimer;
    int m_total = -1;
    // Results of a query started before the last reload() are stale; this tells them apart.
    quint64 m_generation = 0;
    bool m_pendingFetch = false;
    bool m_pendingRefresh = false;
};

} // namespace sdanim::ui
