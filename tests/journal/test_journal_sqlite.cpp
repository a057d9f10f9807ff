// SPDX-License-Identifier: MIT
#include "CliRun.h"
#include "FileTestSupport.h"
#include "JournalFixtures.h"
#include "SqliteJournalTest.h"

#include "journal/Csv.h"
#include "journal/JournalRecovery.h"
#include "journal/SqlJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QJsonArray>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace actdesk;
using namespace actdesk::test;
using Kind = workflow::JournalError::Kind;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// 16 KiB that are not a database: what a bad sector or a stray copy leaves behind.
QByteArray garbage()
{
    QByteArray g;
    for (int i = 0; i < 16384; ++i)
        g.append(char((i * 131 + 7) % 251));
    return g;
}

// A healthy journal at `location` with `count` entries, closed again.
bool journalWithEntries(const journal::JournalLocation& location, int count)
{
    SettableClock clock;
    auto j = journal::SqlJournal::open(location, clock);
    for (int i = 0; j.ok() && i < count; ++i)
        if (!j.value()->record(EntryBuilder().at(i * 5)).ok())
            return false;
    return j.ok();
}

} // namespace

void SqliteJournalTest::usesWriteAheadLogging()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    auto j = journal::SqlJournal::open(location, clock);
    QVERIFY(j.ok());
    QVERIFY(j.value()->record(EntryBuilder()).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-check"));
        db.setDatabaseName(location.path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal-check"));
}

void SqliteJournalTest::aCorruptFileGetsAFreshJournalBesideAndStaysByteIdentical()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    QVERIFY(writeFile(location.path, garbage()));
    const QByteArray before = fileDigest(location.path);

    auto plain = journal::SqlJournal::open(location, clock);
    QVERIFY(!plain.ok());
    QVERIFY(plain.error().kind == Kind::Corrupt);
    QVERIFY(journal::JournalRecovery::canStartFreshBeside(location, plain.error()));

    auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
    QVERIFY(opened.ok());
    QVERIFY(opened->replacedBecause.has_value());
    QVERIFY(opened->replacedBecause->kind == Kind::Corrupt);
    QCOMPARE(opened->damagedPath, location.path);
    const QString fresh = opened->journal->location().path;
    QCOMPARE(QFileInfo(fresh).absolutePath(), QFileInfo(location.path).absolutePath()); // beside it
    QCOMPARE(QFileInfo(fresh).fileName(), QStringLiteral("journal.fresh.sqlite"));
    QVERIFY(opened->journal->record(EntryBuilder()).ok());
    opened->journal.reset();

    QCOMPARE(fileDigest(location.path), before);
    QVERIFY(!QFileInfo::exists(location.path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo(fresh).size() > 0);
}

void SqliteJournalTest::aDirectoryInTheWayIsUnreadableAndGetsAFreshJournalBeside()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    QVERIFY(QDir().mkpath(location.path));
    auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
    QVERIFY(opened.ok());
    QVERIFY(opened->replacedBecause.has_value());
    QVERIFY(opened->replacedBecause->kind == Kind::Unreadable);
    QVERIFY(opened->journal->record(EntryBuilder()).ok());
    QVERIFY(QFileInfo(location.path).isDir());
}

void SqliteJournalTest::theFreshJournalBesideIsReusedNotMultiplied()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    QVERIFY(writeFile(location.path, garbage()));
    QString first;
    {
        auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
        QVERIFY(opened.ok());
        first = opened->journal->location().path;
        QVERIFY(opened->journal->record(EntryBuilder().machine("FIRST")).ok());
    }
    {
        auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
        QVERIFY(opened.ok());
        QCOMPARE(opened->journal->location().path, first);
        QCOMPARE(opened->journal->count().value(), std::int64_t(1));
    }
    // If the fresh one is damaged too, the next name is used; neither old file is touched.
    QVERIFY(writeFile(first, garbage()));
    const QByteArray firstDigest = fileDigest(first);
    auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
    QVERIFY(opened.ok());
    QCOMPARE(QFileInfo(opened->journal->location().path).fileName(), QStringLiteral("journal.fresh-2.sqlite"));
    QCOMPARE(fileDigest(first), firstDigest);
    QCOMPARE(journal::JournalRecovery::freshPathBeside(QStringLiteral("/x/journal"), 1), QStringLiteral("/x/journal.fresh"));
}

