#pragma once

#include "store/HistoryQuery.h"
#include "store/HistoryRecord.h"
#include "store/HistoryRow.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace sdanim::store {

// The prediction history in SQLite (Qt SQL, QSQLITE). Synchronous: one instance owns one
// connection and must only be used from the thread that created it. Several instances (threads,
// processes) may share a file. The UI never calls this directly; it goes through
// AsyncHistoryStore, which runs these calls on a worker thread.
//
// Durability: WAL journal with synchronous=FULL, so every committed write survives kill -9 (and a
// power cut); busy_timeout lets the GUI and a CLI run write to the same file.
//
// Logs live in their own append-only table: a running prediction's log grows by inserting what is
// new, never by rewriting the row (whose other columns stay small), and the raw JSON does not
// hold a second copy.
class HistoryStore
{
public:
    static constexpr int ListPromptWords = 8;   // words of each prompt a HistoryRow carries
    static constexpr int BusyTimeoutMs = 10000;  // how long a statement waits for another writer

    explicit HistoryStore(const QString &databasePath);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Creates the file and its folder if needed and applies pending migrations.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // Fails when a row with the same id or local id exists. Sets record.rowId.
    bool insert(HistoryRecord &record);
    // Replaces the row found by rowId, else id, else localId (outputs are kept).
    bool update(const HistoryRecord &record);
    // Update when a row with this id (or local id) exists, insert otherwise.
    bool upsert(HistoryRecord &record);
    // Many inserts in one transaction (imports, tests).
    bool insertMany(QList<HistoryRecord> &records);

    // By prediction id or local id; soft-deleted rows too. Outputs are filled in, the log too
    // unless `log` says to skip it (it can be long; the sidecar of a file does not need it).
    enum class Log { Include, Skip };
    std::optional<HistoryRecord> get(const QString &key, Log log = Log::Include) const;
    // Merges what the server reported into the row (HistoryRecord::mergePrediction), then lets
    // `adjust` change it, in one transaction. Reads the row without its log and only appends the
    // part of the log that is new, so following a long log costs the same per line throughout.
    bool merge(const QString &key, const api::Prediction &prediction,
               const std::function<void(HistoryRecord &)> &adjust = {});
    bool contains(const QString &key) const;
    // Whether a row (soft-deleted too) has this server prediction id; local ids do not count.
    // nullopt when the database cannot be read.
    std::optional<bool> holdsPrediction(const QString &id) const;
    QList<HistoryRow> list(const HistoryQuery &query) const;
    int count(const HistoryQuery &query) const;

    // Soft delete: the row disappears from list()/count() until restore() (the UI's undo).
    bool remove(const QString &key);
    bool restore(const QString &key);
    // Deletes the row for good (a create the server rejected: nothing exists to remember).
    bool erase(const QString &key);
    // Really deletes rows soft-deleted before `cutoff` (never the files on disk).
    int purgeDeleted(const QDateTime &cutoff);

    // Rows whose status is not terminal (starting, processing, creating), oldest first.
    QList<HistoryRecord> nonTerminal() const;
    // Makes `owner` the process following the row (ResumeManager, inside its transaction).
    bool setOwner(const QString &key, const RunOwner &owner, const QDateTime &heartbeat);
    // Refreshes the heartbeat of every running row `owner` follows; the number of rows, -1 on error.
    int heartbeat(const RunOwner &owner, const QDateTime &now);

    QList<OutputFile> outputs(const QString &key) const;
    // Records (or replaces) the saved file of output `file.index`.
    bool setOutput(const QString &key, const OutputFile &file);

    // Runs `work` in one IMMEDIATE transaction (nested calls join the outer one); rolls back
    // when it returns false.
    bool transaction(const std::function<bool()> &work);

    // The connection, for the tables kept next to the predictions (SweepStore): same thread,
    // same transactions.
    QSqlDatabase database() const;

private:
    enum class LogWrite { Replace, Keep };

    bool exec(const QString &sql);
    qint64 findRowId(const QString &key) const;
    std::optional<HistoryRecord> readRow(qint64 rowId) const;   // without log and outputs
    bool writeRecord(const HistoryRecord &record, qint64 rowId, qint64 *newRowId, LogWrite log = LogWrite::Replace);
    QString readLog(qint64 rowId) const;
    // Makes `text` the row's log, appending when the stored log is its prefix; `compact` folds
    // the chunks of a finished run into one.
    bool writeLog(qint64 rowId, const QString &text, bool compact);
    bool fail(const QString &message) const;
    // Puts the rows whose prompts or id contain `search` (3+ characters through the full-text
    // index, shorter ones by scanning its copy of the columns) into the temporary table
    // search_hits, unless it already holds them: list() and count() of one search, and its further
    // pages, share one lookup until something writes.
    bool prepareSearchHits(const QString &search) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    int m_transactionDepth = 0;
    mutable QString m_lastError;
    // What search_hits holds: the search and the database state it was taken at (this
    // connection's total_changes(), other connections' data_version).
    mutable QString m_hitsSearch;
    mutable qint64 m_hitsChanges = -1;
    mutable qint64 m_hitsDataVersion = -1;
};

} // namespace sdanim::store
