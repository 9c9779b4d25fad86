#include "store/HistoryStore.h"

#include "store/HistoryMigrations.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace sdanim::store {

namespace {

QVariant msOrNull(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(); }

QDateTime timeOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString compactJson(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QJsonObject objectOf(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

QString firstWords(const QString &text, int words)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() <= words) return parts.join(QLatin1Char(' '));
    return parts.mid(0, words).join(QLatin1Char(' ')) + QStringLiteral(" …");
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

const QString kColumns = QStringLiteral(
    "row_id, local_id, id, backend, base_url, model, version, source, input_json, status, created_at,"
    " started_at, completed_at, error, metrics_json, predict_time, cost_usd, web_url, get_url,"
    " output_urls_json, raw_json, resumable, deleted_at, owner_pid, owner_host, heartbeat_at");

const QString kLiveStatuses = QStringLiteral("('starting', 'processing', 'creating')");

HistoryRecord recordFrom(const QSqlQuery &q)
{
    HistoryRecord r;
    r.rowId = q.value(0).toLongLong();
    r.localId = q.value(1).toString();
    r.id = q.value(2).toString();
    r.backend = q.value(3).toString();
    r.baseUrl = q.value(4).toString();
    r.model = q.value(5).toString();
    r.version = q.value(6).toString();
    r.source = q.value(7).toString();
    r.input = objectOf(q.value(8));
    r.status = q.value(9).toString();
    r.createdAt = timeOrNull(q.value(10));
    r.startedAt = timeOrNull(q.value(11));
    r.completedAt = timeOrNull(q.value(12));
    r.error = q.value(13).toString();
    r.metrics = objectOf(q.value(14));
    r.predictTime = q.value(15).isNull() ? -1 : q.value(15).toDouble();
    r.costUsd = q.value(16).isNull() ? -1 : q.value(16).toDouble();
    r.webUrl = q.value(17).toString();
    r.getUrl = q.value(18).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(19).toString().toUtf8()).array())
        r.outputUrls << v.toString();
    r.raw = objectOf(q.value(20));
    r.resumable = q.value(21).toInt() != 0;
    r.deletedAt = timeOrNull(q.value(22));
    r.owner.pid = q.value(23).toLongLong();
    r.owner.host = q.value(24).toString();
    r.heartbeatAt = timeOrNull(q.value(25));
    return r;
}

// The full-text index (schema 7, trigram tokenizer) finds substrings of three characters or
// more; the search is then one phrase of them, quoted so FTS5 query syntax in it is literal.
bool searchesIndex(const QString &search)
{
    return search.toUcs4().size() >= 3;
}

