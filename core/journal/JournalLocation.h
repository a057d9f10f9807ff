// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "workflow/ActivationJournal.h"

#include <QString>

namespace actdesk::journal {

// Where a journal lives, parsed from what the user gave:
//   /path/to/journal.sqlite, sqlite:///path/to/journal.sqlite   (SQLite, the default)
//   postgresql://user[:password]@host[:port]/database[?sslmode=...&connect_timeout=...]
//   (postgres:// is accepted too; a missing password comes from PGPASSWORD or ~/.pgpass)
struct JournalLocation
{
    enum class Backend
    {
        Sqlite,
        Postgres,
    } backend = Backend::Sqlite;

    QString path; // SQLite: the file
    // SQLite: how long to wait for another process's lock before reporting Busy.
    int busyTimeoutMs = 10000;
    // SQLite: WAL checkpoints on a background thread (WalCheckpointer). False leaves them to
    // SQLite's auto-checkpoint, inside the commits: the benchmark's before-and-after reference.
    bool backgroundCheckpoints = true;
    // SQLite: the most pages the file may grow to (PRAGMA max_page_count; 0: no limit). A
    // write beyond it fails as SQLITE_FULL, exactly as on a full disk: the tests' full disk.
    int maxPageCount = 0;
    // SQLite: open for reading only (as on read-only media), whatever the folder allows.
    // SqlJournal::open sets it to read a journal on a disk too full to open it for writing.
    bool readOnly = false;

    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString connectOptions; // QPSQL "key=value;key=value"

    // PostgreSQL connect_timeout (seconds): the default when the URL gives none, and the
    // largest a URL may give. 0 (libpq: wait forever) and anything above the maximum are
    // refused as an invalid location: a journal must never hold up an activation for long.
    static constexpr int kDefaultConnectTimeoutSeconds = 10;
    static constexpr int kMaxConnectTimeoutSeconds = 60;

    static Result<JournalLocation, workflow::JournalError> parse(const QString& text);
    static JournalLocation sqliteFile(const QString& path);

    bool isSqlite() const { return backend == Backend::Sqlite; }
    // For messages and the journal view: the path, or the URL without the password.
    QString display() const;
};

} // namespace actdesk::journal
