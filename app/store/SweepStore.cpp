#include "store/SweepStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sdanim::store {

namespace {

QString compactJson(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject objectOf(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

const QString kSweepColumns = QStringLiteral("sweep_id, created_at, spec_json, base_input_json, grid_rows, grid_columns");

SweepRecord sweepFrom(const QSqlQuery &q)
{
    SweepRecord s;
    s.id = q.value(0).toLongLong();
    s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    s.spec = objectOf(q.value(2));
    s.baseInput = objectOf(q.value(3));
    s.rows = q.value(4).toInt();
    s.columns = q.value(5).toInt();
    return s;
}

} // namespace

bool SweepStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

qint64 SweepStore::create(const QJsonObject &spec, const QJsonObject &baseInput, int rows, int columns, const QDateTime &createdAt)
{
    qint64 id = 0;
    m_history.transaction([&] {
        QSqlQuery q(m_history.database());
        q.prepare(QStringLiteral("INSERT INTO sweeps (created_at, spec_json, base_input_json, grid_rows, grid_columns)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(createdAt.toMSecsSinceEpoch());
        q.addBindValue(compactJson(spec));
        q.addBindValue(compactJson(baseInput));
        q.addBindValue(rows);
        q.addBindValue(columns);
        if (!q.exec()) return fail(q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return true;
    });
    if (id == 0 && m_lastError.isEmpty()) m_lastError = m_history.lastError();
    return id;
}

bool SweepStore::link(qint64 sweepId, const QString &predictionKey, int row, int column)
{
    return m_history.transaction([&] {
        QSqlQuery q(m_history.database());
        // The prediction row by id or local id, as HistoryStore finds it.
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sweep_cells (row_id, sweep_id, grid_row, grid_column)"
            " SELECT row_id, ?, ?, ? FROM predictions WHERE id = ? OR local_id = ? LIMIT 1"));
        q.addBindValue(sweepId);
        q.addBindValue(row);
        q.addBindValue(column);
        q.addBindValue(predictionKey);
        q.addBindValue(predictionKey);
        if (!q.exec()) return fail(q.lastError().text());
        if (q.numRowsAffected() != 1)
            return fail(QCoreApplication::translate("sdanim::store::SweepStore", "No history row for prediction %1.").arg(predictionKey));
        return true;
    });
}

bool SweepStore::setStarred(const QString &predictionKey, bool starred)
{
    return m_history.transaction([&] {
        QSqlQuery q(m_history.database());
        q.prepare(QStringLiteral("UPDATE sweep_cells SET starred = ? WHERE row_id IN"
                                 " (SELECT row_id FROM predictions WHERE id = ? OR local_id = ?)"));
        q.addBindValue(starred ? 1 : 0);
        q.addBindValue(predictionKey);
        q.addBindValue(predictionKey);
        if (!q.exec()) return fail(q.lastError().text());
        if (q.numRowsAffected() < 1)
            return fail(QCoreApplication::translate("sdanim::store::SweepStore", "Prediction %1 is not in a sweep.").arg(predictionKey));
        return true;
    });
}

std::optional<SweepRecord> SweepStore::get(qint64 sweepId) const
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("SELECT ") + kSweepColumns + QStringLiteral(" FROM sweeps WHERE sweep_id = ?"));
    q.addBindValue(sweepId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(QCoreApplication::translate("sdanim::store::SweepStore", "No sweep %1 in the history.").arg(sweepId));
        return std::nullopt;
    }
    SweepRecord sweep = sweepFrom(q);
    QSqlQuery cells(m_history.database());
    cells.setForwardOnly(true);
    cells.prepare(QStringLiteral(
        "SELECT c.grid_row, c.grid_column, coalesce(p.id, p.local_id), c.starred FROM sweep_cells c"
        " JOIN predictions p ON p.row_id = c.row_id"
        " WHERE c.sweep_id = ? AND p.deleted_at IS NULL"
        " ORDER BY c.grid_row, c.grid_column, p.created_at DESC, p.row_id DESC"));
    cells.addBindValue(sweepId);
    if (!cells.exec()) {
        fail(cells.lastError().text());
        return std::nullopt;
    }
    QList<std::tuple<int, int, QString, bool>> newest;
    QSet<QPair<int, int>> seen;
    while (cells.next()) {
        const QPair<int, int> at{cells.value(0).toInt(), cells.value(1).toInt()};
        if (seen.contains(at)) continue;
        seen.insert(at);
        newest << std::tuple<int, int, QString, bool>{at.first, at.second, cells.value(2).toString(), cells.value(3).toBool()};
    }
    for (const auto &[row, column, key, starred] : newest) {
        std::optional<HistoryRecord> record = m_history.get(key, HistoryStore::Log::Skip);
        if (!record) continue;
        sweep.cells << SweepRecord::Cell{row, column, *record, starred};
    }
    return sweep;
}

QList<SweepRecord> SweepStore::list(int limit) const
{
    QList<SweepRecord> result;
    QSqlQuery q(m_history.database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + kSweepColumns
                  + QStringLiteral(" FROM sweeps WHERE deleted_at IS NULL ORDER BY created_at DESC, sweep_id DESC");
    if (limit > 0) sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql)) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next()) result << sweepFrom(q);
    return result;
}

std::optional<SweepStore::Membership> SweepStore::membership(const QString &predictionKey) const
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("SELECT c.sweep_id, c.grid_row, c.grid_column FROM sweep_cells c"
                             " JOIN predictions p ON p.row_id = c.row_id WHERE p.id = ? OR p.local_id = ? LIMIT 1"));
    q.addBindValue(predictionKey);
    q.addBindValue(predictionKey);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid()) fail(q.lastError().text());
        return std::nullopt;
    }
    return Membership{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()};
}

} // namespace sdanim::store
