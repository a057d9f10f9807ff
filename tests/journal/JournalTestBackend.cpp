// SPDX-License-Identifier: MIT
#include "JournalTestBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <cstdio>
#include <cstring>

namespace actdesk::test {

namespace {

QString connectionName()
{
    static int n = 0;
    return QStringLiteral("journal-test-admin-%1").arg(++n);
}

// Opens a plain QtSql connection to `location`, runs `work`, closes it.
template <typename Work>
bool withDatabase(const journal::JournalLocation& location, QString& error, Work work)
{
    const QString name = connectionName();
    bool ok = false;
    {
        QSqlDatabase db = JournalTestBackend::addDatabase(location, name);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            ok = work(db, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QSqlDatabase JournalTestBackend::addDatabase(const journal::JournalLocation& location, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        location.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), connectionName);
    if (location.isSqlite()) {
        db.setDatabaseName(location.path);
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
    }
    return db;
}

std::optional<BackendArguments> takeBackendArgument(int argc, char* argv[], const char* program)
{
    BackendArguments out;
    const char* backendName = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--backend") == 0 && i + 1 < argc) {
            backendName = argv[++i];
            continue;
        }
        out.qtArgs.push_back(argv[i]);
    }
    if (!backendName || (std::strcmp(backendName, "sqlite") != 0 && std::strcmp(backendName, "pg") != 0)) {
        std::fprintf(stderr, "usage: %s --backend sqlite|pg [QtTest options]\n", program);
        return std::nullopt;
    }
    out.kind = std::strcmp(backendName, "pg") == 0 ? JournalTestBackend::Kind::Postgres
                                                   : JournalTestBackend::Kind::Sqlite;
    return out;
}

JournalTestBackend::~JournalTestBackend()
{
    if (m_databases.isEmpty())
        return;
    QString error;
    withDatabase(m_server, error, [this](QSqlDatabase& db, QString&) {
        for (const QString& d : m_databases) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(d));
        }
        return true;
    });
}

bool JournalTestBackend::prepare(QString& why)
{
    if (!m_temp.isValid()) {
        why = QStringLiteral("no temporary directory");
        return false;
    }
    if (isSqlite())
        return true;
    const QString url = qEnvironmentVariable("ACTDESK_TEST_PG_URL");
    if (url.isEmpty()) {
        why = QStringLiteral("ACTDESK_TEST_PG_URL is not set. Run the suite through scripts/with-postgres.sh "
                             "(scripts/test.sh does); a PostgreSQL test that cannot run is a failure.");
        return false;
    }
    auto parsed = journal::JournalLocation::parse(url);
    if (!parsed || parsed->isSqlite()) {
        why = QStringLiteral("ACTDESK_TEST_PG_URL is not a postgresql:// URL: ") + url;
        return false;
    }
    m_server = parsed.value();
    return withDatabase(m_server, why, [](QSqlDatabase& db, QString& error) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT 1"))) {
            error = q.lastError().text();
            return false;
        }
        return true;
    });
}

journal::JournalLocation JournalTestBackend::freshLocation()
{
    ++m_counter;
    if (isSqlite())
        return journal::JournalLocation::sqliteFile(
            m_temp.filePath(QStringLiteral("j%1/journal.sqlite").arg(m_counter)));
    const QString database =
        QStringLiteral("actdesk_jt_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
    QString error;
    const bool created = withDatabase(m_server, error, [&database](QSqlDatabase& db, QString& e) {
        QSqlQuery q(db);
        // Identifiers cannot be bound; this one is built from numbers only.
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(database))) {
            e = q.lastError().text();
            return false;
        }
        return true;
    });
    if (created)
        m_databases << database;
    else
        qWarning("cannot create test database %s: %s", qPrintable(database), qPrintable(error));
    journal::JournalLocation l = m_server;
    l.database = database;
    return l;
}

QString JournalTestBackend::url(const journal::JournalLocation& location)
{
    if (location.isSqlite())
        return location.path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(location.host);
    u.setPort(location.port);
    u.setUserName(location.user);
    u.setPath(QLatin1Char('/') + location.database);
    return u.toString();
}

QByteArray JournalTestBackend::everythingStored(const journal::JournalLocation& location)
{
    if (location.isSqlite()) {
        QByteArray all;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile f(location.path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    QByteArray all;
    QString error;
    withDatabase(location, error, [&all](QSqlDatabase& db, QString&) {
        QSqlQuery q(db);
        for (const QString& table : {QStringLiteral("actdesk_journal"), QStringLiteral("actdesk_meta")}) {
            q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table));
            while (q.next())
                all += q.value(0).toString().toUtf8() + '\n';
        }
        return true;
    });
    return all;
}

bool JournalTestBackend::exec(const journal::JournalLocation& location, const QStringList& statements,
                              QString& error)
{
    return withDatabase(location, error, [&statements](QSqlDatabase& db, QString& e) {
        for (const QString& s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s)) {
                e = s + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

} // namespace actdesk::test
