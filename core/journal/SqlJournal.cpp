// SPDX-License-Identifier: MIT
#include "journal/SqlJournal.h"

#include "input/UserText.h"
#include "journal/EventCodec.h"
#include "journal/JournalSchema.h"
#include "journal/SqlConnection.h"
#include "journal/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace actdesk::journal {

namespace {

using workflow::JournalEntry;
using workflow::JournalError;

// The column list every SELECT uses, in the order rowToEntry() reads it.
const QString kColumns = QStringLiteral(
    "id, at_utc, step, outcome, error_code, id_error, detail, machine_name, machine_id, os, simulation, "
    "catalog_key, activation_id, partial_key, extended_pid, installation_id, confirmation_id, license_status, "
    "operator_name, role, tool_version");

// Every free text goes in with product keys masked (input::maskProductKeys): a key typed
// into a machine name, a reason or a user name never reaches the database.
QVariant text(const std::string& s)
{
    return QString::fromStdString(input::maskProductKeys(s));
}

JournalEntry rowToEntry(const QSqlQuery& q)
{
    JournalEntry e;
    auto s = [&q](int i) { return q.value(i).toString().toStdString(); };
    e.id = q.value(0).toLongLong();
    e.event.at = parseUtc(q.value(1).toString()).value_or(std::chrono::system_clock::time_point{});
    e.event.step = stepFromKey(q.value(2).toString()).value_or(workflow::Step::Prerequisites);
    e.event.outcome = outcomeFromKey(q.value(3).toString()).value_or(workflow::Outcome::Failed);
    e.event.errorCode = static_cast<std::uint32_t>(q.value(4).toLongLong());
    e.event.idError = decodeIdError(q.value(5).toString());
    e.event.detail = s(6);
    e.event.machineName = s(7);
    e.event.machineId = s(8);
    e.event.os = s(9);
    e.event.simulation = q.value(10).toInt() != 0;
    e.event.catalogKey = s(11);
    e.event.activationId = s(12);
    e.event.partialKey = s(13);
    e.event.extendedPid = s(14);
    e.event.installationId = s(15);
    e.event.confirmationId = s(16);
    if (!q.value(17).isNull())
        e.event.status = static_cast<licensing::LicenseStatus>(q.value(17).toInt());
    e.author.operatorName = s(18);
    e.author.role = workflow::journalRoleFromKey(s(19)).value_or(workflow::JournalRole::Device);
    e.author.toolVersion = s(20);
    return e;
}

// The partial key is the last five characters; anything longer is cut to them, so a full
// key handed over by mistake never reaches the database.
QString partialKeyOnly(const std::string& partial)
{
    QString p = QString::fromStdString(partial).trimmed().toUpper();
    p.remove(QLatin1Char('-'));
    return p.size() > 5 ? p.right(5) : p;
}

} // namespace

SqlJournal::SqlJournal(std::unique_ptr<SqlConnection> connection, const Clock& clock, int schemaVersion)
    : m_connection(std::move(connection)), m_clock(clock), m_schemaVersion(schemaVersion)
{
    if (m_connection->location().backgroundCheckpoints && !m_connection->readOnly())
        m_checkpointer = WalCheckpointer::attach(*m_connection);
}

SqlJournal::~SqlJournal() = default;

bool SqlJournal::readOnly() const
{
    return m_connection->readOnly();
}

bool SqlJournal::checkpointsInBackground() const
{
    return m_checkpointer != nullptr;
}

const JournalLocation& SqlJournal::location() const
{
    return m_connection->location();
}

