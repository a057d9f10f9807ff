// SPDX-License-Identifier: MIT
#include "JournalFixtures.h"
#include "PostgresJournalTest.h"

#include "journal/JournalRecovery.h"
#include "journal/SqlJournal.h"

#include <QTest>

using namespace actdesk;
using namespace actdesk::test;
using Kind = workflow::JournalError::Kind;

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