QString ftsPhrase(const QString &search)
{
    QString quoted = search;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Two ASCII characters go through the index too (schema 10): every occurrence of the pair starts a
// trigram, since each indexed column ends in a terminator. ASCII only, where lowercasing is exactly
// the tokenizer's case folding.
bool searchesPairs(const QString &search)
{
    return search.size() == 2 && std::all_of(search.begin(), search.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
}

// Each trigram ORed in costs about 0.8 ms at 100,000 rows ("ng", 38 of them: 32 ms in
// bench/RESULTS.md); past this many the scan (50-80 ms) is cheaper. A pair is followed by a few
// dozen different characters in prompts.
constexpr int kMaxPairTrigrams = 64;

// The FTS5 query that finds `pair`: the index's trigrams that start with it, ORed. Empty when no
// indexed text contains the pair; nullopt when there are too many trigrams (or the lookup failed:
// `error` set), so the caller scans instead.
std::optional<QString> pairQuery(QSqlQuery &q, const QString &pair, QString *error)
{
    const QString folded = pair.toLower();
    q.prepare(QStringLiteral("SELECT term FROM predictions_search_terms WHERE term >= ? AND term < ?"
                             " LIMIT %1").arg(kMaxPairTrigrams + 1));
    q.addBindValue(folded);
    q.addBindValue(folded + QString::fromUcs4(U"\U0010FFFF", 1));   // above every term starting with it
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QStringList phrases;
    while (q.next()) phrases << ftsPhrase(q.value(0).toString());
    if (phrases.size() > kMaxPairTrigrams) return std::nullopt;
    return phrases.join(QStringLiteral(" OR "));
}

// WHERE clause and bound values shared by list() and count(); a search needs
// prepareSearchHits() first. The list then walks the newest-first index and keeps the rows the
// search matched (the unary + keeps SQLite from looking every match up by row id instead, a page
// read per match when most rows match), so a page of a common word costs what any page does.
QString whereClause(const HistoryQuery &query, QVariantList *binds)
{
    QStringList conditions;
    if (!query.includeDeleted) conditions << QStringLiteral("p.deleted_at IS NULL");
    const QString search = query.search.trimmed();
    if (!search.isEmpty())
        conditions << QStringLiteral("+p.row_id IN (SELECT row_id FROM temp.search_hits)");
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : query.statuses) {
            marks << QStringLiteral("?");
            *binds << s;
        }
        conditions << QStringLiteral("p.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!query.backends.isEmpty()) {
        QStringList marks;
        for (const QString &b : query.backends) {
            marks << QStringLiteral("?");
            *binds << b;
        }
        conditions << QStringLiteral("p.backend IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

HistoryStore::HistoryStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connection(QStringLiteral("sdanim-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid()) db.close();
    }
    if (QSqlDatabase::contains(m_connection)) QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool HistoryStore::open(QString *error)
{
    auto failed = [&](const QString &message) {
        fail(message);
        if (error) *error = message;
        return false;
    };
    if (m_open) return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failed(QCoreApplication::translate("sdanim::store::HistoryStore", "The Qt SQLite driver (QSQLITE) is not installed."));
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(QCoreApplication::translate("sdanim::store::HistoryStore", "Cannot create the folder %1.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return failed(QCoreApplication::translate("sdanim::store::HistoryStore", "Cannot open the history database %1: %2")
                          .arg(m_path, db.lastError().text()));
    m_open = true;
    // WAL: readers never block the writer; FULL: each commit is fsync'ed, nothing committed is lost.
    // The commits stay few: HistoryRecorder writes a running prediction's log at most every
    // liveWriteIntervalMs, and each such write only appends what is new.
    // Switching a new file to WAL needs it to itself for a moment, and SQLite answers "locked" at
    // once, without waiting like other statements do, while another process opening the same new
    // file holds it: try again for as long as any other statement would wait.
    {
        QElapsedTimer waited;
        waited.start();
        QString why;
        bool wal = false;
        forever {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()) {
                wal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
                why = q.value(0).toString();
                break;
            }
            why = q.lastError().text();
            if (waited.elapsed() >= BusyTimeoutMs) break;
            QThread::msleep(20);
        }   // an unfinished statement would block the table rebuilds of a migration
        if (!wal) {
            m_open = false;
            return failed(QCoreApplication::translate("sdanim::store::HistoryStore", "Cannot switch the history database %1 to WAL mode: %2")
                              .arg(m_path, why));
        }
    }
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // The search's match set (search_hits) is a temporary table: memory, not a file.
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    QString migrationError;
    if (!HistoryMigrations::migrate(db, &migrationError)) {
        m_open = false;
        db.close();
        return failed(QCoreApplication::translate("sdanim::store::HistoryStore", "Cannot update the history database %1: %2")
                          .arg(m_path, migrationError));
    }
    return true;
}

int HistoryStore::schemaVersion() const
{
    return HistoryMigrations::currentVersion(QSqlDatabase::database(m_connection, false));
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql)) return true;
    return fail(q.lastError().text());
}

bool HistoryStore::transaction(const std::function<bool()> &work)
{
    if (!m_open) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "The history database is not open."));
    if (m_transactionDepth > 0) return work();
    // IMMEDIATE takes the write lock up front, so a read-modify-write never hits SQLITE_BUSY half-way.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"))) return false;
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (ok && exec(QStringLiteral("COMMIT"))) return true;
    const QString why = m_lastError;
    exec(QStringLiteral("ROLLBACK"));
    m_lastError = why;
    return false;
}

qint64 HistoryStore::findRowId(const QString &key) const
{
    if (key.isEmpty() || !m_open) return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT row_id FROM predictions WHERE id = ? UNION ALL "
                             "SELECT row_id FROM predictions WHERE local_id = ? LIMIT 1"));
    q.addBindValue(key);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool HistoryStore::writeRecord(const HistoryRecord &r, qint64 rowId, qint64 *newRowId, LogWrite log)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString values = QStringLiteral(
        "local_id = ?, id = ?, backend = ?, base_url = ?, model = ?, version = ?, source = ?, input_json = ?,"
        " prompt_start = ?, prompt_end = ?, status = ?, created_at = ?, started_at = ?, completed_at = ?,"
        " error = ?, metrics_json = ?, predict_time = ?, cost_usd = ?, web_url = ?, get_url = ?,"
        " output_urls_json = ?, raw_json = ?, resumable = ?, deleted_at = ?, owner_pid = ?, owner_host = ?,"
        " heartbeat_at = ?");
    if (rowId > 0)
        q.prepare(QStringLiteral("UPDATE predictions SET ") + values + QStringLiteral(" WHERE row_id = ?"));
    else
        q.prepare(QStringLiteral("INSERT INTO predictions (local_id, id, backend, base_url, model, version, source,"
                                 " input_json, prompt_start, prompt_end, status, created_at, started_at, completed_at,"
                                 " error, metrics_json, predict_time, cost_usd, web_url, get_url,"
                                 " output_urls_json, raw_json, resumable, deleted_at, owner_pid, owner_host, heartbeat_at)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    q.addBindValue(textOrNull(r.localId));
    q.addBindValue(textOrNull(r.id));
    q.addBindValue(r.backend);
    q.addBindValue(r.baseUrl);
    q.addBindValue(r.model);
    q.addBindValue(r.version);
    q.addBindValue(r.source);
    q.addBindValue(compactJson(r.input));
    q.addBindValue(r.promptStart());
    q.addBindValue(r.promptEnd());
    q.addBindValue(r.status);
    q.addBindValue(msOrNull(r.createdAt));
    q.addBindValue(msOrNull(r.startedAt));
    q.addBindValue(msOrNull(r.completedAt));
    q.addBindValue(r.error);
    q.addBindValue(r.metrics.isEmpty() ? QVariant() : QVariant(compactJson(r.metrics)));
    q.addBindValue(r.predictTime >= 0 ? QVariant(r.predictTime) : QVariant());
    q.addBindValue(r.costUsd >= 0 ? QVariant(r.costUsd) : QVariant());
    q.addBindValue(r.webUrl);
    q.addBindValue(r.getUrl);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.outputUrls)).toJson(QJsonDocument::Compact)));
    QJsonObject raw = r.raw;
    raw.remove(QStringLiteral("logs"));   // kept once, in log_chunks
    q.addBindValue(raw.isEmpty() ? QVariant() : QVariant(compactJson(raw)));
    q.addBindValue(r.resumable ? 1 : 0);
    q.addBindValue(msOrNull(r.deletedAt));
    q.addBindValue(r.owner.isNull() ? QVariant() : QVariant(r.owner.pid));
    q.addBindValue(r.owner.isNull() ? QVariant() : QVariant(r.owner.host));
    q.addBindValue(msOrNull(r.heartbeatAt));
    if (rowId > 0) q.addBindValue(rowId);
    if (!q.exec()) return fail(q.lastError().text());
    const qint64 written = rowId > 0 ? rowId : q.lastInsertId().toLongLong();
    if (newRowId) *newRowId = written;
    if (log == LogWrite::Keep) return true;
    return writeLog(written, r.logs, r.isTerminal());
}