namespace {

// The files SQLite makes for a journal: the database, its write-ahead log, its shared memory
// index and its rollback journal.
QStringList sqliteFiles(const QString& path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

// After a journal could not be opened for want of room (or on read-only media), nothing is
// left behind: the files SQLite made for it are removed if they hold nothing. A new journal
// holds at most the header page that switched it to WAL mode; the log and its index of an
// existing one are removed only when they were not there before, the log holds no page and
// the index is short of its first 32 KiB block (another process's index never is), so the
// files of a journal someone else has open are never touched.
void removeEmptyLeftovers(const QStringList& files, const std::vector<bool>& existed, JournalError::Kind why)
{
    constexpr qint64 kHeaderPageBytes = 4096; // SQLite's default page size
    constexpr qint64 kWalHeaderBytes = 32;
    constexpr qint64 kShmBlockBytes = 32768;
    if (why != JournalError::Kind::DiskFull && why != JournalError::Kind::ReadOnly)
        return;
    if (QFileInfo(files[1]).size() > kWalHeaderBytes || QFileInfo(files[2]).size() >= kShmBlockBytes)
        return;
    if (!existed[0] && QFileInfo(files[0]).size() > kHeaderPageBytes)
        return;
    for (std::size_t i = existed[0] ? 1 : 0; i < existed.size(); ++i)
        if (!existed[i])
            QFile::remove(files[int(i)]);
}

} // namespace

Result<std::unique_ptr<SqlJournal>, JournalError> SqlJournal::open(const JournalLocation& location,
                                                                   const Clock& clock, const QString& toolVersion)
{
    if (!location.isSqlite())
        return openExisting(location, clock, toolVersion);
    const QStringList files = sqliteFiles(location.path);
    std::vector<bool> existed;
    for (const QString& f : files)
        existed.push_back(QFileInfo::exists(f));
    auto opened = openExisting(location, clock, toolVersion);
    if (opened)
        return opened;
    removeEmptyLeftovers(files, existed, opened.error().kind); // the connection is closed by now
    // A journal on a disk too full to open it for writing (SQLite cannot make its index file)
    // can still be read: listed and exported; every step to record says the disk is full.
    if (opened.error().kind == JournalError::Kind::DiskFull && existed[0] && !location.readOnly) {
        JournalLocation reading = location;
        reading.readOnly = true;
        auto readable = openExisting(reading, clock, toolVersion);
        if (readable) {
            readable.value()->m_writesRefused = opened.error();
            return readable;
        }
    }
    return opened;
}

Result<std::unique_ptr<SqlJournal>, JournalError> SqlJournal::openExisting(const JournalLocation& location,
                                                                           const Clock& clock,
                                                                           const QString& toolVersion)
{
    auto connection = SqlConnection::open(location);
    if (!connection)
        return fail(connection.error());
    // Look before writing anything: a damaged file, another program's database or a newer
    // journal must stay byte-for-byte as it is.
    auto stored = JournalSchema::storedVersion(*connection.value());
    if (!stored)
        return fail(stored.error());
    if (stored.value() > JournalSchema::kCurrentVersion) {
        JournalError e;
        e.kind = JournalError::Kind::TooNew;
        e.location = location.display().toStdString();
        e.detail = std::to_string(stored.value());
        return fail(e);
    }
    if (auto configured = connection.value()->configureSqlite(); !configured)
        return fail(configured.error());
    auto version = JournalSchema::migrate(*connection.value(), formatUtc(clock.nowUtc()), toolVersion);
    if (!version)
        return fail(version.error());
    return std::unique_ptr<SqlJournal>(new SqlJournal(std::move(connection).value(), clock, version.value()));
}

Result<std::int64_t, JournalError> SqlJournal::insert(const JournalEntry& entry)
{
    const auto& ev = entry.event;
    const auto at = ev.at == std::chrono::system_clock::time_point{} ? m_clock.nowUtc() : ev.at;
    const QString machineName = QString::fromStdString(input::maskProductKeys(ev.machineName));
    const QVariantList values = {
        formatUtc(at),
        stepToKey(ev.step),
        outcomeKey(ev.outcome),
        QVariant::fromValue<qint64>(ev.errorCode),
        encodeIdError(ev.idError),
        text(ev.detail),
        machineName,
        foldMachineName(machineName),
        text(ev.machineId),
        text(ev.os),
        ev.simulation ? 1 : 0,
        text(ev.catalogKey),
        QString::fromStdString(ev.activationId).toLower(),
        partialKeyOnly(ev.partialKey),
        text(ev.extendedPid),
        digitsOnly(QString::fromStdString(ev.installationId)),
        digitsOnly(QString::fromStdString(ev.confirmationId)),
        ev.status ? QVariant(static_cast<int>(*ev.status)) : QVariant(QMetaType::fromType<int>()),
        text(entry.author.operatorName),
        roleKey(entry.author.role),
        text(entry.author.toolVersion),
    };
    const bool pg = m_connection->dialect() == Dialect::Postgres;
    auto q = m_connection->runCached(
        QStringLiteral("INSERT INTO actdesk_journal (at_utc, step, outcome, error_code, id_error, detail, "
                       "machine_name, machine_key, machine_id, os, simulation, catalog_key, activation_id, "
                       "partial_key, extended_pid, installation_id, confirmation_id, license_status, "
                       "operator_name, role, tool_version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            (pg ? QStringLiteral(" RETURNING id") : QString()),
        values);
    if (!q)
        return fail(q.error());
    QSqlQuery& inserted = *q.value();
    std::int64_t id = 0;
    if (pg)
        id = inserted.next() ? inserted.value(0).toLongLong() : 0;
    else
        id = inserted.lastInsertId().toLongLong();
    inserted.finish();
    return id;
}

Result<std::int64_t, JournalError> SqlJournal::recordOnce(const JournalEntry& entry)
{
    if (m_connection->readOnly())
        return fail(m_writesRefused.value_or(m_connection->readOnlyError()));
    WriteTransaction tx(*m_connection);
    if (auto begun = tx.begin(); !begun)
        return fail(begun.error());
    auto id = insert(entry);
    if (!id)
        return id;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return id;
}

Result<std::int64_t, JournalError> SqlJournal::record(const JournalEntry& entry)
{
    auto id = recordOnce(entry);
    // A shared desk's server may have restarted since the journal was opened: one retry on
    // a fresh connection, so a step is not lost to a stale socket.
    if (!id && id.error().kind == JournalError::Kind::ConnectionFailed && m_connection->reconnect())
        id = recordOnce(entry);
    return id;
}

Result<void, JournalError> SqlJournal::recordAll(const std::vector<JournalEntry>& entries)
{
    if (m_connection->readOnly())
        return fail(m_writesRefused.value_or(m_connection->readOnlyError()));
    WriteTransaction tx(*m_connection);
    if (auto begun = tx.begin(); !begun)
        return begun;
    for (const auto& e : entries)
        if (auto id = insert(e); !id)
            return fail(id.error());
    return tx.commit();
}

Result<std::vector<JournalEntry>, JournalError> SqlJournal::find(const workflow::JournalQuery& query)
{
    QStringList where;
    QVariantList values;
    auto add = [&](const char* condition, const QVariant& value) {
        where << QLatin1String(condition);
        values << value;
    };
    if (query.machineName)
        add("machine_key = ?", foldMachineName(QString::fromStdString(*query.machineName)));
    if (query.installationId)
        add("installation_id = ?", digitsOnly(QString::fromStdString(*query.installationId)));
    if (query.partialKey)
        add("partial_key = ?", partialKeyOnly(*query.partialKey));
    if (query.catalogKey)
        add("catalog_key = ?", text(*query.catalogKey));
    if (query.activationId)
        add("activation_id = ?", QString::fromStdString(*query.activationId).toLower());
    if (query.step)
        add("step = ?", stepToKey(*query.step));
    if (query.outcome)
        add("outcome = ?", outcomeKey(*query.outcome));
    if (query.role)
        add("role = ?", roleKey(*query.role));
    if (query.since)
        add("at_utc >= ?", formatUtc(*query.since));
    if (query.until)
        add("at_utc < ?", formatUtc(*query.until));

    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM actdesk_journal");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at_utc DESC, id DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << QVariant::fromValue<qint64>(static_cast<qint64>(query.limit));
    }
    auto q = m_connection->run(sql, values);
    if (!q)
        return fail(q.error());
    std::vector<JournalEntry> entries;
    while (q->next())
        entries.push_back(rowToEntry(q.value()));
    return entries;
}

Result<std::optional<workflow::KnownConfirmation>, JournalError> SqlJournal::knownConfirmation(
    std::string_view installationId, std::string_view extendedPid)
{
    const QString iid = digitsOnly(QString::fromUtf8(installationId.data(), qsizetype(installationId.size())));
    if (iid.isEmpty())
        return std::optional<workflow::KnownConfirmation>{};
    QVariantList values = {iid};
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM actdesk_journal WHERE installation_id = ? AND confirmation_id <> '' "
                                 "AND outcome = 'succeeded'");
    if (!extendedPid.empty()) {
        sql += QStringLiteral(" AND extended_pid = ?");
        values << QString::fromUtf8(extendedPid.data(), qsizetype(extendedPid.size()));
    }
    // A CID Windows accepted first, then the newest one obtained.
    sql += QStringLiteral(" ORDER BY CASE WHEN step IN ('deposit', 'verify') THEN 0 ELSE 1 END, "
                          "at_utc DESC, id DESC LIMIT 1");
    auto q = m_connection->run(sql, values);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<workflow::KnownConfirmation>{};
    const JournalEntry e = rowToEntry(q.value());
    workflow::KnownConfirmation k;
    k.confirmationId = e.event.confirmationId;
    k.installationId = e.event.installationId;
    k.extendedPid = e.event.extendedPid;
    k.machineName = e.event.machineName;
    k.activationId = e.event.activationId;
    k.at = e.event.at;
    k.deposited = e.event.step == workflow::Step::Deposit || e.event.step == workflow::Step::Verify;
    k.entryId = e.id;
    return std::optional<workflow::KnownConfirmation>(k);
}

Result<std::int64_t, JournalError> SqlJournal::count()
{
    auto q = m_connection->run(QStringLiteral("SELECT count(*) FROM actdesk_journal"));
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : std::int64_t{0};
}

} // namespace actdesk::journal
