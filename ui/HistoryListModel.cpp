#include "ui/HistoryListModel.h"

#include "concurrent/FutureCallbacks.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"
#include "ui/ThumbnailCache.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>

namespace sdanim::ui {

namespace {
constexpr int ThumbnailSide = 48;  // logical pixels; the cache holds device pixels

bool sameRow(const store::HistoryRow &a, const store::HistoryRow &b)
{
    return a.rowId == b.rowId && a.id == b.id && a.localId == b.localId && a.promptStart == b.promptStart
           && a.promptEnd == b.promptEnd && a.status == b.status && a.backend == b.backend
           && a.createdAt == b.createdAt && a.durationSeconds == b.durationSeconds && a.costUsd == b.costUsd
           && a.thumbnailPath == b.thumbnailPath && a.outputCount == b.outputCount;
}
} // namespace

HistoryListModel::HistoryListModel(store::AsyncHistoryStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_thumbnails(new ThumbnailCache(QSize(ThumbnailSide, ThumbnailSide) * qGuiApp->devicePixelRatio(), this))
{
    m_query.limit = PageSize;
    // A running job writes several times a second; one re-read per burst is enough.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &HistoryListModel::refresh);
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &HistoryListModel::onThumbnailReady);
    if (m_store)
        connect(m_store, &store::AsyncHistoryStore::changed, &m_refreshTimer, qOverload<>(&QTimer::start));
    reload();
}

HistoryListModel::~HistoryListModel() = default;

QSize HistoryListModel::thumbnailSize() const
{
    return QSize(ThumbnailSide, ThumbnailSide);
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::HistoryRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 → %2").arg(row.promptStart, row.promptEnd);
    case Qt::ToolTipRole: {
        QStringList lines{tr("From: %1").arg(row.promptStart), tr("To: %1").arg(row.promptEnd),
                          tr("Status: %1").arg(row.status),
                          tr("Created: %1").arg(QLocale().toString(row.createdAt.toLocalTime(), QLocale::LongFormat))};
        if (!row.id.isEmpty())
            lines << tr("Prediction: %1").arg(row.id);
        if (!row.thumbnailPath.isEmpty())
            lines << tr("Files: %1").arg(QDir::toNativeSeparators(QFileInfo(row.thumbnailPath).absolutePath()));
        return lines.join(QLatin1Char('\n'));
    }
    case KeyRole:
        return row.key();
    case PredictionIdRole:
        return row.id;
    case PromptStartRole:
        return row.promptStart;
    case PromptEndRole:
        return row.promptEnd;
    case StatusRole:
        return row.status;
    case BackendRole:
        return row.backend;
    case CreatedAtRole:
        return row.createdAt;
    case DurationRole:
        return row.durationSeconds;
    case CostRole:
        return row.costUsd;
    case CostTextRole:
        return store::CostEstimator::format(row.costUsd, row.backend);
    case OutputPathRole:
        return row.thumbnailPath;
    case OutputCountRole:
        return row.outputCount;
    case ThumbnailRole:
        return m_thumbnails->thumbnail(row.thumbnailPath);
    case ThumbnailFailedRole:
        return row.thumbnailPath.isEmpty() || m_thumbnails->hasFailed(row.thumbnailPath);
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(PredictionIdRole, "predictionId");
    names.insert(PromptStartRole, "promptStart");
    names.insert(PromptEndRole, "promptEnd");
    names.insert(StatusRole, "status");
    names.insert(BackendRole, "backend");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(DurationRole, "duration");
    names.insert(CostRole, "cost");
    names.insert(CostTextRole, "costText");
    names.insert(OutputPathRole, "outputPath");
    names.insert(OutputCountRole, "outputCount");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(ThumbnailFailedRole, "thumbnailFailed");
    return names;
}

store::HistoryRow HistoryListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : store::HistoryRow();
}

int HistoryListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key() == key || m_rows.at(i).localId == key)
            return i;
    return -1;
}

QModelIndex HistoryListModel::indexOfKey(const QString &key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? QModelIndex() : index(row);
}

void HistoryListModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void HistoryListModel::setStatuses(const QStringList &statuses)
{
    if (statuses == m_query.statuses)
        return;
    m_query.statuses = statuses;
    reload();
}

void HistoryListModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

