// SPDX-License-Identifier: MIT
#pragma once

// The backend the journal suite runs against: `--backend sqlite` (a file in a temporary
// directory) or `--backend pg` (a fresh database per test on the server named by
// ACTDESK_TEST_PG_URL, dropped afterwards). Without that variable the PostgreSQL run fails:
// a PostgreSQL test that does not run must never look like one that passed.

#include "common/Clock.h"
#include "journal/JournalLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <optional>
#include <vector>

namespace actdesk::test {

class JournalTestBackend
{
  public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    explicit JournalTestBackend(Kind kind) : m_kind(kind) {}
    ~JournalTestBackend();

    // Checks the environment; false (with `why`) when the backend cannot be used.
    bool prepare(QString& why);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    QString name() const { return isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("pg"); }

    // A new, empty journal location (a new file, or a new database).
    journal::JournalLocation freshLocation();
    // The same as text, for --journal.
    static QString url(const journal::JournalLocation& location);

    // Every byte of text the backend stores for the journal: the SQLite file (and its WAL),
    // or every row of every journal table rendered as text by the server.
    QByteArray everythingStored(const journal::JournalLocation& location);

    // A plain QtSql connection `connectionName` to `location`, outside the journal code, not
    // yet opened (fixtures, tampering, a second session holding a lock).
    static QSqlDatabase addDatabase(const journal::JournalLocation& location, const QString& connectionName);
    // Runs constant SQL against a location outside the journal code (fixtures, tampering).
    bool exec(const journal::JournalLocation& location, const QStringList& statements, QString& error);

    QString tempPath() const { return m_temp.path(); }

  private:
    Kind m_kind;
    QTemporaryDir m_temp;
    journal::JournalLocation m_server; // PostgreSQL: the admin connection
    QStringList m_databases;           // created, dropped at the end
    int m_counter = 0;
};

// A journal test program's command line: `--backend sqlite|pg` taken out, the rest kept for
// QtTest (the pointers stay argv's).
struct BackendArguments
{
    JournalTestBackend::Kind kind = JournalTestBackend::Kind::Sqlite;
    std::vector<char*> qtArgs;
    int qtArgc() const { return int(qtArgs.size()); }
};
// Empty, after a usage line on stderr naming `program`, when --backend is missing or unknown.
std::optional<BackendArguments> takeBackendArgument(int argc, char* argv[], const char* program);

class SettableClock final : public Clock
{
  public:
    std::chrono::system_clock::time_point nowUtc() const override { return m_now; }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }
    void advance(std::chrono::seconds s) { m_now += s; }

  private:
    // 2026-05-28T20:26:40Z
    std::chrono::system_clock::time_point m_now =
        std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000));
};

} // namespace actdesk::test