QString HistoryStore::readLog(qint64 rowId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT text FROM log_chunks WHERE row_id = ? ORDER BY seq"));
    q.addBindValue(rowId);
    QString log;
    if (!q.exec()) {
        fail(q.lastError().text());
        return log;
    }
    while (q.next()) log += q.value(0).toString();
    return log;
}

bool HistoryStore::writeLog(qint64 rowId, const QString &text, bool compact)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 seq = -1, end = 0;
    QString tail;
    {
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT seq, end_at, text FROM log_chunks WHERE row_id = ? ORDER BY seq DESC LIMIT 1"));
        last.addBindValue(rowId);
        if (!last.exec()) return fail(last.lastError().text());
        if (last.next()) {
            seq = last.value(0).toLongLong();
            end = last.value(1).toLongLong();
            tail = last.value(2).toString();
        }
    }
    auto insert = [&](qint64 at, qint64 endAt, const QString &chunk) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO log_chunks (row_id, seq, end_at, text) VALUES (?, ?, ?, ?)"));
        q.addBindValue(rowId);
        q.addBindValue(at);
        q.addBindValue(endAt);
        q.addBindValue(chunk);
        return q.exec() || fail(q.lastError().text());
    };
    // Logs only ever grow while a prediction runs, so the stored log is a prefix of the new one
    // whenever its last chunk sits where it did: then only the new part is written. Checking the
    // last chunk keeps each write proportional to what was added, not to the whole log.
    const bool lengthKnown = end >= 0;
    const bool prefixIntact = seq < 0
        || (lengthKnown && end >= tail.size() && text.size() >= end
            && QStringView(text).mid(end - tail.size(), tail.size()) == tail);
    if (prefixIntact && !(compact && seq > 0)) {
        if (text.size() == end) return true;
        return insert(seq + 1, text.size(), text.mid(end));
    }
    if (!lengthKnown && seq == 0 && text == tail) return true;   // carried over, unchanged
    // Otherwise (a different log, or a finished run's chunks folded into one) it is written anew.
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM log_chunks WHERE row_id = ?"));
    clear.addBindValue(rowId);
    if (!clear.exec()) return fail(clear.lastError().text());
    return text.isEmpty() || insert(0, text.size(), text);
}

