// SPDX-License-Identifier: MIT
#pragma once

// What the desk operator did to items since the file was read, kept as repeatable changes:
// saving goes through updateTransferFile, which may read the file again (someone else saved
// in between) and replay them on the fresh content.

#include "common/Result.h"
#include "ids/ConfirmationId.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <optional>
#include <string>
#include <vector>

namespace actdesk::ui::desk {

struct DeskEdit
{
    enum class Kind
    {
        Answer,    // a CID typed from the activation line (or reused from the journal)
        Simulated, // training: the simulated centre answered
        Fail,      // the desk could not get a CID
    } kind = Kind::Answer;
    std::string itemId;
    std::optional<ids::ConfirmationId> cid; // Answer
    std::string text;                       // Answer: answered-by; Fail: the reason
    std::string answeredBy;                 // Fail
    transfer::Timestamp at{};
};

// Applies one edit to its item in `file` (as read from disk: an item keeps one edit at most).
Result<transfer::AnswerChange, transfer::TransferError> applyEdit(transfer::TransferFile& file, const DeskEdit& edit);

// Applies every edit in order; true when anything changed.
Result<bool, transfer::TransferError> applyEdits(transfer::TransferFile& file, const std::vector<DeskEdit>& edits);

} // namespace actdesk::ui::desk
