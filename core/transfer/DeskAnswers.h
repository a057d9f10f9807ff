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
