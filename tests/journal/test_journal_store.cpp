// SPDX-License-Identifier: MIT
// The journal suite that runs unchanged against SQLite and PostgreSQL.
#include "JournalFixtures.h"
#include "JournalStoreTest.h"

#include "journal/EventCodec.h"
#include "journal/JournalSchema.h"
#include "journal/SqlJournal.h"
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/SimulatedLicensing.h"
#include "verbs/TextEntry.h"
#include "workflow/ActivationSession.h"
#include "workflow/SimulatedMachineSetup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace actdesk;
using namespace actdesk::test;
using workflow::JournalQuery;
using workflow::Outcome;
using workflow::Step;

namespace {

std::unique_ptr<journal::SqlJournal> openOrFail(const journal::JournalLocation& l, const Clock& clock)
{
    auto opened = journal::SqlJournal::open(l, clock, QStringLiteral("0.1.0"));
    if (!opened)
        qWarning("open failed: %s", opened.error().detail.c_str());
    return opened ? std::move(opened).value() : nullptr;
}

QList<qint64> idsOf(const std::vector<workflow::JournalEntry>& entries)
{
    QList<qint64> out;
    for (const auto& e : entries)
        out << e.id;
    return out;
}

} // namespace

JournalStoreTest::JournalStoreTest(JournalTestBackend& backend) : m_backend(backend) {}

void JournalStoreTest::recordsEveryFieldAndReadsItBack()
{
    SettableClock clock;
    auto j = openOrFail(m_backend.freshLocation(), clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), journal::JournalSchema::kCurrentVersion);

    EntryBuilder b;
    b.step(Step::ConfirmationId, Outcome::Failed).at(42).iid("123456123456").cid("111111222222");
    b.e.event.errorCode = 0xC004F04D;
    ids::IdError idError;
    idError.type = ids::IdType::ConfirmationId;
    idError.kind = ids::IdErrorKind::CheckDigit;
    idError.badGroups = {2, 5};
    b.e.event.idError = idError;
    b.e.event.detail = "deposit said no; \"quoted\", and ünïcødé 日本";
    b.e.event.status = licensing::LicenseStatus::InGracePeriod;
    b.e.author = {"山田", workflow::JournalRole::Desk, "9.8.7"};
    auto id = j->record(b);
    QVERIFY(id.ok());
    QVERIFY(id.value() > 0);

    auto all = j->find({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(1));
    const auto& got = all->front();
    QCOMPARE(got.id, id.value());
    QVERIFY(got.event.at == utc(42));
    QVERIFY(got.event.step == Step::ConfirmationId);
    QVERIFY(got.event.outcome == Outcome::Failed);
    QCOMPARE(got.event.errorCode, 0xC004F04Du);
    QVERIFY(got.event.idError.has_value());
    QVERIFY(got.event.idError->type == ids::IdType::ConfirmationId);
    QVERIFY(got.event.idError->kind == ids::IdErrorKind::CheckDigit);
    QVERIFY((got.event.idError->badGroups == std::vector<int>{2, 5}));
    QCOMPARE(got.event.detail, b.e.event.detail);
    QCOMPARE(got.event.machineName, std::string("PC-01"));
    QCOMPARE(got.event.machineId, std::string("guid-pc-01"));
    QCOMPARE(got.event.os, std::string("win7"));
    QVERIFY(got.event.simulation);
    QCOMPARE(got.event.catalogKey, std::string("win7-esu-y1"));
    QCOMPARE(got.event.activationId, std::string("77db037b-95c3-48d7-a3ab-a9c6d41093e0"));
    QCOMPARE(got.event.partialKey, std::string("6789B"));
    QCOMPARE(got.event.extendedPid, b.e.event.extendedPid);
    QCOMPARE(got.event.installationId, std::string("123456123456"));
    QCOMPARE(got.event.confirmationId, std::string("111111222222"));
    QVERIFY(got.event.status == licensing::LicenseStatus::InGracePeriod);
    QCOMPARE(got.author.operatorName, std::string("山田"));
    QVERIFY(got.author.role == workflow::JournalRole::Desk);
    QCOMPARE(got.author.toolVersion, std::string("9.8.7"));
}

