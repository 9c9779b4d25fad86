#include "queue/QueueStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sdanim::queue {

namespace {

const QString kColumns = QStringLiteral(
    "job_id, position, state, backend, source, input_json, estimate_usd, cost_usd, history_key, prediction_id,"
    " attempts, not_before, error, created_at, started_at, finished_at, deployment");

QVariant msecs(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()); }
QDateTime timeOf(const QVariant &v) { return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC); }
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

QueueJob jobFrom(const QSqlQuery &q)
{
    QueueJob j;
    j.id = q.value(0).toLongLong();
    j.position = q.value(1).toLongLong();
    j.state = QueueJob::stateFromName(q.value(2).toString()).value_or(QueueJob::State::Failed);
    j.backend = q.value(3).toString();
    j.source = q.value(4).toString();
    j.input = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    j.estimateUsd = q.value(6).toDouble();
    j.costUsd = q.value(7).isNull() ? -1 : q.value(7).toDouble();
    j.historyKey = q.value(8).toString();
    j.predictionId = q.value(9).toString();
    j.attempts = q.value(10).toInt();
    j.notBefore = timeOf(q.value(11));
    j.error = q.value(12).toString();
    j.createdAt = timeOf(q.value(13));
    j.startedAt = timeOf(q.value(14));
    j.finishedAt = timeOf(q.value(15));
    j.deployment = q.value(16).toString();
    return j;
}

QString waiting() { return QStringLiteral("('queued', 'paused')"); }

} // namespace

QString QueueStore::backendKey(const store::BackendIdentity &identity)
{
    return identity.resumable && !identity.baseUrl.isEmpty() ? identity.name + QLatin1Char(' ') + identity.baseUrl : identity.name;
}

bool QueueStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool QueueStore::add(QueueJob &job, Place place)
{
    return m_history.transaction([&] {
        QSqlQuery q(m_history.database());
        // Positions only order the line: the front may go below 1 (move() keeps the set it finds).
        const QString next = place == Place::Front ? QStringLiteral("SELECT coalesce(min(position), 1) - 1 FROM queue_jobs")
                                                   : QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM queue_jobs");
        if (!q.exec(next) || !q.next())
            return fail(q.lastError().text());
        job.position = q.value(0).toLongLong();
        job.state = QueueJob::State::Queued;
        if (!job.createdAt.isValid()) job.createdAt = QDateTime::currentDateTimeUtc();
        q.prepare(QStringLiteral("INSERT INTO queue_jobs (position, state, backend, source, input_json, estimate_usd, created_at,"
                                 " deployment) VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(job.position);
        q.addBindValue(job.backend);
        q.addBindValue(job.source);
        q.addBindValue(QString::fromUtf8(QJsonDocument(job.input).toJson(QJsonDocument::Compact)));
        q.addBindValue(job.estimateUsd);
        q.addBindValue(job.createdAt.toMSecsSinceEpoch());
        q.addBindValue(textOrNull(job.deployment));
        if (!q.exec()) return fail(q.lastError().text());
        job.id = q.lastInsertId().toLongLong();
        return true;
    });
}

std::optional<QueueJob> QueueStore::get(qint64 id) const
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM queue_jobs WHERE job_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(QCoreApplication::translate("sdanim::queue::QueueStore", "No job %1 in the queue.").arg(id));
        return std::nullopt;
    }
    return jobFrom(q);
}

QList<QueueJob> QueueStore::list() const
{
    QList<QueueJob> jobs;
    QSqlQuery q(m_history.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM queue_jobs ORDER BY position, job_id"))) {
        fail(q.lastError().text());
        return jobs;
    }
    while (q.next()) jobs << jobFrom(q);
    return jobs;
}

