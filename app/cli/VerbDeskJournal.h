// SPDX-License-Identifier: MIT
#pragma once

// The journal as the desk uses it: every answer (or failure) is recorded with the desk role,
// and a CID already obtained for an (IID, extended PID) pair is offered instead of asking
// the activation centre again, which would use up another MAK activation.
//
// Like the device journal, it opens on first use and never stops the desk's work: a journal
// that cannot be used gives one warning on stderr.

#include "journal/JournalRecovery.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferItem.h"
#include "workflow/ActivationJournal.h"

#include <QString>

#include <optional>

namespace actdesk::cli {

class CliContext;

class DeskJournal
{
public:
    explicit DeskJournal(CliContext& ctx);

    // Records the item's current answer (answered or failed).
    void record(const transfer::TransferItem& item);
    // Records every answer the desk gave through `log` (desk answer, desk import-csv).
    void record(const transfer::DeskAnswerLog& log);
    // Records one event as it is (desk online: every attempt, with endpoint and error code).
    void recordEvent(const workflow::WorkflowEvent& event);
    // A CID the journal already holds for this item's IID and extended PID.
    std::optional<workflow::KnownConfirmation> known(const transfer::TransferItem& item);

private:
    bool ensureOpen();
    void warnOnce(const QString& message);

    CliContext& m_ctx;
    std::optional<journal::OpenedJournal> m_opened;
    bool m_tried = false;
    bool m_warned = false;
};

} // namespace actdesk::cli