bool HistoryStore::insert(HistoryRecord &record)
{
    if (!m_open) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "The history database is not open."));
    if (record.id.isEmpty() && record.localId.isEmpty())
        return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "A history row needs a prediction id or a local id."));
    return transaction([&] {
        qint64 rowId = 0;
        if (!writeRecord(record, 0, &rowId)) return false;
        record.rowId = rowId;
        for (const OutputFile &f : record.outputs)
            if (!setOutput(record.key(), f)) return false;
        return true;
    });
}

bool HistoryStore::update(const HistoryRecord &record)
{
    return transaction([&] {
        qint64 rowId = record.rowId > 0 ? record.rowId : findRowId(record.id);
        if (rowId <= 0) rowId = findRowId(record.localId);
        if (rowId <= 0)
            return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "No history row for prediction %1.").arg(record.key()));
        return writeRecord(record, rowId, nullptr);
    });
}

bool HistoryStore::upsert(HistoryRecord &record)
{
    return transaction([&] {
        qint64 rowId = findRowId(record.id);
        if (rowId <= 0) rowId = findRowId(record.localId);
        if (rowId <= 0) return insert(record);
        record.rowId = rowId;
        if (!writeRecord(record, rowId, nullptr)) return false;
        for (const OutputFile &f : record.outputs)
            if (!setOutput(record.key(), f)) return false;
        return true;
    });
}

bool HistoryStore::insertMany(QList<HistoryRecord> &records)
{
    return transaction([&] {
        for (HistoryRecord &r : records)
            if (!insert(r)) return false;
        return true;
    });
}

std::optional<HistoryRecord> HistoryStore::readRow(qint64 rowId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM predictions WHERE row_id = ?"));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return recordFrom(q);
}

std::optional<HistoryRecord> HistoryStore::get(const QString &key, Log log) const
{
    const qint64 rowId = findRowId(key);
    if (rowId <= 0) return std::nullopt;
    std::optional<HistoryRecord> r = readRow(rowId);
    if (!r) return r;
    if (log == Log::Include) r->logs = readLog(rowId);
    r->outputs = outputs(r->key());
    return r;
}

bool HistoryStore::merge(const QString &key, const api::Prediction &prediction,
                         const std::function<void(HistoryRecord &)> &adjust)
{
    return transaction([&] {
        const qint64 rowId = findRowId(key);
        if (rowId <= 0) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "No history row for prediction %1.").arg(key));
        std::optional<HistoryRecord> r = readRow(rowId);   // without its log: that is only appended to
        if (!r) return false;
        r->mergePrediction(prediction);
        if (adjust) adjust(*r);
        // mergePrediction took the reported log only if it was accepted and not empty.
        return writeRecord(*r, rowId, nullptr, r->logs.isEmpty() ? LogWrite::Keep : LogWrite::Replace);
    });
}

bool HistoryStore::setOwner(const QString &key, const RunOwner &owner, const QDateTime &heartbeat)
{
    return transaction([&] {
        const qint64 rowId = findRowId(key);
        if (rowId <= 0) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "No history row for prediction %1.").arg(key));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE predictions SET owner_pid = ?, owner_host = ?, heartbeat_at = ? WHERE row_id = ?"));
        q.addBindValue(owner.isNull() ? QVariant() : QVariant(owner.pid));
        q.addBindValue(owner.isNull() ? QVariant() : QVariant(owner.host));
        q.addBindValue(msOrNull(heartbeat));
        q.addBindValue(rowId);
        return q.exec() || fail(q.lastError().text());
    });
}

int HistoryStore::heartbeat(const RunOwner &owner, const QDateTime &now)
{
    int touched = -1;
    transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE predictions SET heartbeat_at = ? WHERE owner_pid = ? AND owner_host = ?"
                                 " AND status IN ") + kLiveStatuses);
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(owner.pid);
        q.addBindValue(owner.host);
        if (!q.exec()) return fail(q.lastError().text());
        touched = q.numRowsAffected();
        return true;
    });
    return touched;
}

