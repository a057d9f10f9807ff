// SPDX-License-Identifier: MIT
#pragma once

#include "JournalTestBackend.h"

#include <QObject>

// Behaviour every journal backend must have; run once per backend.
class JournalStoreTest : public QObject
{
    Q_OBJECT

public:
    explicit JournalStoreTest(actdesk::test::JournalTestBackend& backend);

private Q_SLOTS:
    void recordsEveryFieldAndReadsItBack();
    void timestampsAreUtcFromTheInjectedClock();
    void looksUpByMachineIidPartialKeyProgramOutcomeAndDate();
    void knownConfirmationPrefersADepositedCidThenTheNewest();
    void everySessionStepIsJournaledWithoutTheFullKey();
    void migratesAJournalFromVersion1();
    void refusesAJournalFromANewerVersion();
    void twoProcessesWritingAtOnceLoseNothing();
    void aProcessEndingWithoutClosingLosesNoCommittedStep();
    void processesCreatingANewJournalAtOnceAllSucceed();
    void recordAllIsOneTransaction();

private:
    actdesk::test::JournalTestBackend& m_backend;
};