void JournalStoreTest::timestampsAreUtcFromTheInjectedClock()
{
    SettableClock clock;
    auto j = openOrFail(m_backend.freshLocation(), clock);
    QVERIFY(j);
    clock.set(utc(3600));
    workflow::JournalEntry noTime = EntryBuilder();
    noTime.event.at = {};
    QVERIFY(j->record(noTime).ok());
    QVERIFY(j->record(EntryBuilder().at(7)).ok());
    auto all = j->find({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(2));
    QVERIFY(all->at(0).event.at == utc(3600)); // newest first
    QVERIFY(all->at(1).event.at == utc(7));
    // Stored as UTC text, independent of the machine's time zone.
    QCOMPARE(journal::formatUtc(utc(3600)), QStringLiteral("2026-05-28T21:26:40.000Z"));
}

void JournalStoreTest::looksUpByMachineIidPartialKeyProgramOutcomeAndDate()
{
    SettableClock clock;
    auto j = openOrFail(m_backend.freshLocation(), clock);
    QVERIFY(j);
    const std::vector<workflow::JournalEntry> rows = {
        EntryBuilder().machine("PC-01").iid("111").at(10).step(Step::InstallationId),
        EntryBuilder().machine("pc-01").iid("111").cid("900").at(20).step(Step::Deposit),
        EntryBuilder().machine("PC-02").iid("222").partialKey("QQQQ1").program("win7-esu-y2").at(30)
            .step(Step::ProductKey, Outcome::Failed),
        EntryBuilder().machine("PC-03").iid("333").program("win7-esu-y2").at(40).step(Step::Verify),
        EntryBuilder().machine("Büro-PC").iid("444").at(50).step(Step::Program).role(workflow::JournalRole::Desk),
    };
    std::vector<qint64> id;
    for (const auto& r : rows) {
        auto recorded = j->record(r);
        QVERIFY(recorded.ok());
        id.push_back(recorded.value());
    }
    auto expect = [&](const JournalQuery& q, const QList<qint64>& want) {
        auto got = j->find(q);
        QVERIFY2(got.ok(), got.ok() ? "" : got.error().detail.c_str());
        QCOMPARE(idsOf(got.value()), want);
    };
    JournalQuery q;
    q.machineName = "PC-01"; // case-insensitive, newest first
    expect(q, {id[1], id[0]});
    q = {};
    q.machineName = "BÜRO-pc";
    expect(q, {id[4]});
    q = {};
    q.installationId = "1-1-1"; // separators ignored
    expect(q, {id[1], id[0]});
    q = {};
    q.partialKey = "qqqq1";
    expect(q, {id[2]});
    q = {};
    q.catalogKey = "win7-esu-y2";
    expect(q, {id[3], id[2]});
    q = {};
    q.outcome = Outcome::Failed;
    expect(q, {id[2]});
    q = {};
    q.step = Step::Deposit;
    expect(q, {id[1]});
    q = {};
    q.role = workflow::JournalRole::Desk;
    expect(q, {id[4]});
    q = {};
    q.since = utc(20); // inclusive
    q.until = utc(40); // exclusive
    expect(q, {id[2], id[1]});
    q = {};
    q.limit = 2;
    expect(q, {id[4], id[3]});
    q = {};
    q.machineName = "PC-01";
    q.since = utc(15);
    expect(q, {id[1]});
    q = {};
    q.machineName = "nobody";
    expect(q, {});
}

void JournalStoreTest::knownConfirmationPrefersADepositedCidThenTheNewest()
{
    SettableClock clock;
    auto j = openOrFail(m_backend.freshLocation(), clock);
    QVERIFY(j);
    const std::string iid = "123456123456123456";
    const std::string pidA = "PID-A";
    const std::string pidB = "PID-B";
    QVERIFY(j->record(EntryBuilder().iid(iid).pid(pidA).cid("111").at(10).step(Step::Deposit)).ok());
    QVERIFY(j->record(EntryBuilder().iid(iid).pid(pidA).cid("222").at(20).step(Step::ConfirmationId)
                          .role(workflow::JournalRole::Desk)).ok());
    QVERIFY(j->record(EntryBuilder().iid(iid).pid(pidA).cid("333").at(30).step(Step::Deposit, Outcome::Failed)).ok());
    QVERIFY(j->record(EntryBuilder().iid(iid).pid(pidB).cid("444").at(40).step(Step::ConfirmationId)).ok());

    auto known = j->knownConfirmation(iid, pidA);
    QVERIFY(known.ok());
    QVERIFY(known->has_value());
    QCOMPARE((*known)->confirmationId, std::string("111")); // deposited beats newer, failed never counts
    QVERIFY((*known)->deposited);
    QVERIFY((*known)->at == utc(10));

    known = j->knownConfirmation("123456-123456-123456", pidB);
    QVERIFY(known.ok() && known->has_value());
    QCOMPARE((*known)->confirmationId, std::string("444"));
    QVERIFY(!(*known)->deposited);

    known = j->knownConfirmation(iid); // any PID: the deposited one still wins
    QVERIFY(known.ok() && known->has_value());
    QCOMPARE((*known)->confirmationId, std::string("111"));

    known = j->knownConfirmation(iid, "PID-C");
    QVERIFY(known.ok());
    QVERIFY(!known->has_value());
    known = j->knownConfirmation("999999");
    QVERIFY(known.ok());
    QVERIFY(!known->has_value());
}

void JournalStoreTest::everySessionStepIsJournaledWithoutTheFullKey()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    {
        auto j = openOrFail(location, clock);
        QVERIFY(j);
        const auto catalog = catalog::Catalog::builtIn();
        licensing::SimulatedMachineOptions options;
        options.os = OsFamily::Windows7;
        options.name = "TRAINING-PC";
        const QString state = m_backend.tempPath() + QStringLiteral("/machine-%1").arg(QString::fromLatin1(QTest::currentTestFunction()));
        auto machine = licensing::SimulatedLicensing::init(
            state.toStdString(), options, workflow::simulatedSkusFromCatalog(catalog, OsFamily::Windows7), clock);
        QVERIFY(machine.ok());
        workflow::ActivationSession session(*machine.value(), catalog, clock);
        workflow::JournalRecorder recorder(*j, {"alice", workflow::JournalRole::Device, "0.1.0"});
        session.addObserver(&recorder);

        QVERIFY(session.checkPrerequisites().ok());
        auto program = session.suggestedProgram();
        QVERIFY(program.has_value());
        session.chooseProgram(program->activationId, &*program);
        clock.advance(std::chrono::seconds(1));
        QVERIFY(!verbs::installProductKey(session, "not a key").ok()); // a failed step is journaled too
        QVERIFY(verbs::installProductKey(session, kFullKey).ok());
        clock.advance(std::chrono::seconds(1));
        auto iid = session.generateInstallationId();
        QVERIFY(iid.ok());
        const auto cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid.value());
        QVERIFY(verbs::enterConfirmationId(session, cid.grouped('-')).ok());
        QVERIFY(session.deposit().ok());
        QVERIFY(session.verify().ok());
        QCOMPARE(recorder.failedCount(), 0);
        QCOMPARE(recorder.recordedCount(), 8);

        auto all = j->find({});
        QVERIFY(all.ok());
        QStringList steps;
        for (auto it = all->rbegin(); it != all->rend(); ++it)
            steps << journal::stepToKey(it->event.step) + QLatin1Char(':') + journal::outcomeKey(it->event.outcome);
        QCOMPARE(steps, QStringList({QStringLiteral("prerequisites:succeeded"), QStringLiteral("program:succeeded"),
                                     QStringLiteral("product-key:failed"), QStringLiteral("product-key:succeeded"),
                                     QStringLiteral("installation-id:succeeded"),
                                     QStringLiteral("confirmation-id:succeeded"), QStringLiteral("deposit:succeeded"),
                                     QStringLiteral("verify:succeeded")}));
        const auto& last = all->front();
        QCOMPARE(last.event.machineName, std::string("TRAINING-PC"));
        QCOMPARE(last.event.partialKey, std::string("6789B"));
        QCOMPARE(last.event.installationId, iid->digits());
        QCOMPARE(last.event.confirmationId, cid.digits());
        QVERIFY(last.event.status == licensing::LicenseStatus::Licensed);

        // The MAK-saving question, answered from the journal.
        auto known = j->knownConfirmation(iid->digits(), last.event.extendedPid);
        QVERIFY(known.ok() && known->has_value());
        QCOMPARE((*known)->confirmationId, cid.digits());
        QVERIFY((*known)->deposited);

        // A full key handed to the journal by mistake is cut to its partial key.
        workflow::JournalEntry leak = EntryBuilder().partialKey(kFullKey);
        QVERIFY(j->record(leak).ok());
    }
    const QByteArray stored = m_backend.everythingStored(location);
    QVERIFY(stored.contains("6789B"));
    QVERIFY(stored.contains("TRAINING-PC"));
    QVERIFY2(!stored.contains(kKeyMiddle), "a full product key reached the journal");
    QVERIFY(!stored.contains(kFullKeyNoDashes));
    QVERIFY(!stored.contains(QByteArray(kKeyMiddle).toLower()));
}

