#include "store/HistoryMigrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sdanim::store {

namespace {

// Version 1: the first schema (prediction id as primary key, outputs keyed by it).
const QStringList kV1 = {
    QStringLiteral(
        "CREATE TABLE predictions ("
        " id TEXT PRIMARY KEY, backend TEXT NOT NULL, base_url TEXT, model TEXT, version TEXT,"
        " input_json TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER, started_at INTEGER,"
        " completed_at INTEGER, logs TEXT, error TEXT, metrics_json TEXT, cost_usd REAL)"),
    QStringLiteral(
        "CREATE TABLE outputs ("
        " prediction_id TEXT NOT NULL REFERENCES predictions(id), idx INTEGER NOT NULL,"
        " path TEXT NOT NULL, url TEXT, PRIMARY KEY (prediction_id, idx))"),
};

// Version 2: a row exists before the server id does (local_id), soft delete, resume data and the
// prompt columns the sidebar searches. SQLite cannot change a primary key in place, hence the
// copy-and-rename.
const QStringList kV2 = {
    QStringLiteral(
        "CREATE TABLE predictions_v2 ("
        " row_id INTEGER PRIMARY KEY AUTOINCREMENT, local_id TEXT UNIQUE, id TEXT UNIQUE,"
        " backend TEXT NOT NULL, base_url TEXT, model TEXT, version TEXT, source TEXT,"
        " input_json TEXT NOT NULL DEFAULT '{}', prompt_start TEXT, prompt_end TEXT,"
        " status TEXT NOT NULL, created_at INTEGER, started_at INTEGER, completed_at INTEGER,"
        " logs TEXT, error TEXT, metrics_json TEXT, predict_time REAL, cost_usd REAL,"
        " web_url TEXT, get_url TEXT, output_urls_json TEXT, raw_json TEXT,"
        " resumable INTEGER NOT NULL DEFAULT 1, deleted_at INTEGER)"),
    QStringLiteral(
        "INSERT INTO predictions_v2 (id, backend, base_url, model, version, source, input_json,"
        " prompt_start, prompt_end, status, created_at, started_at, completed_at, logs, error,"
        " metrics_json, predict_time, cost_usd)"
        " SELECT id, backend, base_url, model, version, 'api', input_json,"
        " CASE WHEN json_valid(input_json) THEN json_extract(input_json, '$.prompt_start') END,"
        " CASE WHEN json_valid(input_json) THEN json_extract(input_json, '$.prompt_end') END,"
        " status, created_at, started_at, completed_at, logs, error, metrics_json,"
        " CASE WHEN json_valid(metrics_json) THEN json_extract(metrics_json, '$.predict_time') END,"
        " cost_usd FROM predictions ORDER BY created_at"),
    QStringLiteral(
        "CREATE TABLE outputs_v2 ("
        " row_id INTEGER NOT NULL REFERENCES predictions_v2(row_id) ON DELETE CASCADE,"
        " idx INTEGER NOT NULL, path TEXT NOT NULL, url TEXT, PRIMARY KEY (row_id, idx)) WITHOUT ROWID"),
    QStringLiteral(
        "INSERT INTO outputs_v2 (row_id, idx, path, url)"
        " SELECT p.row_id, o.idx, o.path, o.url FROM outputs o JOIN predictions_v2 p ON p.id = o.prediction_id"),
    QStringLiteral("DROP TABLE outputs"),
    QStringLiteral("DROP TABLE predictions"),
    QStringLiteral("ALTER TABLE predictions_v2 RENAME TO predictions"),
    QStringLiteral("ALTER TABLE outputs_v2 RENAME TO outputs"),
};

// Version 3: indexes for the paged newest-first list, status filters and resume.
const QStringList kV3 = {
    QStringLiteral("CREATE INDEX predictions_by_created ON predictions(created_at DESC, row_id DESC)"
                   " WHERE deleted_at IS NULL"),
    QStringLiteral("CREATE INDEX predictions_by_status ON predictions(status)"),
    QStringLiteral("CREATE INDEX predictions_deleted ON predictions(deleted_at) WHERE deleted_at IS NOT NULL"),
};

// Version 4: runs have an owner (the process following them, and its heartbeat), so a second
// process sharing the history leaves live runs alone; the log moves to an append-only table, so
// a streamed line costs one small insert instead of rewriting the whole row, and the raw JSON no
// longer holds a second copy of it. `end_at` is where a chunk ends in the whole log (UTF-16
// units); -1 for logs carried over, whose length SQLite counts differently.
const QStringList kV4 = {
    QStringLiteral("ALTER TABLE predictions ADD COLUMN owner_pid INTEGER"),
    QStringLiteral("ALTER TABLE predictions ADD COLUMN owner_host TEXT"),
    QStringLiteral("ALTER TABLE predictions ADD COLUMN heartbeat_at INTEGER"),
    QStringLiteral(
        "CREATE TABLE log_chunks ("
        " row_id INTEGER NOT NULL REFERENCES predictions(row_id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL,"
        " PRIMARY KEY (row_id, seq)) WITHOUT ROWID"),
    QStringLiteral("INSERT INTO log_chunks (row_id, seq, end_at, text)"
                   " SELECT row_id, 0, -1, logs FROM predictions WHERE logs IS NOT NULL AND logs <> ''"),
    QStringLiteral("UPDATE predictions SET raw_json = json_remove(raw_json, '$.logs')"
                   " WHERE raw_json IS NOT NULL AND json_valid(raw_json)"),
    QStringLiteral("ALTER TABLE predictions DROP COLUMN logs"),
};

// Version 5: sweeps (sweep::SweepSpec) as history objects. A sweep row keeps the spec and the base
// input; each of its predictions is linked to it and to its grid cell in sweep_cells, keyed by
// the prediction row, so the predictions table and its writer stay as they are and deleting a
// prediction for good drops its link. A cell may hold more than one prediction (run again): the
// newest is the cell's.
const QStringList kV5 = {
    QStringLiteral(
        "CREATE TABLE sweeps ("
        " sweep_id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL,"
        " spec_json TEXT NOT NULL, base_input_json TEXT NOT NULL,"
        " grid_rows INTEGER NOT NULL, grid_columns INTEGER NOT NULL, deleted_at INTEGER)"),
    QStringLiteral(
        "CREATE TABLE sweep_cells ("
        " row_id INTEGER PRIMARY KEY REFERENCES predictions(row_id) ON DELETE CASCADE,"
        " sweep_id INTEGER NOT NULL REFERENCES sweeps(sweep_id) ON DELETE CASCADE,"
        " grid_row INTEGER NOT NULL, grid_column INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX sweep_cells_by_sweep ON sweep_cells(sweep_id, grid_row, grid_column)"),
};

// Version 6: a sweep's cell can be starred in the compare grid (the keepers of a sweep); the
// star belongs to the cell's prediction, so a run again starts unstarred.
const QStringList kV6 = {
    QStringLiteral("ALTER TABLE sweep_cells ADD COLUMN starred INTEGER NOT NULL DEFAULT 0"),
};

// Version 7: a full-text index over what the sidebar searches (both prompts and the id), so a
// search no longer reads every row: FTS5 with the trigram tokenizer matches any substring of three
// characters or more, case-insensitively, like the LIKE scan it replaces. The index keeps its own
// copy of the three columns (a few hundred bytes a row), so the shorter searches, which no index
// answers, scan that narrow copy instead of the whole table. The triggers keep it in step, and an
// update that leaves the three columns as they were (every live write of a running prediction)
// does not touch it.
const QStringList kV7 = {
    QStringLiteral("CREATE VIRTUAL TABLE predictions_search USING fts5(prompt_start, prompt_end, id, tokenize='trigram')"),
    QStringLiteral("INSERT INTO predictions_search(rowid, prompt_start, prompt_end, id)"
                   " SELECT row_id, prompt_start, prompt_end, id FROM predictions"),
    QStringLiteral("CREATE TRIGGER predictions_search_insert AFTER INSERT ON predictions BEGIN"
                   " INSERT INTO predictions_search(rowid, prompt_start, prompt_end, id)"
                   " VALUES (new.row_id, new.prompt_start, new.prompt_end, new.id); END"),
    QStringLiteral("CREATE TRIGGER predictions_search_delete AFTER DELETE ON predictions BEGIN"
                   " DELETE FROM predictions_search WHERE rowid = old.row_id; END"),
    QStringLiteral("CREATE TRIGGER predictions_search_update AFTER UPDATE OF prompt_start, prompt_end, id ON predictions"
                   " WHEN old.prompt_start IS NOT new.prompt_start OR old.prompt_end IS NOT new.prompt_end"
                   " OR old.id IS NOT new.id BEGIN"
                   " UPDATE predictions_search SET prompt_start = new.prompt_start, prompt_end = new.prompt_end,"
                   " id = new.id WHERE rowid = old.row_id; END"),
};

// Version 8: the persistent queue (queue::QueueStore). One row per job, in the order of
// `position`, with its state, the backend it must run on, its input and estimate, and once started
// the history row it is recorded in (history_key, the local id) — the link that lets a restarted
// queue follow a created prediction instead of creating it again. not_before delays a job a 429
// sent back. The single queue_settings row holds what a restart must not forget: paused, the
// per-backend concurrency and the budgets.
const QStringList kV8 = {
    QStringLiteral(
        "CREATE TABLE queue_jobs ("
        " job_id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL, state TEXT NOT NULL,"
        " backend TEXT NOT NULL, base_url TEXT, source TEXT, input_json TEXT NOT NULL,"
        " estimate_usd REAL NOT NULL DEFAULT 0, cost_usd REAL, history_key TEXT, prediction_id TEXT,"
        " attempts INTEGER NOT NULL DEFAULT 0, not_before INTEGER, error TEXT,"
        " created_at INTEGER NOT NULL, started_at INTEGER, finished_at INTEGER)"),
    QStringLiteral("CREATE INDEX queue_jobs_by_position ON queue_jobs(position, job_id)"),
    QStringLiteral(
        "CREATE TABLE queue_settings ("
        " id INTEGER PRIMARY KEY CHECK (id = 1), paused INTEGER NOT NULL DEFAULT 0,"
        " concurrency_json TEXT NOT NULL DEFAULT '{}', budget_usd REAL, daily_budget_usd REAL)"),
    QStringLiteral("INSERT INTO queue_settings (id) VALUES (1)"),
};

// Version 9: a queue job remembers the Replicate deployment (owner/name) it was added for, so it
// is created there whatever the settings say when it starts; NULL: the backend's own target.
const QStringList kV9 = {
    QStringLiteral("ALTER TABLE queue_jobs ADD COLUMN deployment TEXT"),
};

// Version 10: two-character searches through the index too. A trigram index has no entry for a
// pair of characters, but every occurrence of a pair is the start of a trigram, if each indexed
// column ends in a terminator (U+0001, which no prompt or id contains) that follows a pair at the
// very end. The search then ORs the trigrams that start with the pair, listed by the fts5vocab
// table over the index (a range lookup of its terms). The index is rebuilt with the terminators.
const QStringList kV10 = {
    QStringLiteral("DROP TRIGGER predictions_search_insert"),
    QStringLiteral("DROP TRIGGER predictions_search_update"),
    QStringLiteral("DELETE FROM predictions_search"),
    QStringLiteral("INSERT INTO predictions_search(rowid, prompt_start, prompt_end, id)"
                   " SELECT row_id, prompt_start || char(1), prompt_end || char(1), id || char(1) FROM predictions"),
    QStringLiteral("CREATE TRIGGER predictions_search_insert AFTER INSERT ON predictions BEGIN"
                   " INSERT INTO predictions_search(rowid, prompt_start, prompt_end, id)"
                   " VALUES (new.row_id, new.prompt_start || char(1), new.prompt_end || char(1), new.id || char(1)); END"),
    QStringLiteral("CREATE TRIGGER predictions_search_update AFTER UPDATE OF prompt_start, prompt_end, id ON predictions"
                   " WHEN old.prompt_start IS NOT new.prompt_start OR old.prompt_end IS NOT new.prompt_end"
                   " OR old.id IS NOT new.id BEGIN"
                   " UPDATE predictions_search SET prompt_start = new.prompt_start || char(1),"
                   " prompt_end = new.prompt_end || char(1), id = new.id || char(1) WHERE rowid = old.row_id; END"),
    QStringLiteral("CREATE VIRTUAL TABLE predictions_search_terms USING fts5vocab(predictions_search, 'row')"),
};

const QList<QStringList> kMigrations = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql)) return true;
    if (error) *error = q.lastError().text() + QStringLiteral(" [") + sql.left(80) + QStringLiteral("]");
    return false;
}

} // namespace

