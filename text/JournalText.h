// SPDX-License-Identifier: MIT
#pragma once

// Turns journal error values into translated sentences (CLI and GUI).

#include "workflow/ActivationJournal.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::text {

class JournalText
{
    Q_DECLARE_TR_FUNCTIONS(JournalText)

public:
    // What is wrong with the journal, naming it ("The journal file X is damaged ...").
    static QString problem(const workflow::JournalError& error);
    // Said after a fresh journal was started beside a damaged one (CLI; GUI after the offer).
    static QString startedFreshBeside(const workflow::JournalError& why, const QString& freshPath);
    // The GUI's question before starting one.
    static QString offerFreshBeside(const workflow::JournalError& why);
    // The GUI's user chose to go on without a journal after the offer: nothing is recorded.
    static QString declinedFreshBeside(const workflow::JournalError& why);
    // No journal at all: the activation goes on, unrecorded.
    static QString notJournaling(const workflow::JournalError& error);
    // One step could not be written.
    static QString stepNotRecorded(const workflow::JournalError& error);
};

} // namespace actdesk::text
