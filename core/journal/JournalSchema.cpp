// SPDX-License-Identifier: MIT
#include "journal/JournalSchema.h"

#include "journal/EventCodec.h"

#include <QSqlQuery>
#include <QStringList>

namespace actdesk::journal {

namespace {

using Error = workflow::JournalError;

Error schemaError(const SqlConnection& c, Error::Kind kind, const QString& detail)
{
    Error e;
    e.kind = kind;
    e.location = c.location().display().toStdString();
    e.detail = detail.toStdString();
    return e;
}

// PostgreSQL (SQLite looks at sqlite_master in storedVersion).
Result<bool, Error> tableExists(SqlConnection& c, const QString& table)
{
    auto q = c.run(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema = current_schema() AND table_name = ?"),
                   {table});
    if (!q)
        return fail(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

Result<void, Error> setMeta(SqlConnection& c, const QString& name, const QString& value)
{
    auto updated = c.run(QStringLiteral("UPDATE actdesk_meta SET value = ? WHERE name = ?"), {value, name});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() > 0)
        return {};
    auto inserted = c.run(QStringLiteral("INSERT INTO actdesk_meta (name, value) VALUES (?, ?)"), {name, value});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Result<void, Error> runAll(SqlConnection& c, const QStringList& statements)
{
    for (const QString& s : statements)
        if (auto done = c.runDdl(s); !done)
            return done;
    return {};
}

// --- migration 1: the journal table -------------------------------------------------------
Result<void, Error> migration1(SqlConnection& c)
{
    const QString id = c.dialect() == Dialect::Sqlite ? QStringLiteral("id INTEGER PRIMARY KEY")
                                                      : QStringLiteral("id BIGSERIAL PRIMARY KEY");
    return runAll(c, {
        QStringLiteral("CREATE TABLE actdesk_meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE actdesk_journal ("
                       "%1,"
                       " at_utc TEXT NOT NULL,"
                       " step TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " error_code BIGINT NOT NULL DEFAULT 0,"
                       " id_error TEXT NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " machine_name TEXT NOT NULL DEFAULT '',"
                       " machine_id TEXT NOT NULL DEFAULT '',"
                       " os TEXT NOT NULL DEFAULT '',"
                       " simulation INTEGER NOT NULL DEFAULT 0,"
                       " catalog_key TEXT NOT NULL DEFAULT '',"
                       " activation_id TEXT NOT NULL DEFAULT '',"
                       " partial_key TEXT NOT NULL DEFAULT '',"
                       " extended_pid TEXT NOT NULL DEFAULT '',"
                       " installation_id TEXT NOT NULL DEFAULT '',"
                       " confirmation_id TEXT NOT NULL DEFAULT '',"
                       " license_status INTEGER,"
                       " operator_name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL DEFAULT 'device',"
                       " tool_version TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX actdesk_journal_at ON actdesk_journal (at_utc, id)"),
    });
}

// --- migration 2: lookups -----------------------------------------------------------------
Result<void, Error> migration2(SqlConnection& c)
{
    if (auto added = c.runDdl(QStringLiteral(
            "ALTER TABLE actdesk_journal ADD COLUMN machine_key TEXT NOT NULL DEFAULT ''"));
        !added)
        return added;
    // Backfill in C++ so old and new rows fold names the same way (SQL lower() is ASCII-only
    // in SQLite).
    QStringList names;
    {
        auto q = c.run(QStringLiteral("SELECT DISTINCT machine_name FROM actdesk_journal"));
        if (!q)
            return fail(q.error());
        while (q->next())
            names << q->value(0).toString();
    }
    for (const QString& name : names) {
        auto updated = c.run(QStringLiteral("UPDATE actdesk_journal SET machine_key = ? WHERE machine_name = ?"),
                             {foldMachineName(name), name});
        if (!updated)
            return fail(updated.error());
    }
    return runAll(c, {
        QStringLiteral("CREATE INDEX actdesk_journal_iid ON actdesk_journal (installation_id, extended_pid)"),
        QStringLiteral("CREATE INDEX actdesk_journal_machine ON actdesk_journal (machine_key, at_utc, id)"),
    });
}

using Migration = Result<void, Error> (*)(SqlConnection&);
constexpr Migration kMigrations[] = {&migration1, &migration2};
static_assert(std::size(kMigrations) == JournalSchema::kCurrentVersion);

} // namespace

Result<int, Error> JournalSchema::storedVersion(SqlConnection& c)
{
    bool hasMeta = false;
    if (c.dialect() == Dialect::Sqlite) {
        // One statement, so one snapshot. Asked separately ("is there a meta table?", then
        // "are there other tables?"), a journal that another process creates in between
        // looked like someone else's database: no meta table at first, tables a moment later.
        auto q = c.run(QStringLiteral("SELECT coalesce(sum(name = 'actdesk_meta'), 0), "
                                      "coalesce(sum(name NOT LIKE 'sqlite_%'), 0) "
                                      "FROM sqlite_master WHERE type = 'table'"));
        if (!q)
            return fail(q.error());
        const bool read = q->next();
        hasMeta = read && q->value(0).toInt() > 0;
        if (!hasMeta && read && q->value(1).toInt() > 0)
            return fail(
                schemaError(c, Error::Kind::Corrupt,
                            QStringLiteral("the file holds other tables, not an Activation Desk journal")));
    } else {
        auto exists = tableExists(c, QStringLiteral("actdesk_meta"));
        if (!exists)
            return fail(exists.error());
        hasMeta = exists.value();
    }
    if (!hasMeta)
        return 0;
    auto q = c.run(QStringLiteral("SELECT value FROM actdesk_meta WHERE name = ?"),
                   {QStringLiteral("schema_version")});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(schemaError(c, Error::Kind::Corrupt, QStringLiteral("the schema version is missing")));
    bool ok = false;
    const int version = q->value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        return fail(schemaError(c, Error::Kind::Corrupt, QStringLiteral("the schema version is unreadable")));
    return version;
}

Result<int, Error> JournalSchema::migrate(SqlConnection& c, const QString& createdAtUtc, const QString& toolVersion,
                                         int target)
{
    // Cheap check first: an up-to-date journal takes no write lock at all.
    auto seen = storedVersion(c);
    if (!seen)
        return seen;
    if (seen.value() > kCurrentVersion)
        return fail(schemaError(c, Error::Kind::TooNew, QString::number(seen.value())));
    if (seen.value() >= target)
        return seen.value();

    int version = seen.value();
    while (version < target) {
        WriteTransaction tx(c);
        if (auto begun = tx.begin(); !begun)
            return fail(begun.error());
        if (c.dialect() == Dialect::Postgres) {
            // A migration may rewrite or index a large journal, once per version: longer than
            // the per-statement limit of a step, for this transaction only. Waiting for a lock
            // stays bounded (lock_timeout), so a migration never waits behind someone else long.
            if (auto longer =
                    c.run(QStringLiteral("SELECT set_config('statement_timeout', ?, true)"),
                          {QStringLiteral("%1ms").arg(SqlConnection::kMigrationStatementTimeoutMs)});
                !longer)
                return fail(longer.error());
            // Serialises migrations of every process using this database (key: "ACTDESK1").
            if (auto locked = c.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                    {QVariant::fromValue<qint64>(0x4143544445534b31LL)});
                !locked)
                return fail(locked.error());
        }
        // Another process may have migrated while we waited for the lock.
        auto now = storedVersion(c);
        if (!now)
            return now;
        version = now.value();
        if (version > kCurrentVersion)
            return fail(schemaError(c, Error::Kind::TooNew, QString::number(version)));
        if (version >= target)
            break;
        if (auto step = kMigrations[version](c); !step)
            return fail(step.error());
        if (version == 0) {
            if (auto m = setMeta(c, QStringLiteral("created_utc"), createdAtUtc); !m)
                return fail(m.error());
            if (auto m = setMeta(c, QStringLiteral("created_by"), toolVersion); !m)
                return fail(m.error());
        }
        if (auto m = setMeta(c, QStringLiteral("schema_version"), QString::number(version + 1)); !m)
            return fail(m.error());
        if (auto m = setMeta(c, QStringLiteral("migrated_utc"), createdAtUtc); !m)
            return fail(m.error());
        if (auto done = tx.commit(); !done)
            return fail(done.error());
        ++version;
    }
    return version;
}

} // namespace actdesk::journal