int HistoryMigrations::latestVersion() { return int(kMigrations.size()); }

QStringList HistoryMigrations::statements(int version)
{
    return version >= 1 && version <= latestVersion() ? kMigrations.at(version - 1) : QStringList();
}

int HistoryMigrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

namespace {

// False (with the reason) when `version` cannot be read or is newer than this build knows.
bool usable(int version, QString *error)
{
    if (version < 0) {
        if (error) *error = QCoreApplication::translate("sdanim::store::HistoryMigrations", "Cannot read the history database version.");
        return false;
    }
    if (version > HistoryMigrations::latestVersion()) {
        if (error)
            *error = QCoreApplication::translate("sdanim::store::HistoryMigrations",
                         "The history database was written by a newer SD Animator (schema %1; this version knows up to %2). "
                         "It was left unchanged.").arg(version).arg(HistoryMigrations::latestVersion());
        return false;
    }
    return true;
}

} // namespace

bool HistoryMigrations::migrate(QSqlDatabase &db, QString *error)
{
    const int seen = currentVersion(db);
    if (!usable(seen, error)) return false;
    if (seen == latestVersion()) return true;

    // Table rebuilds must not trip foreign keys half-way; the setting cannot change inside a transaction.
    exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), nullptr);
    bool ok = exec(db, QStringLiteral("BEGIN IMMEDIATE"), error);
    // Another process may have migrated between the first look and the write lock (two processes
    // creating a new database at once): only what is still missing now is applied.
    const int current = ok ? currentVersion(db) : -1;
    if (ok) ok = usable(current, error);
    for (int v = current + 1; ok && v <= latestVersion(); ++v) {
        for (const QString &sql : statements(v))
            if (!(ok = exec(db, sql, error))) break;
        if (ok) ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v), error);
    }
    if (ok) {
        QSqlQuery check(db);
        if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next()) {
            ok = false;
            if (error)
                *error = QCoreApplication::translate("sdanim::store::HistoryMigrations", "Migration left a dangling reference in table %1.")
                             .arg(check.value(0).toString());
        }
    }
    if (ok) ok = exec(db, QStringLiteral("COMMIT"), error);
    if (!ok) exec(db, QStringLiteral("ROLLBACK"), nullptr);
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    return ok;
}

} // namespace sdanim::store
