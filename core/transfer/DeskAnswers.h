// SPDX-License-Identifier: MIT
#pragma once

// What the desk does to items: find one, answer it with a CID, mark it failed, answer it
// from the simulated centre (training), and describe an answer for the journal.

#include "common/Result.h"
#include "ids/ConfirmationId.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"
#include "workflow/WorkflowEvent.h"

#include <string>
#include <string_view>
#include <vector>

namespace actdesk::transfer {

// The shortest prefix of an item id accepted on a command line.
inline constexpr std::size_t kMinItemPrefix = 4;

// An item by its id or by a unique prefix of at least kMinItemPrefix characters
// (case-insensitive). UnknownItem or AmbiguousItem otherwise.
Result<TransferItem*, TransferError> findItem(TransferFile& file, std::string_view idOrPrefix);

// Whether answering changed the item.
enum class AnswerChange
{
    Answered,  // the item now has this CID
    Unchanged, // it already had exactly this CID
};

// Records `cid` as the answer. Allowed for pending and failed items, and for answered items
// when the CID is the same (Unchanged) or `replace` is set. An applied item is final.
Result<AnswerChange, TransferError> answerItem(TransferItem& item, const ids::ConfirmationId& cid,
                                               std::string_view answeredBy, Timestamp at, bool replace = false);

// A confirmation ID a person typed or pasted for `item` (`actdesk desk answer`, a cell of an
// imported CSV): normalised by the input parser (spaces, any dash, full-width digits) and
// checked group by group. Otherwise InvalidId, naming the item, the field "confirmation_id"
// and, in idError, the wrong groups.
Result<ids::ConfirmationId, TransferError> parseTypedConfirmationId(const TransferItem& item, std::string_view text);

// The one path by which the desk records a CID it obtained and remembers it for the journal:
// answer() is answerItem(), and every item it answered is kept (as it is after the answer,
// once per item) until the change to the file is done; the caller then journals answered(),
// whether or not the file could be written (the CID was obtained either way).
class DeskAnswerLog
{
public:
    Result<AnswerChange, TransferError> answer(TransferItem& item, const ids::ConfirmationId& cid,
                                               std::string_view answeredBy, Timestamp at, bool replace = false);
    // Forgets what was answered: for a change that updateTransferFile runs again on a fresh
    // copy of the file, where every answer is given again.
    void restart();
    const std::vector<TransferItem>& answered() const;

private:
    std::vector<TransferItem> m_answered;
};

// Marks the item failed with a reason (for example a service error code read out by the
// activation line). Allowed for pending and failed items.
Result<void, TransferError> failItem(TransferItem& item, std::string_view reason, std::string_view answeredBy,
                                     Timestamp at);

// The "answered-by" text the training centre writes, so nobody mistakes it for a real answer.
inline constexpr std::string_view kSimulatedCentreName = "SIMULATION: simulated activation centre (training)";

// Answers the item from the simulated activation centre. Refuses (NotSimulated) an item that
// came from a real machine: the simulated CID would only waste the machine's time.
Result<AnswerChange, TransferError> answerFromSimulatedCentre(TransferItem& item, Timestamp at);

// The journal entry for the desk's answer (step ConfirmationId; Failed with the reason as
// detail for a failed item). Carries the partial key only.
workflow::WorkflowEvent deskEvent(const TransferItem& item, std::chrono::system_clock::time_point at);

} // namespace actdesk::transfer
