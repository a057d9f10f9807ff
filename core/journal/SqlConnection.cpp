// SPDX-License-Identifier: MIT
#include "journal/SqlConnection.h"

#include "files/FileKind.h"
#include "files/FileSpace.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>

namespace actdesk::journal {

namespace {

using Kind = workflow::JournalError::Kind;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("actdesk-journal-%1").arg(++counter);
}

// SQLite primary result codes (sqlite3.h); the driver reports them as nativeErrorCode().
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

Kind classifySqlite(const QSqlError& e, const QString& path)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case SqliteBusy:
        case SqliteLocked: return Kind::Busy;
        case SqliteCorrupt:
        case SqliteNotADb: return Kind::Corrupt;
        case SqliteFull: return Kind::DiskFull;
        case SqliteReadOnly: return Kind::ReadOnly;
        case SqliteIoErr:
            // A write that found no room (ENOSPC on the -wal or -shm file) comes back as an
            // I/O error, not as SQLITE_FULL: the disk, not the journal, is the problem.
            if (files::diskIsFull(path))
                return Kind::DiskFull;
            return Kind::Unreadable;
        case SqliteCantOpen:
        case SqliteAuth: return Kind::Unreadable;
        default: break;
        }
    }
    if (e.type() == QSqlError::ConnectionError)
        return Kind::Unreadable;
    return Kind::QueryFailed;
}

Kind classifyPostgres(const QSqlError& e)
{
    const QString state = e.nativeErrorCode();
    // Class 08: connection exception; 57P: operator intervention (server shut down);
    // 28: invalid authorisation; 3D000: database does not exist.
    if (e.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")) || state.startsWith(QLatin1String("28")) ||
        state == QLatin1String("3D000"))
        return Kind::ConnectionFailed;
    // Lock not available (lock_timeout), deadlock, statement cancelled (statement_timeout):
    // another session held the journal longer than this connection waits.
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("57014"))
        return Kind::Busy;
    // disk_full: the server's disk, not the journal; read_only_sql_transaction: a standby.
    if (state == QLatin1String("53100"))
        return Kind::DiskFull;
    if (state == QLatin1String("25006"))
        return Kind::ReadOnly;
    return Kind::QueryFailed;
}

workflow::JournalError makeError(Kind kind, const JournalLocation& location, QString detail)
{
    workflow::JournalError e;
    e.kind = kind;
    e.location = location.display().toStdString();
    e.detail = detail.toStdString();
    return e;
}

} // namespace

SqlConnection::SqlConnection(const JournalLocation& location, Dialect dialect, QString name)
    : m_location(location), m_dialect(dialect), m_name(std::move(name))
{
}