void SqliteJournalTest::anotherProgramsDatabaseIsNotTakenOver()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    QString error;
    QDir().mkpath(QFileInfo(location.path).absolutePath());
    QVERIFY2(m_backend.exec(location, {QStringLiteral("CREATE TABLE photos (id INTEGER, name TEXT)")}, error),
             qPrintable(error));
    const QByteArray before = fileDigest(location.path);
    auto opened = journal::SqlJournal::open(location, clock);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().kind == Kind::Corrupt);
    QCOMPARE(fileDigest(location.path), before);
}

void SqliteJournalTest::aLockHeldTooLongIsBusyNotCorruption()
{
    SettableClock clock;
    auto location = m_backend.freshLocation();
    location.busyTimeoutMs = 200;
    auto j = journal::SqlJournal::open(location, clock);
    QVERIFY(j.ok());
    QVERIFY(j.value()->record(EntryBuilder().machine("BEFORE")).ok());
    {
        // Another writer (a second connection behaves like a second process) holds the lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(location.path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto blocked = j.value()->record(EntryBuilder().machine("BLOCKED"));
        QVERIFY(!blocked.ok());
        QVERIFY(blocked.error().kind == Kind::Busy);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    // Once the lock is gone the same journal works again, with nothing half-written.
    QVERIFY(j.value()->record(EntryBuilder().machine("AFTER")).ok());
    auto all = j.value()->find({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(2));
}

void SqliteJournalTest::theCliActivatesWithACorruptJournalAndStartsAFreshOneBeside()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral("state"));
    // The default location (no --journal): <XDG_DATA_HOME>/ActivationDesk/activation-desk/journal.sqlite
    const QString dataDir = home.filePath(QStringLiteral("data/ActivationDesk/activation-desk"));
    const QString damaged = dataDir + QStringLiteral("/journal.sqlite");
    QVERIFY(writeFile(damaged, garbage()));
    const QByteArray before = fileDigest(damaged);
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state;
        return runActdesk(home.path(), args);
    };
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init")}).exitCode, 0);
    const CliRun key = cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey)});
    QCOMPARE(key.exitCode, 0); // the activation goes on
    QVERIFY2(key.err.contains(QStringLiteral("is damaged")) && key.err.contains(QStringLiteral("journal.fresh.sqlite")) &&
                 key.err.contains(QStringLiteral("kept unchanged")),
             qPrintable(key.err));
    QCOMPARE(cli({QStringLiteral("iid"), QStringLiteral("win7-esu-y1")}).exitCode, 0);
    QCOMPARE(fileDigest(damaged), before);

    SettableClock clock;
    auto fresh = journal::SqlJournal::open(
        journal::JournalLocation::sqliteFile(dataDir + QStringLiteral("/journal.fresh.sqlite")), clock);
    QVERIFY(fresh.ok());
    auto entries = fresh.value()->find({});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), std::size_t(3)); // product key; program + IID: one fresh journal for both runs
    // `actdesk journal` reads the same fresh journal, and says why.
    const CliRun list = cli({QStringLiteral("journal"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.err.contains(QStringLiteral("journal.fresh.sqlite")));
    QCOMPARE(fileDigest(damaged), before);
}

void SqliteJournalTest::aFullDiskIsNotDamageAndStartsNoFreshJournal()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    const QString dir = QFileInfo(location.path).absolutePath();
    QVERIFY(journalWithEntries(location, 1));
    // The disk fills up: the file may not grow by one page (SQLITE_FULL, as on a full disk).
    auto full = location;
    full.maxPageCount = 1;
    auto opened = journal::JournalRecovery::openOrStartFresh(full, clock);
    QVERIFY(opened.ok());
    QVERIFY(!opened->replacedBecause);
    std::optional<workflow::JournalError> failure;
    for (int i = 0; i < 500 && !failure; ++i)
        if (auto r = opened->journal->record(EntryBuilder().at(i)); !r)
            failure = r.error();
    QVERIFY(failure);
    QCOMPARE(failure->kind, Kind::DiskFull);
    QCOMPARE(QString::fromStdString(failure->location), location.path);
    QVERIFY(opened->journal->count().ok()); // still readable: not damage
    opened = fail(*failure);
    // Opened again on the full disk: the journal is used, never replaced by a fresh one.
    auto again = journal::JournalRecovery::openOrStartFresh(full, clock);
    QVERIFY(again.ok());
    QVERIFY(!again->replacedBecause);
    again = fail(*failure);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("journal.sqlite")});

    // A new journal on a full disk: told so, and no empty file left behind.
    auto fresh = full;
    fresh.path = dir + QStringLiteral("/new/journal.sqlite");
    auto created = journal::JournalRecovery::openOrStartFresh(fresh, clock);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Kind::DiskFull);
    QCOMPARE(QString::fromStdString(created.error().location), fresh.path);
    QCOMPARE(QDir(dir + QStringLiteral("/new")).entryList(QDir::Files), QStringList{});
}