bool HistoryStore::contains(const QString &key) const { return findRowId(key) > 0; }

std::optional<bool> HistoryStore::holdsPrediction(const QString &id) const
{
    if (!m_open) return std::nullopt;
    if (id.isEmpty()) return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM predictions WHERE id = ? LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return q.next();
}

bool HistoryStore::prepareSearchHits(const QString &search) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    auto state = [&](qint64 *changes, qint64 *version) {
        if (!q.exec(QStringLiteral("SELECT total_changes()")) || !q.next()) return false;
        *changes = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) return false;
        *version = q.value(0).toLongLong();
        return true;
    };
    qint64 changes = 0, version = 0;
    if (!state(&changes, &version)) return fail(q.lastError().text());
    if (search == m_hitsSearch && changes == m_hitsChanges && version == m_hitsDataVersion) return true;
    m_hitsSearch.clear();
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits (row_id INTEGER PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.search_hits")))
        return fail(q.lastError().text());
    QString error;
    const std::optional<QString> pairs = searchesPairs(search) ? pairQuery(q, search, &error) : std::nullopt;
    if (!error.isEmpty()) return fail(error);
    const bool noPairInIndex = pairs && pairs->isEmpty();
    if (noPairInIndex) {
        // Nothing to run: no indexed text holds the pair.
    } else if (searchesIndex(search) || pairs) {
        q.prepare(QStringLiteral("INSERT INTO temp.search_hits (row_id)"
                                 " SELECT rowid FROM predictions_search WHERE predictions_search MATCH ?"));
        q.addBindValue(pairs ? *pairs : ftsPhrase(search));
    } else {
        // One character (or a pair followed by too many different ones): no trigram to look up,
        // so the index's narrow copy of the columns is scanned (not the predictions table, whose
        // rows are kilobytes). It is read from FTS5's own content table (documented as
        // `<name>_content`, columns c0…cN in declaration order): a plain table scan, 2–3× faster
        // than scanning through the virtual table, which hands each column over one call at a time.
        q.prepare(QStringLiteral("INSERT INTO temp.search_hits (row_id) SELECT id FROM predictions_search_content"
                                 " WHERE c0 LIKE ? ESCAPE '\\' OR c1 LIKE ? ESCAPE '\\'"
                                 " OR c2 LIKE ? ESCAPE '\\'"));
        const QString pattern = escapeLike(search);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
    }
    if (!noPairInIndex && !q.exec()) return fail(q.lastError().text());
    // Filling the table counts as changes of this connection too: the state is taken after it.
    if (!state(&changes, &version)) return fail(q.lastError().text());
    m_hitsSearch = search;
    m_hitsChanges = changes;
    m_hitsDataVersion = version;
    return true;
}

QList<HistoryRow> HistoryStore::list(const HistoryQuery &query) const
{
    QList<HistoryRow> rows;
    if (!m_open) return rows;
    if (!query.search.trimmed().isEmpty() && !prepareSearchHits(query.search.trimmed())) return rows;
    QVariantList binds;
    // Only the first characters of each prompt leave SQLite; the first-output subquery walks the
    // outputs primary key (row_id, idx).
    QString sql = QStringLiteral(
        "SELECT p.row_id, p.id, p.local_id, substr(p.prompt_start, 1, 160), substr(p.prompt_end, 1, 160),"
        " p.status, p.backend, p.created_at, p.predict_time, p.started_at, p.completed_at, p.cost_usd,"
        " (SELECT o.path FROM outputs o WHERE o.row_id = p.row_id ORDER BY o.idx LIMIT 1),"
        " (SELECT count(*) FROM outputs o WHERE o.row_id = p.row_id)"
        " FROM predictions p");
    sql += whereClause(query, &binds);
    sql += QStringLiteral(" ORDER BY p.created_at DESC, p.row_id DESC");
    if (query.limit > 0) sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds) q.addBindValue(v);
    if (!q.exec()) {
        fail(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        HistoryRow row;
        row.rowId = q.value(0).toLongLong();
        row.id = q.value(1).toString();
        row.localId = q.value(2).toString();
        row.promptStart = firstWords(q.value(3).toString(), ListPromptWords);
        row.promptEnd = firstWords(q.value(4).toString(), ListPromptWords);
        row.status = q.value(5).toString();
        row.backend = q.value(6).toString();
        row.createdAt = timeOrNull(q.value(7));
        if (!q.value(8).isNull())
            row.durationSeconds = q.value(8).toDouble();
        else if (!q.value(9).isNull() && !q.value(10).isNull())
            row.durationSeconds = (q.value(10).toLongLong() - q.value(9).toLongLong()) / 1000.0;
        row.costUsd = q.value(11).isNull() ? -1 : q.value(11).toDouble();
        row.thumbnailPath = q.value(12).toString();
        row.outputCount = q.value(13).toInt();
        rows << row;
    }
    return rows;
}