void JournalStoreTest::migratesAJournalFromVersion1()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    // Version 1 exactly as released (frozen here: migrations are never edited).
    const QString id = m_backend.isSqlite() ? QStringLiteral("id INTEGER PRIMARY KEY")
                                            : QStringLiteral("id BIGSERIAL PRIMARY KEY");
    QString error;
    if (location.isSqlite())
        QDir().mkpath(QFileInfo(location.path).absolutePath());
    const bool made = m_backend.exec(
        location,
        {QStringLiteral("CREATE TABLE actdesk_meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE actdesk_journal (%1, at_utc TEXT NOT NULL, step TEXT NOT NULL, "
                        "outcome TEXT NOT NULL, error_code BIGINT NOT NULL DEFAULT 0, id_error TEXT NOT NULL "
                        "DEFAULT '', detail TEXT NOT NULL DEFAULT '', machine_name TEXT NOT NULL DEFAULT '', "
                        "machine_id TEXT NOT NULL DEFAULT '', os TEXT NOT NULL DEFAULT '', simulation INTEGER "
                        "NOT NULL DEFAULT 0, catalog_key TEXT NOT NULL DEFAULT '', activation_id TEXT NOT NULL "
                        "DEFAULT '', partial_key TEXT NOT NULL DEFAULT '', extended_pid TEXT NOT NULL DEFAULT '', "
                        "installation_id TEXT NOT NULL DEFAULT '', confirmation_id TEXT NOT NULL DEFAULT '', "
                        "license_status INTEGER, operator_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL "
                        "DEFAULT 'device', tool_version TEXT NOT NULL DEFAULT '')")
             .arg(id),
         QStringLiteral("CREATE INDEX actdesk_journal_at ON actdesk_journal (at_utc, id)"),
         QStringLiteral("INSERT INTO actdesk_meta (name, value) VALUES ('schema_version', '1'), "
                        "('created_utc', '2025-01-01T00:00:00.000Z')"),
         QStringLiteral("INSERT INTO actdesk_journal (at_utc, step, outcome, machine_name, installation_id, "
                        "extended_pid, confirmation_id, partial_key) VALUES "
                        "('2025-01-02T10:00:00.000Z', 'deposit', 'succeeded', 'Old-PC', '555000', 'PID-OLD', "
                        "'777000', '6789B'), "
                        "('2025-01-03T10:00:00.000Z', 'verify', 'succeeded', 'OTHER', '555111', 'PID-X', '', "
                        "'6789B')")},
        error);
    QVERIFY2(made, qPrintable(error));

    {
        auto j = openOrFail(location, clock);
        QVERIFY(j);
        QCOMPARE(j->schemaVersion(), 2);
        auto count = j->count();
        QVERIFY(count.ok());
        QCOMPARE(count.value(), std::int64_t(2));
        // The v2 lookups work on rows written by v1 (machine_key was backfilled).
        JournalQuery q;
        q.machineName = "old-pc";
        auto found = j->find(q);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().event.installationId, std::string("555000"));
        auto known = j->knownConfirmation("555000", "PID-OLD");
        QVERIFY(known.ok() && known->has_value());
        QCOMPARE((*known)->confirmationId, std::string("777000"));
        QVERIFY(j->record(EntryBuilder().machine("New-PC")).ok());
    }
    // Reopening migrates nothing twice and keeps every row.
    auto again = openOrFail(location, clock);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), 2);
    QCOMPARE(again->count().value(), std::int64_t(3));
    const QByteArray stored = m_backend.everythingStored(location);
    QVERIFY(stored.contains("2025-01-01T00:00:00.000Z")); // the creation time survived
}