void SqliteJournalTest::aReadOnlyFolderIsReadNotWrittenAndNamesOnlyTheJournal()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    const QString dir = QFileInfo(location.path).absolutePath();
    QVERIFY(journalWithEntries(location, 2));
    const QByteArray before = fileDigest(location.path);
    {
        ReadOnlyFolder readOnly(dir.toStdString());
        QVERIFY(readOnly.reallyReadOnly());
        auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().detail.c_str());
        QVERIFY(!opened->replacedBecause);
        QVERIFY(opened->journal->readOnly());
        auto entries = opened->journal->find({});
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), std::size_t(2));
        auto written = opened->journal->record(EntryBuilder().at(9));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Kind::ReadOnly);
        QCOMPARE(QString::fromStdString(written.error().location), location.path);
        opened = fail(written.error());

        // No journal there yet: said about the file the user named, none beside it.
        const auto missing = journal::JournalLocation::sqliteFile(dir + QStringLiteral("/other.sqlite"));
        auto none = journal::JournalRecovery::openOrStartFresh(missing, clock);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Kind::ReadOnly);
        QCOMPARE(QString::fromStdString(none.error().location), missing.path);
        QVERIFY(!QString::fromStdString(none.error().detail).contains(QStringLiteral("fresh")));
    }
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("journal.sqlite")});
    QCOMPARE(fileDigest(location.path), before);
}

void SqliteJournalTest::theCliListsAReadOnlyJournalAndActivatesUnrecorded()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral("state"));
    const QString ro = home.filePath(QStringLiteral("ro"));
    const QString path = ro + QStringLiteral("/j.sqlite");
    QVERIFY(journalWithEntries(journal::JournalLocation::sqliteFile(path), 1));
    RunOptions asUser;
    if (::geteuid() == 0) {
        // chmod does not stop root: the program runs as "nobody", who may read the journal only.
        asUser.inChild = [] {
            ::setgroups(0, nullptr);
            ::setresgid(65534, 65534, 65534);
            ::setresuid(65534, 65534, 65534);
        };
        for (const QString& d : {home.path(), ro})
            QFile::setPermissions(d, QFileDevice::Permissions(0x7555));
        QVERIFY(QDir().mkpath(state));
        ::chmod(QFile::encodeName(state).constData(), 0777);
        ::chmod(QFile::encodeName(path).constData(), 0644);
    }
    ::chmod(QFile::encodeName(ro).constData(), 0555);
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state << QStringLiteral("--journal") << path;
        return runActdesk(home.path(), args, asUser);
    };
    const CliRun list = cli({QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json().value(QStringLiteral("entries")).toArray().size(), 1);
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init")}).exitCode, 0);
    const CliRun key = cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey)});
    QCOMPARE(key.exitCode, 0); // the activation goes on
    QVERIFY2(key.err.contains(QStringLiteral("read-only")) && key.err.contains(QStringLiteral("not written to the journal")),
             qPrintable(key.err));
    QVERIFY2(!key.err.contains(QStringLiteral("fresh")), qPrintable(key.err));
    ::chmod(QFile::encodeName(ro).constData(), 0755);
    QCOMPARE(QDir(ro).entryList(QDir::Files), QStringList{QStringLiteral("j.sqlite")});
}