int HistoryStore::count(const HistoryQuery &query) const
{
    if (!m_open) return 0;
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString search = query.search.trimmed();
    if (!search.isEmpty() && query.statuses.isEmpty() && query.backends.isEmpty()) {
        // Only a search: its matches are counted without reading their rows; the soft-deleted ones
        // among them (few: they are purged) are taken off through their partial index.
        if (!prepareSearchHits(search)) return 0;
        QString sql = QStringLiteral("SELECT (SELECT count(*) FROM temp.search_hits)");
        if (!query.includeDeleted)
            sql += QStringLiteral(" - (SELECT count(*) FROM predictions p WHERE p.deleted_at IS NOT NULL"
                                  " AND +p.row_id IN (SELECT row_id FROM temp.search_hits))");
        q.prepare(sql);
    } else {
        if (!search.isEmpty() && !prepareSearchHits(search)) return 0;
        q.prepare(QStringLiteral("SELECT count(*) FROM predictions p") + whereClause(query, &binds));
    }
    for (const QVariant &v : binds) q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.value(0).toInt();
}

bool HistoryStore::remove(const QString &key)
{
    return transaction([&] {
        const qint64 rowId = findRowId(key);
        if (rowId <= 0) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "No history row for prediction %1.").arg(key));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE predictions SET deleted_at = ? WHERE row_id = ? AND deleted_at IS NULL"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(rowId);
        return q.exec() || fail(q.lastError().text());
    });
}

bool HistoryStore::restore(const QString &key)
{
    return transaction([&] {
        const qint64 rowId = findRowId(key);
        if (rowId <= 0) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "No history row for prediction %1.").arg(key));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE predictions SET deleted_at = NULL WHERE row_id = ?"));
        q.addBindValue(rowId);
        return q.exec() || fail(q.lastError().text());
    });
}

bool HistoryStore::erase(const QString &key)
{
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM predictions WHERE row_id = ?"));
        q.addBindValue(findRowId(key));
        return q.exec() || fail(q.lastError().text());
    });
}

int HistoryStore::purgeDeleted(const QDateTime &cutoff)
{
    int removed = -1;
    transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM predictions WHERE deleted_at IS NOT NULL AND deleted_at < ?"));
        q.addBindValue(cutoff.toMSecsSinceEpoch());
        if (!q.exec()) return fail(q.lastError().text());
        removed = q.numRowsAffected();
        return true;
    });
    return removed;
}

QList<HistoryRecord> HistoryStore::nonTerminal() const
{
    QList<HistoryRecord> result;
    if (!m_open) return result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM predictions WHERE status IN ") + kLiveStatuses
                + QStringLiteral(" AND deleted_at IS NULL ORDER BY created_at, row_id"))) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next()) result << recordFrom(q);
    for (HistoryRecord &r : result) {
        r.logs = readLog(r.rowId);
        r.outputs = outputs(r.key());
    }
    return result;
}

QList<OutputFile> HistoryStore::outputs(const QString &key) const
{
    QList<OutputFile> files;
    const qint64 rowId = findRowId(key);
    if (rowId <= 0) return files;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT idx, path, url FROM outputs WHERE row_id = ? ORDER BY idx"));
    q.addBindValue(rowId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return files;
    }
    while (q.next()) files << OutputFile{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
    return files;
}

bool HistoryStore::setOutput(const QString &key, const OutputFile &file)
{
    return transaction([&] {
        const qint64 rowId = findRowId(key);
        if (rowId <= 0) return fail(QCoreApplication::translate("sdanim::store::HistoryStore", "No history row for prediction %1.").arg(key));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO outputs (row_id, idx, path, url) VALUES (?, ?, ?, ?)"));
        q.addBindValue(rowId);
        q.addBindValue(file.index);
        q.addBindValue(file.path);
        q.addBindValue(file.url.startsWith(QLatin1String("data:")) ? QStringLiteral("data:") : file.url);
        return q.exec() || fail(q.lastError().text());
    });
}

} // namespace sdanim::store