bool QueueStore::update(const QueueJob &job)
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("UPDATE queue_jobs SET position = ?, state = ?, backend = ?, source = ?, input_json = ?,"
                             " estimate_usd = ?, cost_usd = ?, history_key = ?, prediction_id = ?, attempts = ?,"
                             " not_before = ?, error = ?, started_at = ?, finished_at = ?, deployment = ? WHERE job_id = ?"));
    q.addBindValue(job.position);
    q.addBindValue(QueueJob::stateName(job.state));
    q.addBindValue(job.backend);
    q.addBindValue(job.source);
    q.addBindValue(QString::fromUtf8(QJsonDocument(job.input).toJson(QJsonDocument::Compact)));
    q.addBindValue(job.estimateUsd);
    q.addBindValue(job.costUsd >= 0 ? QVariant(job.costUsd) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(textOrNull(job.historyKey));
    q.addBindValue(textOrNull(job.predictionId));
    q.addBindValue(job.attempts);
    q.addBindValue(msecs(job.notBefore));
    q.addBindValue(textOrNull(job.error));
    q.addBindValue(msecs(job.startedAt));
    q.addBindValue(msecs(job.finishedAt));
    q.addBindValue(textOrNull(job.deployment));
    q.addBindValue(job.id);
    if (!q.exec()) return fail(q.lastError().text());
    if (q.numRowsAffected() != 1) return fail(QCoreApplication::translate("sdanim::queue::QueueStore", "No job %1 in the queue.").arg(job.id));
    return true;
}

bool QueueStore::move(qint64 id, int place)
{
    return m_history.transaction([&] {
        QList<qint64> line;
        QList<qint64> positions;
        QSqlQuery q(m_history.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT job_id, position FROM queue_jobs WHERE state IN ") + waiting()
                    + QStringLiteral(" ORDER BY position, job_id")))
            return fail(q.lastError().text());
        while (q.next()) {
            line << q.value(0).toLongLong();
            positions << q.value(1).toLongLong();
        }
        const qsizetype from = line.indexOf(id);
        if (from < 0)
            return fail(QCoreApplication::translate("sdanim::queue::QueueStore", "Job %1 is not waiting in the queue (only queued or paused jobs move).").arg(id));
        line.removeAt(from);
        line.insert(qBound(0, place - 1, int(line.size())), id);
        // The waiting jobs share the positions they had, so running and finished jobs keep theirs.
        QSqlQuery u(m_history.database());
        u.prepare(QStringLiteral("UPDATE queue_jobs SET position = ? WHERE job_id = ?"));
        for (qsizetype i = 0; i < line.size(); ++i) {
            u.bindValue(0, positions.at(i));
            u.bindValue(1, line.at(i));
            if (!u.exec()) return fail(u.lastError().text());
        }
        return true;
    });
}

bool QueueStore::remove(qint64 id)
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("UPDATE queue_jobs SET state = CASE state WHEN 'running' THEN 'canceled' ELSE 'removed' END,"
                             " finished_at = CASE state WHEN 'running' THEN finished_at ELSE ? END"
                             " WHERE job_id = ? AND state IN ('queued', 'paused', 'running')"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec()) return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("sdanim::queue::QueueStore", "Job %1 is not in the queue or has already finished.").arg(id));
    return true;
}

bool QueueStore::setPaused(qint64 id, bool paused)
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("UPDATE queue_jobs SET state = ? WHERE job_id = ? AND state = ?"));
    q.addBindValue(paused ? QStringLiteral("paused") : QStringLiteral("queued"));
    q.addBindValue(id);
    q.addBindValue(paused ? QStringLiteral("queued") : QStringLiteral("paused"));
    if (!q.exec()) return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(paused ? QCoreApplication::translate("sdanim::queue::QueueStore", "Job %1 is not queued, so it cannot be paused.").arg(id)
                           : QCoreApplication::translate("sdanim::queue::QueueStore", "Job %1 is not paused.").arg(id));
    return true;
}

