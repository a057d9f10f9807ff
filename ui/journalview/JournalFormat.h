// SPDX-License-Identifier: MIT
#pragma once

// How the journal view writes values people read: grouped IDs, times, outcomes, modes.

#include "workflow/ActivationJournal.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::ui {

class JournalFormat
{
    Q_DECLARE_TR_FUNCTIONS(JournalView)

public:
    // "123456-123456-..." (IIDs: 9 groups of 6 or 7; CIDs: 8 groups of 6). Anything else as is.
    static QString groupedId(const std::string& digits);
    static QString utcTime(std::chrono::system_clock::time_point at); // "2026-05-28 20:26:40"
    static QString localTime(std::chrono::system_clock::time_point at);
    static QString outcome(workflow::Outcome outcome);
    static QString mode(bool simulation);
    static QString role(workflow::JournalRole role);
    // "0xC004F050" for a licensing code, the short input error otherwise, empty on success.
    static QString errorShort(const workflow::WorkflowEvent& event);
    // The full sentence for the details pane.
    static QString errorLong(const workflow::WorkflowEvent& event);
    static QString maskedKey(const std::string& partialKey); // XXXXX-XXXXX-XXXXX-XXXXX-6789B
};

} // namespace actdesk::ui
