// SPDX-License-Identifier: MIT
#pragma once

#include "JournalTestBackend.h"

#include <QObject>

// What only a shared server can do wrong: be unreachable, be shared.
class PostgresJournalTest : public QObject
{
    Q_OBJECT

public:
    explicit PostgresJournalTest(actdesk::test::JournalTestBackend& backend) : m_backend(backend) {}

private Q_SLOTS:
    void anUnreachableServerIsAConnectionFailure();
    void aMissingDatabaseIsAConnectionFailure();
    void twoDesksShareOneHistory();
    void aLockedJournalFailsAStepAsBusyInBoundedTime();
    void theCliActivatesPastALockedJournal();
    void aFullServerDiskIsNotDamageAndStartsNoFreshJournal();

private:
    actdesk::test::JournalTestBackend& m_backend;
};
