// SPDX-License-Identifier: MIT
#include "CliRun.h"
#include "JournalFixtures.h"
#include "PostgresJournalTest.h"

#include "journal/JournalRecovery.h"
#include "journal/SqlJournal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace actdesk;
using namespace actdesk::test;
using Kind = workflow::JournalError::Kind;

namespace {

// Another session holding the journal table locked, as psql would with
// `begin; lock table actdesk_journal in access exclusive mode;` (or VACUUM FULL, or a stuck
// transaction), until release() or the end of scope. Without bounded waits in the journal a
// step would wait for it forever: the lock gives up by itself after kReleaseAfterSeconds so that
// such a regression fails the test (too slow) instead of hanging the suite.
class TableLocker
{
  public:
    static constexpr int kReleaseAfterSeconds = 40;

    explicit TableLocker(const journal::JournalLocation& location)
        : m_name(QStringLiteral("journal-test-locker-%1").arg(++s_counter))
    {
        QSqlDatabase db = JournalTestBackend::addDatabase(location, m_name);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        for (const QString& sql :
             {QStringLiteral("SET idle_in_transaction_session_timeout = '%1s'").arg(kReleaseAfterSeconds),
              QStringLiteral("BEGIN"),
              QStringLiteral("LOCK TABLE actdesk_journal IN ACCESS EXCLUSIVE MODE")}) {
            if (!q.exec(sql)) {
                m_error = sql + QStringLiteral(": ") + q.lastError().text();
                return;
            }
        }
        m_locked = true;
    }
    ~TableLocker()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    TableLocker(const TableLocker&) = delete;
    TableLocker& operator=(const TableLocker&) = delete;

    bool locked() const { return m_locked; }
    const QString& error() const { return m_error; }
    bool release()
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        m_locked = false;
        return q.exec(QStringLiteral("ROLLBACK"));
    }

  private:
    static inline int s_counter = 0;
    QString m_name;
    QString m_error;
    bool m_locked = false;
};

// The server's disk fills up: every insert into the journal fails with SQLSTATE 53100
// (disk_full), as PostgreSQL reports "could not extend file ...: No space left on device". A
// trigger raises exactly that error, so the real server and driver carry it to the journal code.
bool fillTheServerDisk(JournalTestBackend& backend, const journal::JournalLocation& location, QString& error)
{
    return backend.exec(
        location,
        {QStringLiteral(
             "CREATE FUNCTION actdesk_test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "RAISE EXCEPTION 'could not extend file \"base/16384/16385\": No space left on device' "
             "USING ERRCODE = 'disk_full'; END $$"),
         QStringLiteral("CREATE TRIGGER actdesk_test_disk_full BEFORE INSERT ON actdesk_journal "
                        "FOR EACH ROW EXECUTE FUNCTION actdesk_test_disk_full()")},
        error);
}

// A hang guard, not a benchmark: the journal gives up on a lock after 5 s and on a
// statement after 15 s; a step that is still waiting after this is a regression.
constexpr qint64 kBoundMs = 30000;

} // namespace

void PostgresJournalTest::anUnreachableServerIsAConnectionFailure()
{
    // Port 1 (tcpmux): nothing listens there, so the connection is refused at once.
    const int port = 1;
    auto location = journal::JournalLocation::parse(
        QStringLiteral("postgresql://actdesk@127.0.0.1:%1/postgres?connect_timeout=3").arg(port));
    QVERIFY(location.ok());
    SettableClock clock;
    auto opened = journal::JournalRecovery::openOrStartFresh(location.value(), clock);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().kind == Kind::ConnectionFailed);
    QVERIFY(!journal::JournalRecovery::canStartFreshBeside(location.value(), opened.error()));
    QVERIFY(opened.error().location.find(std::to_string(port)) != std::string::npos);
}

void PostgresJournalTest::aMissingDatabaseIsAConnectionFailure()
{
    auto location = m_backend.freshLocation();
    location.database = QStringLiteral("actdesk_no_such_database");
    SettableClock clock;
    auto opened = journal::SqlJournal::open(location, clock);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().kind == Kind::ConnectionFailed);
}

void PostgresJournalTest::twoDesksShareOneHistory()
{
    const auto location = m_backend.freshLocation();
    SettableClock clock;
    auto deskA = journal::SqlJournal::open(location, clock);
    auto deskB = journal::SqlJournal::open(location, clock);
    QVERIFY(deskA.ok() && deskB.ok());
    QVERIFY(deskA.value()->record(EntryBuilder().iid("424242").cid("171717").step(workflow::Step::ConfirmationId)
                                      .role(workflow::JournalRole::Desk)).ok());
    auto known = deskB.value()->knownConfirmation("424242");
    QVERIFY(known.ok() && known->has_value());
    QCOMPARE((*known)->confirmationId, std::string("171717"));
}

void PostgresJournalTest::aLockedJournalFailsAStepAsBusyInBoundedTime()
{
    const auto location = m_backend.freshLocation();
    SettableClock clock;
    auto opened = journal::SqlJournal::open(location, clock);
    QVERIFY(opened.ok());
    auto& journal = *opened.value();
    QVERIFY(journal.record(EntryBuilder().iid("111111")).ok());

    {
        TableLocker locker(location);
        QVERIFY2(locker.locked(), qPrintable(locker.error()));

        QElapsedTimer waited;
        waited.start();
        auto recorded = journal.record(EntryBuilder().iid("222222"));
        const qint64 recordMs = waited.elapsed();
        QVERIFY2(!recorded.ok(), "a step was recorded through an exclusive lock");
        QVERIFY2(recorded.error().kind == Kind::Busy, recorded.error().detail.c_str());
        QVERIFY2(recordMs < kBoundMs, qPrintable(QStringLiteral("record waited %1 ms").arg(recordMs)));

        // Reading (actdesk journal, the journal view, the call list) is bounded the same way.
        waited.restart();
        auto found = journal.find({});
        const qint64 findMs = waited.elapsed();
        QVERIFY(!found.ok());
        QVERIFY2(found.error().kind == Kind::Busy, found.error().detail.c_str());
        QVERIFY2(findMs < kBoundMs, qPrintable(QStringLiteral("find waited %1 ms").arg(findMs)));

        QVERIFY(locker.release());
    }

    // The lock is gone: the same journal records again, and nothing half-written stayed.
    auto again = journal.record(EntryBuilder().iid("333333"));
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().detail.c_str());
    auto count = journal.count();
    QVERIFY(count.ok());
    QCOMPARE(count.value(), std::int64_t{2});
}

