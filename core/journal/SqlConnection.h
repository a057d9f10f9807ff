// SPDX-License-Identifier: MIT
#pragma once

// One named QtSql connection to a journal database, and the only place SQL is executed:
// values go through prepare() + bindValue(); constant DDL through runDdl(). Errors come
// back as workflow::JournalError values, classified (busy, corrupt, unreachable...).

#include "common/Result.h"
#include "journal/JournalLocation.h"
#include "workflow/ActivationJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

class QSqlDriver;
class QSqlError;

namespace actdesk::journal {

enum class Dialect
{
    Sqlite,
    Postgres,
};

class SqlConnection
{
public:
    // Opens the database. The caller owns the connection; its QtSql name is unique.
    static Result<std::unique_ptr<SqlConnection>, workflow::JournalError> open(const JournalLocation& location);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    // SQLite: the size the -wal file is cut back to when the log restarts (4 MiB, about one
    // background checkpoint's worth of log frames).
    static constexpr qint64 kWalSizeLimitBytes = 4 * 1024 * 1024;

    // PostgreSQL: the longest any statement waits for a lock held by another session, and
    // the longest any one statement runs, before it fails as Busy (see boundWaits()). A
    // schema migration gets kMigrationStatementTimeoutMs (it may index a large journal).
    static constexpr int kLockTimeoutMs = 5000;
    static constexpr int kStatementTimeoutMs = 15000;
    static constexpr int kMigrationStatementTimeoutMs = 5 * 60 * 1000;

    Dialect dialect() const { return m_dialect; }
    // SQLite on read-only media or in a read-only folder: opened for reading only.
    bool readOnly() const { return m_readOnly; }
    // What a write to a read-only journal reports (nothing is tried).
    workflow::JournalError readOnlyError() const;
    const JournalLocation& location() const { return m_location; }

    // Prepares `sql` (positional "?" placeholders), binds `values` in order, executes it.
    Result<QSqlQuery, workflow::JournalError> run(const QString& sql, const QVariantList& values = {});
    // The same for a statement run again and again (the insert of every step): prepared
    // once per connection and owned by it (valid until the next runCached of the same SQL).
    // Call finish() on it when its result has been read.
    Result<QSqlQuery*, workflow::JournalError> runCached(const QString& sql, const QVariantList& values = {});
    // Constant schema statements (no values).
    Result<void, workflow::JournalError> runDdl(const QString& sql);

    // SQLite only (no-op otherwise): WAL mode, so readers never block the writer. Called
    // once the file is known to be a journal (or empty), never on someone else's file.
    Result<void, workflow::JournalError> configureSqlite();

    // A write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE), so a busy
    // journal waits for the busy timeout at the start instead of failing half-way.
    Result<void, workflow::JournalError> begin();
    Result<void, workflow::JournalError> commit();
    void rollback();

    // After a failure on PostgreSQL: true when the connection was lost and is open again.
    bool reconnect();

    workflow::JournalError error(const QSqlError& error, const char* what) const;

    // The QtSql driver of this connection (for its native handle); use on this thread only.
    QSqlDriver* driver() const;

private:
    SqlConnection(const JournalLocation& location, Dialect dialect, QString name);
    // PostgreSQL: lock_timeout and statement_timeout on this session (after every open).
    Result<void, workflow::JournalError> boundWaits();
    QSqlDatabase database() const;

    JournalLocation m_location;
    Dialect m_dialect;
    bool m_readOnly = false;
    QString m_name;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // runCached(): SQL text -> statement
};

// Rolls back unless committed: one transaction per logical step, nothing half-written.
class WriteTransaction
{
public:
    explicit WriteTransaction(SqlConnection& connection) : m_connection(connection) {}
    ~WriteTransaction()
    {
        if (m_open)
            m_connection.rollback();
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<void, workflow::JournalError> begin()
    {
        auto started = m_connection.begin();
        m_open = started.ok();
        return started;
    }
    Result<void, workflow::JournalError> commit()
    {
        auto done = m_connection.commit();
        if (done)
            m_open = false;
        return done;
    }

private:
    SqlConnection& m_connection;
    bool m_open = false;
};

} // namespace actdesk::journal