int QueueStore::clear(bool waitingToo)
{
    QSqlQuery q(m_history.database());
    QString sql = QStringLiteral("DELETE FROM queue_jobs WHERE state IN ('done', 'failed', 'canceled', 'removed'");
    if (waitingToo) sql += QStringLiteral(", 'queued', 'paused'");
    sql += QLatin1Char(')');
    if (!q.exec(sql)) {
        fail(q.lastError().text());
        return -1;
    }
    return q.numRowsAffected();
}

bool QueueStore::claim(qint64 id, const QDateTime &now)
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("UPDATE queue_jobs SET state = 'running', attempts = attempts + 1, started_at = ?,"
                             " history_key = NULL, prediction_id = NULL, error = NULL WHERE job_id = ? AND state = 'queued'"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec()) return fail(q.lastError().text());
    return q.numRowsAffected() == 1;
}

bool QueueStore::link(qint64 id, const QString &historyKey)
{
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("UPDATE queue_jobs SET history_key = ? WHERE job_id = ?"));
    q.addBindValue(historyKey);
    q.addBindValue(id);
    if (!q.exec()) return fail(q.lastError().text());
    return q.numRowsAffected() == 1;
}

QueueSettings QueueStore::settings() const
{
    QueueSettings s;
    QSqlQuery q(m_history.database());
    if (!q.exec(QStringLiteral("SELECT paused, concurrency_json, budget_usd, daily_budget_usd FROM queue_settings WHERE id = 1"))) {
        fail(q.lastError().text());
        return s;
    }
    if (!q.next()) return s;
    s.paused = q.value(0).toBool();
    const QJsonObject limits = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    for (auto it = limits.begin(); it != limits.end(); ++it)
        s.concurrency.insert(it.key(), qBound(1, it.value().toInt(QueueSettings::defaultConcurrencyFor(it.key())), QueueSettings::MaxConcurrency));
    s.budgetUsd = q.value(2).isNull() ? -1 : q.value(2).toDouble();
    s.dailyBudgetUsd = q.value(3).isNull() ? -1 : q.value(3).toDouble();
    return s;
}

bool QueueStore::setSettings(const QueueSettings &s)
{
    QJsonObject limits;
    for (auto it = s.concurrency.begin(); it != s.concurrency.end(); ++it) limits.insert(it.key(), it.value());
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO queue_settings (id, paused, concurrency_json, budget_usd, daily_budget_usd)"
                             " VALUES (1, ?, ?, ?, ?)"));
    q.addBindValue(s.paused ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(limits).toJson(QJsonDocument::Compact)));
    q.addBindValue(s.budgetUsd >= 0 ? QVariant(s.budgetUsd) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(s.dailyBudgetUsd >= 0 ? QVariant(s.dailyBudgetUsd) : QVariant(QMetaType::fromType<double>()));
    if (!q.exec()) return fail(q.lastError().text());
    return true;
}

double QueueStore::spentTodayUsd(const QDateTime &now) const
{
    const QDateTime midnight(now.toUTC().date(), QTime(0, 0), Qt::UTC);
    QSqlQuery q(m_history.database());
    // Soft-deleted rows too: deleting a run from the history does not refund it.
    q.prepare(QStringLiteral("SELECT coalesce(sum(CASE WHEN j.job_id IS NOT NULL THEN j.cost_usd ELSE p.cost_usd END), 0)"
                             " FROM predictions p LEFT JOIN queue_jobs j ON j.history_key = p.local_id"
                             " WHERE p.created_at >= ?"));
    q.addBindValue(midnight.toMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.value(0).toDouble();
}

double QueueStore::spentUsd(const QDateTime &since) const
{
    QSqlQuery q(m_history.database());
    QString sql = QStringLiteral("SELECT coalesce(sum(cost_usd), 0) FROM queue_jobs WHERE state IN ('done', 'failed', 'canceled')"
                                 " AND cost_usd IS NOT NULL");
    if (since.isValid()) sql += QStringLiteral(" AND finished_at >= ?");
    q.prepare(sql);
    if (since.isValid()) q.addBindValue(since.toMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.value(0).toDouble();
}

} // namespace sdanim::queue