void HistoryListModel::requestCount()
{
    if (!m_store)
        return;
    const quint64 generation = m_generation;
    concurrent::FutureCallbacks::onResult(m_store->count(m_query), this, [this, generation](int total) {
        if (generation == m_generation)
            setTotal(total);
    });
}

void HistoryListModel::reload()
{
    ++m_generation;
    m_refreshTimer.stop();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_pendingRefresh = false;
    setTotal(-1);
    if (!m_store) {
        m_pendingFetch = false;
        return;
    }
    m_pendingFetch = true;
    requestCount();
    store::HistoryQuery first = m_query;
    first.offset = 0;
    first.limit = PageSize;
    const quint64 generation = m_generation;
    concurrent::FutureCallbacks::onResult(m_store->list(first), this, [this, generation](const QList<store::HistoryRow> &rows) {
        if (generation != m_generation)
            return;
        m_pendingFetch = false;
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = rows;
            endInsertRows();
        }
        emit reloaded();
        emit settled();
    });
}

bool HistoryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_pendingFetch && !m_pendingRefresh && m_total > m_rows.size();
}

void HistoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pendingFetch = true;
    store::HistoryQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = PageSize;
    const quint64 generation = m_generation;
    concurrent::FutureCallbacks::onResult(m_store->list(page), this, [this, generation](const QList<store::HistoryRow> &rows) {
        if (generation != m_generation)
            return;
        m_pendingFetch = false;
        // Rows inserted at the top since the last page shift the offsets; skip what we already have.
        QSet<qint64> known;
        for (const store::HistoryRow &row : std::as_const(m_rows))
            known.insert(row.rowId);
        QList<store::HistoryRow> fresh;
        for (const store::HistoryRow &row : rows)
            if (!known.contains(row.rowId))
                fresh.append(row);
        if (!fresh.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
            m_rows.append(fresh);
            endInsertRows();
        }
        if (rows.isEmpty() && m_total > m_rows.size())
            setTotal(int(m_rows.size()));  // the store has fewer rows than counted (deleted meanwhile)
        emit settled();
    });
}

void HistoryListModel::refresh()
{
    if (!m_store)
        return;
    if (m_pendingFetch || m_pendingRefresh) {
        m_refreshTimer.start();  // try again when the query in flight has answered
        return;
    }
    m_pendingRefresh = true;
    requestCount();
    store::HistoryQuery window = m_query;
    window.offset = 0;
    window.limit = std::max<int>(PageSize, int(m_rows.size()));
    const quint64 generation = m_generation;
    concurrent::FutureCallbacks::onResult(m_store->list(window), this, [this, generation](const QList<store::HistoryRow> &rows) {
        if (generation != m_generation)
            return;
        m_pendingRefresh = false;
        applyWindow(rows);
        emit settled();
    });
}

void HistoryListModel::applyWindow(const QList<store::HistoryRow> &rows)
{
    // Turn the old rows into the new ones with row-level inserts/removes/changes, so the view
    // keeps its selection and scroll position. Rows are identified by their database row id,
    // which (unlike the key) does not change when the server assigns the prediction id.
    QSet<qint64> fresh;
    for (const store::HistoryRow &row : rows)
        fresh.insert(row.rowId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!fresh.contains(m_rows.at(i).rowId)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QSet<qint64> remaining;
    for (const store::HistoryRow &row : std::as_const(m_rows))
        remaining.insert(row.rowId);
    int i = 0;
    for (const store::HistoryRow &row : rows) {
        if (i < m_rows.size() && m_rows.at(i).rowId == row.rowId) {
            if (!sameRow(m_rows.at(i), row)) {
                m_rows[i] = row;
                emit dataChanged(index(i), index(i));
            }
        } else if (remaining.contains(row.rowId)) {
            // Reordered (a row's creation time changed): rare, so a reset is acceptable.
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, row);
            endInsertRows();
        }
        ++i;
    }
}

void HistoryListModel::removeKey(const QString &key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (m_total > 0)
        setTotal(m_total - 1);
}

void HistoryListModel::onThumbnailReady(const QString &path)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).thumbnailPath == path)
            emit dataChanged(index(i), index(i), {ThumbnailRole, ThumbnailFailedRole});
}

} // namespace sdanim::ui