void JournalStoreTest::refusesAJournalFromANewerVersion()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    {
        auto j = openOrFail(location, clock);
        QVERIFY(j);
        QVERIFY(j->record(EntryBuilder()).ok());
    }
    QString error;
    QVERIFY2(m_backend.exec(location,
                            {QStringLiteral("UPDATE actdesk_meta SET value = '99' WHERE name = 'schema_version'")},
                            error),
             qPrintable(error));
    auto opened = journal::SqlJournal::open(location, clock);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().kind == workflow::JournalError::Kind::TooNew);
    QCOMPARE(opened.error().detail, std::string("99"));
    QVERIFY(m_backend.everythingStored(location).contains("PC-01")); // untouched
}

void JournalStoreTest::twoProcessesWritingAtOnceLoseNothing()
{
    const auto location = m_backend.freshLocation();
    SettableClock clock;
    QVERIFY(openOrFail(location, clock)); // created before, so both writers race on rows only

    const QString go = m_backend.tempPath() + QStringLiteral("/go-%1").arg(QString::fromLatin1(QTest::currentTestFunction()));
    constexpr int kEach = 300;
    QProcess a;
    QProcess b;
    for (const auto& [p, tag] : {std::pair{&a, QStringLiteral("DESK-A")}, std::pair{&b, QStringLiteral("DESK-B")}}) {
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(ACTDESK_JOURNAL_WRITER),
                 {JournalTestBackend::url(location), tag, QString::number(kEach), go});
    }
    QVERIFY(a.waitForStarted() && b.waitForStarted());
    QFile goFile(go);
    QVERIFY(goFile.open(QIODevice::WriteOnly));
    goFile.close();
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);

    auto j = openOrFail(location, clock);
    QVERIFY(j);
    for (const QString& tag : {QStringLiteral("DESK-A"), QStringLiteral("DESK-B")}) {
        JournalQuery q;
        q.machineName = tag.toStdString();
        auto rows = j->find(q);
        QVERIFY(rows.ok());
        const QStringList d = details(rows.value());
        QCOMPARE(d.size(), kEach);
        const QSet<QString> unique(d.begin(), d.end());
        QCOMPARE(unique.size(), kEach);
        for (int i = 0; i < kEach; ++i)
            QVERIFY(unique.contains(tag + QStringLiteral(":%1").arg(i)));
    }
    QCOMPARE(j->count().value(), std::int64_t(2 * kEach));
}

