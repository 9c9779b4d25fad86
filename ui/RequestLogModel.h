#pragma once

#include "api/RequestLog.h"

#include <QAbstractTableModel>

#include <deque>

namespace sdanim::ui {

// The debug pane's table: the api::RequestLog entries (newest last, at most
// api::RequestLog::MaxEntries), following the log as requests start and finish.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, AuthColumn, ColumnCount };

    explicit RequestLogModel(api::RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const api::RequestLogEntry &entry(int row) const { return m_entries[size_t(row)]; }

private:
    void add(const api::RequestLogEntry &entry);
    void update(const api::RequestLogEntry &entry);
    void reset();

    api::RequestLog *m_log;
    std::deque<api::RequestLogEntry> m_entries;
};

} // namespace sdanim::ui
