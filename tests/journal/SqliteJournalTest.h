// SPDX-License-Identifier: MIT
#pragma once

#include "JournalTestBackend.h"

#include <QObject>

// What only a journal file can do wrong: damage, locks, someone else's database.
class SqliteJournalTest : public QObject
{
    Q_OBJECT

public:
    explicit SqliteJournalTest(actdesk::test::JournalTestBackend& backend) : m_backend(backend) {}

private Q_SLOTS:
    void usesWriteAheadLogging();
    void aCorruptFileGetsAFreshJournalBesideAndStaysByteIdentical();
    void aDirectoryInTheWayIsUnreadableAndGetsAFreshJournalBeside();
    void theFreshJournalBesideIsReusedNotMultiplied();
    void anotherProgramsDatabaseIsNotTakenOver();
    void aLockHeldTooLongIsBusyNotCorruption();
    void theCliActivatesWithACorruptJournalAndStartsAFreshOneBeside();
    void aFullDiskIsNotDamageAndStartsNoFreshJournal();
    void aReadOnlyFolderIsReadNotWrittenAndNamesOnlyTheJournal();
    void theCliListsAReadOnlyJournalAndActivatesUnrecorded();
    void locationsAreParsedAndPasswordsNeverShown();
    void csvCannotRunFormulas();

private:
    actdesk::test::JournalTestBackend& m_backend;
};