void SqliteJournalTest::locationsAreParsedAndPasswordsNeverShown()
{
    using journal::JournalLocation;
    auto pg = JournalLocation::parse(QStringLiteral("postgresql://desk:s3cret@db.example:5433/activations"));
    QVERIFY(pg.ok());
    QVERIFY(!pg->isSqlite());
    QCOMPARE(pg->host, QStringLiteral("db.example"));
    QCOMPARE(pg->port, 5433);
    QCOMPARE(pg->user, QStringLiteral("desk"));
    QCOMPARE(pg->password, QStringLiteral("s3cret"));
    QCOMPARE(pg->database, QStringLiteral("activations"));
    QVERIFY(!pg->display().contains(QStringLiteral("s3cret")));
    QCOMPARE(pg->display(), QStringLiteral("postgresql://desk@db.example:5433/activations"));

    auto defaultPort = JournalLocation::parse(QStringLiteral("postgres://desk@db/j?sslmode=require"));
    QVERIFY(defaultPort.ok());
    QCOMPARE(defaultPort->port, 5432);
    QCOMPARE(defaultPort->connectOptions, QStringLiteral("sslmode=require"));

    auto file = JournalLocation::parse(QStringLiteral("sqlite:///var/lib/actdesk/journal.sqlite"));
    QVERIFY(file.ok());
    QVERIFY(file->isSqlite());
    QCOMPARE(file->path, QStringLiteral("/var/lib/actdesk/journal.sqlite"));
    auto plain = JournalLocation::parse(QStringLiteral("/tmp/x/journal.sqlite"));
    QVERIFY(plain.ok() && plain->isSqlite());

    for (const QString& bad : {QStringLiteral(""), QStringLiteral("mysql://u@h/db"), QStringLiteral("postgresql://u@/db"),
                              QStringLiteral("postgresql://u@h/"), QStringLiteral("postgresql://u@h/db?host=evil")}) {
        auto r = JournalLocation::parse(bad);
        QVERIFY2(!r.ok(), qPrintable(bad));
        QVERIFY(r.error().kind == Kind::InvalidLocation);
    }
    // connect_timeout: whole seconds from 1 to 60. 0 (libpq: wait forever), more than a
    // minute or no number at all would let a silent server hold up an activation: refused.
    for (const char* seconds : {"1", "10", "60"}) {
        auto r = JournalLocation::parse(
            QStringLiteral("postgresql://u@h/db?connect_timeout=%1").arg(QLatin1String(seconds)));
        QVERIFY2(r.ok(), seconds);
        QCOMPARE(r->connectOptions, QStringLiteral("connect_timeout=") + QLatin1String(seconds));
    }
    for (const char* seconds : {"0", "00", "61", "3600", "-1", "", "10s", "%205", "1.5", "99999999999"}) {
        auto r =
            JournalLocation::parse(QStringLiteral("postgresql://u@h/db?sslmode=require&connect_timeout=%1")
                                       .arg(QLatin1String(seconds)));
        QVERIFY2(!r.ok(), seconds);
        QVERIFY(r.error().kind == Kind::InvalidLocation);
        QCOMPARE(r.error().detail, std::string("connect_timeout must be 1 to 60 seconds"));
    }

    auto secret = JournalLocation::parse(QStringLiteral("postgresql://u:topsecret@h/db?evil=1"));
    QVERIFY(!secret.ok());
    QVERIFY(secret.error().location.find("topsecret") == std::string::npos);
    // URLs too broken for QUrl still hold the password: it is never shown either.
    for (const char* broken : {"postgresql://u:s3cretPW@127.0.0.1:notaport/db", "postgresql://u:s3cretPW@127.0.0.1:99999/db",
                               "postgresql://u:s3cretPW@[::1/db", "postgresql://u:s3cretPW@host%zz/db"}) {
        auto r = JournalLocation::parse(QString::fromLatin1(broken));
        QVERIFY2(!r.ok(), broken);
        QVERIFY2(r.error().location.find("s3cretPW") == std::string::npos, r.error().location.c_str());
        QVERIFY2(r.error().location.find("u@") != std::string::npos, r.error().location.c_str()); // the user stays
    }
}

void SqliteJournalTest::csvCannotRunFormulas()
{
    using journal::csvField;
    QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QCOMPARE(csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(csvField(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(csvField(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    QCOMPARE(csvField(QStringLiteral("PC-01")), QStringLiteral("PC-01"));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    QCOMPARE(csvField(QStringLiteral("日本")), QStringLiteral("日本"));
    QCOMPARE(journal::csvLine({QStringLiteral("a"), QStringLiteral("=b")}), QStringLiteral("a,'=b\r\n"));
}