void PostgresJournalTest::theCliActivatesPastALockedJournal()
{
    QTemporaryDir home;
    const auto location = m_backend.freshLocation();
    const QString state = home.filePath(QStringLiteral("state"));
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state << QStringLiteral("--journal")
             << JournalTestBackend::url(location);
        RunOptions options;
        options.timeoutMs = 3 * kBoundMs; // killed (exit -1) rather than hanging the suite
        return runActdesk(home.path(), args, options);
    };
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey), QStringLiteral("--for"),
                  QStringLiteral("win7-esu-y1")})
                 .exitCode,
             0);

    TableLocker locker(location);
    QVERIFY2(locker.locked(), qPrintable(locker.error()));
    QElapsedTimer waited;
    waited.start();
    const CliRun iid = cli({QStringLiteral("iid"), QStringLiteral("win7-esu-y1")});
    const qint64 iidMs = waited.elapsed();
    qInfo("actdesk iid behind a lock: %lld ms; stderr: %s", iidMs, qPrintable(iid.err));
    QCOMPARE(iid.exitCode, 0);
    static const QRegularExpression iidShape(QStringLiteral("^[0-9]{6}(-[0-9]{6}){8}$"));
    QVERIFY2(iidShape.match(iid.out.trimmed()).hasMatch(), qPrintable(iid.out));
    QVERIFY2(iid.err.contains(QStringLiteral("warning")) &&
                 iid.err.contains(QStringLiteral("in use by another program")) &&
                 iid.err.contains(QStringLiteral("not written to the journal")),
             qPrintable(iid.err));
    QVERIFY2(iidMs < kBoundMs, qPrintable(QStringLiteral("actdesk iid took %1 ms").arg(iidMs)));

    waited.restart();
    const CliRun list = cli({QStringLiteral("journal")});
    const qint64 listMs = waited.elapsed();
    QCOMPARE(list.exitCode, 3);
    QVERIFY2(list.err.contains(QStringLiteral("in use by another program")), qPrintable(list.err));
    QVERIFY2(listMs < kBoundMs, qPrintable(QStringLiteral("actdesk journal took %1 ms").arg(listMs)));

    QVERIFY(locker.release());
    QCOMPARE(cli({QStringLiteral("journal")}).exitCode, 0);
}

// As SqliteJournalTest::aFullDiskIsNotDamageAndStartsNoFreshJournal, on the server: a full disk
// is said to be a full disk (where), the journal is still read and never replaced, and the CLI
// activates on, saying that its step is not recorded.
void PostgresJournalTest::aFullServerDiskIsNotDamageAndStartsNoFreshJournal()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    {
        auto created = journal::SqlJournal::open(location, clock);
        QVERIFY(created.ok());
        QVERIFY(created.value()->record(EntryBuilder().iid("111111")).ok());
    }
    QString error;
    QVERIFY2(fillTheServerDisk(m_backend, location, error), qPrintable(error));

    auto opened = journal::JournalRecovery::openOrStartFresh(location, clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().detail.c_str());
    QVERIFY(!opened->replacedBecause);
    auto recorded = opened->journal->record(EntryBuilder().iid("222222"));
    QVERIFY(!recorded.ok());
    QVERIFY2(recorded.error().kind == Kind::DiskFull, recorded.error().detail.c_str());
    QCOMPARE(QString::fromStdString(recorded.error().location), location.display());
    QVERIFY(!journal::JournalRecovery::canStartFreshBeside(location, recorded.error()));
    auto count = opened->journal->count(); // still readable: not damage
    QVERIFY(count.ok());
    QCOMPARE(count.value(), std::int64_t{1});
    opened = fail(recorded.error());

    // The CLI on the full server: the key is installed, the warning says the disk is full and
    // that the step is not journaled, and no fresh journal is started anywhere.
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral("state"));
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state << QStringLiteral("--journal")
             << JournalTestBackend::url(location);
        return runActdesk(home.path(), args);
    };
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init")}).exitCode, 0);
    const CliRun key = cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey)});
    QCOMPARE(key.exitCode, 0); // the activation goes on
    QVERIFY2(key.err.contains(QStringLiteral("is full")) && key.err.contains(QStringLiteral("not damaged")) &&
                 key.err.contains(location.database) &&
                 key.err.contains(QStringLiteral("not written to the journal")),
             qPrintable(key.err));
    QVERIFY2(!key.err.contains(QStringLiteral("fresh")), qPrintable(key.err));
    QVERIFY(!key.err.contains(QStringLiteral("HJKMP")));
    QCOMPARE(QDir(home.path()).entryList({QStringLiteral("*.sqlite")}, QDir::Files), QStringList{});

    // Reading still works (exit 0), and it is the same journal with its one entry.
    const CliRun list = cli({QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json().value(QStringLiteral("entries")).toArray().size(), 1);
}
