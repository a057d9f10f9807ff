// SPDX-License-Identifier: MIT
#pragma once

#include "JournalTestBackend.h"

#include <QObject>

// The journal file and its write-ahead log under many steps, crashes and a second process:
// every committed step stays, the -wal file stays bounded, and closing leaves it tidy.
class SqliteWalTest : public QObject
{
    Q_OBJECT

  public:
    explicit SqliteWalTest(actdesk::test::JournalTestBackend& backend) : m_backend(backend) {}

  private Q_SLOTS:
    void manyStepsKeepTheLogBoundedAndClosingLeavesEveryRowInTheFile();
    void theLogShrinksBackOnceABurstHasBeenCopied();
    void aJournalLeftOpenByACrashIsIntactAndComplete();
    void twoProcessesRecordingAtOnceLeaveAnIntactJournal();

  private:
    actdesk::test::JournalTestBackend& m_backend;
};