SqlConnection::~SqlConnection()
{
    m_prepared.clear(); // statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlDriver* SqlConnection::driver() const
{
    return database().driver();
}

Result<std::unique_ptr<SqlConnection>, workflow::JournalError> SqlConnection::open(const JournalLocation& location)
{
    const bool sqlite = location.isSqlite();
    bool readOnly = false;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(makeError(Kind::DriverMissing, location, driver));

    if (sqlite) {
        const QFileInfo file(location.path);
        if (file.exists() && file.isDir())
            return fail(makeError(Kind::Unreadable, location, QStringLiteral("is a directory")));
        // Never handed to SQLite: a named pipe would wait for ever.
        if (const auto kind = files::fileKind(location.path); !files::isMissingOrRegular(kind))
            return fail(makeError(
                Kind::Unreadable, location,
                QStringLiteral("is not a file but a %1").arg(QLatin1String(files::fileKindKey(kind)))));
        if (file.exists() && !file.isReadable())
            return fail(makeError(Kind::Unreadable, location, QStringLiteral("permission denied")));
        if (!file.exists() && !QDir().mkpath(file.absolutePath()))
            return fail(makeError(Kind::Unreadable, location,
                                  QStringLiteral("cannot create directory %1").arg(file.absolutePath())));
        // Read-only media or folder: a journal that is there is opened for reading only (SQLite
        // could not create its -wal and -shm files beside it); a new one cannot be made there.
        if (location.readOnly || !files::canWriteBeside(location.path)) {
            if (!file.exists())
                return fail(makeError(Kind::ReadOnly, location,
                                      QStringLiteral("the folder %1 is read-only").arg(file.absolutePath())));
            readOnly = true;
        }
    }

    std::unique_ptr<SqlConnection> c(
        new SqlConnection(location, sqlite ? Dialect::Sqlite : Dialect::Postgres, nextConnectionName()));
    c->m_readOnly = readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, c->m_name);
        if (sqlite) {
            if (readOnly) {
                // immutable: nobody can write beside it, so SQLite needs no -shm file to read a
                // journal in WAL mode (a -wal left there by a writer is ignored: run a checkpoint
                // on a writable copy to see its last steps).
                db.setDatabaseName(QStringLiteral("file:%1?mode=ro&immutable=1")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                           QFileInfo(location.path).absoluteFilePath(), "/"))));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                         .arg(location.busyTimeoutMs));
            } else {
                db.setDatabaseName(location.path);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(location.busyTimeoutMs));
            }
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            if (!location.password.isEmpty())
                db.setPassword(location.password);
            db.setDatabaseName(location.database);
            QString options = location.connectOptions;
            if (!options.contains(QLatin1String("connect_timeout=")))
                options +=
                    (options.isEmpty() ? QString() : QStringLiteral(";")) +
                    QStringLiteral("connect_timeout=%1").arg(JournalLocation::kDefaultConnectTimeoutSeconds);
            db.setConnectOptions(options);
        }
        if (!db.open())
            return fail(c->error(db.lastError(), "open"));
    }
    if (auto bounded = c->boundWaits(); !bounded)
        return fail(bounded.error());

    if (sqlite && location.maxPageCount > 0) {
        if (auto cap = c->run(QStringLiteral("PRAGMA max_page_count=%1").arg(location.maxPageCount)); !cap)
            return fail(cap.error());
    }
    if (sqlite) {
        // Read before anything writes: a file that is not a database must stay untouched.
        if (auto probe = c->run(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
            return fail(probe.error());
    }
    return c;
}

Result<void, workflow::JournalError> SqlConnection::boundWaits()
{
    if (m_dialect != Dialect::Postgres)
        return {};
    // Session settings, set again on every (re)connection; a SET rather than libpq's
    // options='-c ...' so that connection poolers that refuse startup options pass it too.
    // A step is one short INSERT and never waits on another desk (inserts do not conflict),
    // so in normal use no wait comes near these; only a lock held by someone else (LOCK
    // TABLE, VACUUM FULL, a stuck transaction, a migration by a newer desk) or a server that
    // stalls does, and then the step is reported as not recorded (Busy) instead of holding
    // up the activation: at most kLockTimeoutMs per step behind a lock, kStatementTimeoutMs
    // for any one statement (a generous margin over the slowest search of a large journal).
    auto set =
        run(QStringLiteral("SELECT set_config('lock_timeout', ?, false), "
                           "set_config('statement_timeout', ?, false)"),
            {QStringLiteral("%1ms").arg(kLockTimeoutMs), QStringLiteral("%1ms").arg(kStatementTimeoutMs)});
    if (!set)
        return fail(set.error());
    return {};
}

workflow::JournalError SqlConnection::readOnlyError() const
{
    return makeError(Kind::ReadOnly, m_location,
                     QStringLiteral("the folder %1 is read-only").arg(QFileInfo(m_location.path).absolutePath()));
}

Result<void, workflow::JournalError> SqlConnection::configureSqlite()
{
    if (m_dialect != Dialect::Sqlite || m_readOnly)
        return {};
    // NORMAL sync is crash-safe in WAL mode (a power cut may lose the last step, never
    // corrupt the file) and keeps one transaction per step fast.
    if (auto sync = run(QStringLiteral("PRAGMA synchronous=NORMAL")); !sync)
        return fail(sync.error());
    // Checkpoint (copy the log into the file, with an fsync) every ~16 MB of log instead of
    // every 4 MB: a step rewrites the same few pages, so fewer checkpoints write less. This
    // covers opening and migrating; SqlJournal then hands checkpoints to a background thread
    // (WalCheckpointer) when it can.
    if (auto checkpoint = run(QStringLiteral("PRAGMA wal_autocheckpoint=4000")); !checkpoint)
        return fail(checkpoint.error());
    // SQLite never shrinks the -wal file by itself: after a long burst of steps (a desk
    // answering a large transfer file) it would keep its peak size, tens of MB, for as long as
    // the journal is open. With a limit, the first commit after the log restarts cuts it back.
    if (auto limit = run(QStringLiteral("PRAGMA journal_size_limit=%1").arg(kWalSizeLimitBytes)); !limit)
        return fail(limit.error());
    {
        auto mode = run(QStringLiteral("PRAGMA journal_mode"));
        if (!mode)
            return fail(mode.error());
        if (mode->next() && mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
    }
    // Switching to WAL needs the file to itself for a moment; SQLite does not wait for that
    // on its own, so wait here, within the busy timeout, while another process creates it.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto wal = run(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (wal)
            return {};
        if (wal.error().kind != Kind::Busy || waited.elapsed() > m_location.busyTimeoutMs)
            return fail(wal.error());
        QThread::msleep(20);
    }
}

workflow::JournalError SqlConnection::error(const QSqlError& e, const char* what) const
{
    const Kind kind = m_dialect == Dialect::Sqlite ? classifySqlite(e, m_location.path) : classifyPostgres(e);
    QString detail = QString::fromLatin1(what) + QStringLiteral(": ") + e.text();
    if (!e.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [") + e.nativeErrorCode() + QLatin1Char(']');
    return makeError(kind, m_location, detail);
}

namespace {
void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // A null QString binds as SQL NULL; the journal's text columns are NOT NULL DEFAULT ''.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
}
} // namespace

Result<QSqlQuery, workflow::JournalError> SqlConnection::run(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(error(query.lastError(), "prepare"));
    bindAll(query, values);
    if (!query.exec())
        return fail(error(query.lastError(), "exec"));
    return query;
}

Result<QSqlQuery*, workflow::JournalError> SqlConnection::runCached(const QString& sql, const QVariantList& values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return fail(error(query->lastError(), "prepare"));
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = *it->second;
    bindAll(query, values);
    if (!query.exec()) {
        auto e = error(query.lastError(), "exec");
        m_prepared.erase(it); // prepared again next time (after a reconnect, for example)
        return fail(e);
    }
    return &query;
}

Result<void, workflow::JournalError> SqlConnection::runDdl(const QString& sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(error(query.lastError(), "schema"));
    return {};
}

Result<void, workflow::JournalError> SqlConnection::begin()
{
    if (m_dialect == Dialect::Sqlite) {
        if (auto begun = runCached(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return fail(begun.error());
        return {};
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(error(db.lastError(), "begin"));
    return {};
}

Result<void, workflow::JournalError> SqlConnection::commit()
{
    if (m_dialect == Dialect::Sqlite) {
        if (auto done = runCached(QStringLiteral("COMMIT")); !done)
            return fail(done.error());
        return {};
    }
    QSqlDatabase db = database();
    if (!db.commit())
        return fail(error(db.lastError(), "commit"));
    return {};
}

void SqlConnection::rollback()
{
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery query(database());
        query.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    database().rollback();
}

bool SqlConnection::reconnect()
{
    if (m_dialect != Dialect::Postgres)
        return false;
    QSqlDatabase db = database();
    QSqlQuery ping(db);
    if (db.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
        return false; // the connection is fine; the failure was something else
    m_prepared.clear();
    db.close();
    return db.open() && boundWaits().ok();
}

} // namespace actdesk::journal
