#include "ui/RequestLogModel.h"

#include <QLocale>

namespace sdanim::ui {

RequestLogModel::RequestLogModel(api::RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    reset();
    connect(log, &api::RequestLog::entryAdded, this, &RequestLogModel::add);
    connect(log, &api::RequestLog::entryUpdated, this, &RequestLogModel::update);
    connect(log, &api::RequestLog::cleared, this, &RequestLogModel::reset);
}

void RequestLogModel::reset()
{
    beginResetModel();
    const QList<api::RequestLogEntry> entries = m_log->entries();
    m_entries.assign(entries.begin(), entries.end());
    endResetModel();
}

void RequestLogModel::add(const api::RequestLogEntry &entry)
{
    if (!m_entries.empty() && entry.id <= m_entries.back().id)
        return;   // already in the snapshot
    if (m_entries.size() >= size_t(api::RequestLog::MaxEntries)) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void RequestLogModel::update(const api::RequestLogEntry &entry)
{
    if (m_entries.empty() || entry.id < m_entries.front().id || entry.id > m_entries.back().id)
        return;
    // Ids are consecutive, so the row follows from the first one kept.
    const int row = int(entry.id - m_entries.front().id);
    m_entries[size_t(row)] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const api::RequestLogEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(e.started.time(), QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn: return e.method;
        case UrlColumn: return e.url;
        case StatusColumn:
            if (!e.finished) return tr("…");
            return e.httpStatus > 0 ? QString::number(e.httpStatus) : tr("failed");
        case DurationColumn: return e.finished ? tr("%1 ms").arg(e.durationMs) : QString();
        case AuthColumn: return e.authorized ? tr("Bearer ***") : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == UrlColumn) return e.url;
        if (index.column() == StatusColumn && !e.error.isEmpty()) return e.error;
        if (index.column() == AuthColumn)
            return e.authorized ? tr("An Authorization header was sent; its value is never shown.")
                                : tr("No Authorization header was sent.");
    }
    if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case AuthColumn: return tr("Token");
    }
    return {};
}

} // namespace sdanim::ui
