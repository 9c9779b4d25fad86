#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace sdanim::store {

// The history database schema as an ordered list of migrations. The version applied last is
// kept in PRAGMA user_version; opening a database applies every newer migration in one
// transaction, so a crash mid-migration leaves the old schema untouched.
class HistoryMigrations
{
public:
    static int latestVersion();
    // The SQL statements that bring a database from version - 1 to `version` (1-based).
    static QStringList statements(int version);
    static int currentVersion(const QSqlDatabase &db);
    // Applies the missing migrations. Refuses (without touching anything) a database written by a
    // newer schema than this build knows.
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace sdanim::store