void JournalStoreTest::aProcessEndingWithoutClosingLosesNoCommittedStep()
{
    const auto location = m_backend.freshLocation();
    SettableClock clock;
    QVERIFY(openOrFail(location, clock));
    const QString go = m_backend.tempPath() +
                       QStringLiteral("/go-%1").arg(QString::fromLatin1(QTest::currentTestFunction()));
    QFile goFile(go);
    QVERIFY(goFile.open(QIODevice::WriteOnly));
    goFile.close();

    // The writer ends as if it crashed right after its last step: the journal is never
    // closed (SqliteWalTest does the same with more steps and checks the file itself).
    constexpr int kSteps = 300;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(ACTDESK_JOURNAL_WRITER),
                 {JournalTestBackend::url(location), QStringLiteral("CRASHY"), QString::number(kSteps), go,
                  QStringLiteral("abandon")});
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);

    auto j = openOrFail(location, clock);
    QVERIFY(j);
    JournalQuery q;
    q.machineName = "CRASHY";
    auto rows = j->find(q);
    QVERIFY(rows.ok());
    const QStringList d = details(rows.value());
    const QSet<QString> unique(d.begin(), d.end());
    QCOMPARE(d.size(), kSteps);
    QCOMPARE(unique.size(), kSteps);
    for (int i = 0; i < kSteps; ++i)
        QVERIFY(unique.contains(QStringLiteral("CRASHY:%1").arg(i)));
    // And the journal goes on from there.
    QVERIFY(j->record(EntryBuilder().machine("AFTER")).ok());
    QCOMPARE(j->count().value(), std::int64_t(kSteps + 1));
}

void JournalStoreTest::processesCreatingANewJournalAtOnceAllSucceed()
{
    const auto location = m_backend.freshLocation(); // nothing created yet
    const QString go = m_backend.tempPath() + QStringLiteral("/go-now");
    QFile goFile(go);
    QVERIFY(goFile.open(QIODevice::WriteOnly));
    goFile.close();
    constexpr int kWriters = 4;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < kWriters; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(ACTDESK_JOURNAL_WRITER),
                 {JournalTestBackend::url(location), QStringLiteral("W%1").arg(i), QStringLiteral("5"), go});
        writers.push_back(std::move(p));
    }
    for (auto& p : writers) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    SettableClock clock;
    auto j = openOrFail(location, clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), journal::JournalSchema::kCurrentVersion);
    QCOMPARE(j->count().value(), std::int64_t(5 * kWriters));
}

void JournalStoreTest::recordAllIsOneTransaction()
{
    SettableClock clock;
    auto j = openOrFail(m_backend.freshLocation(), clock);
    QVERIFY(j);
    std::vector<workflow::JournalEntry> batch;
    for (int i = 0; i < 50; ++i) {
        workflow::JournalEntry e = EntryBuilder().at(i);
        e.event.detail = std::to_string(i);
        batch.push_back(e);
    }
    QVERIFY(j->recordAll(batch).ok());
    QCOMPARE(j->count().value(), std::int64_t(50));
    JournalQuery q;
    q.limit = 1;
    auto newest = j->find(q);
    QVERIFY(newest.ok());
    QCOMPARE(newest->front().event.detail, std::string("49"));
}
