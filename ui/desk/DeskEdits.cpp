// SPDX-License-Identifier: MIT
#include "DeskEdits.h"

namespace actdesk::ui::desk {

Result<transfer::AnswerChange, transfer::TransferError> applyEdit(transfer::TransferFile& file, const DeskEdit& edit)
{
    auto found = transfer::findItem(file, edit.itemId);
    if (!found)
        return fail(found.error());
    transfer::TransferItem& item = *found.value();
    switch (edit.kind) {
    case DeskEdit::Kind::Answer:
        return transfer::answerItem(item, *edit.cid, edit.text, edit.at);
    case DeskEdit::Kind::Simulated:
        return transfer::answerFromSimulatedCentre(item, edit.at);
    case DeskEdit::Kind::Fail: {
        auto failed = transfer::failItem(item, edit.text, edit.answeredBy, edit.at);
        if (!failed)
            return fail(failed.error());
        return transfer::AnswerChange::Answered;
    }
    }
    return transfer::AnswerChange::Unchanged;
}

Result<bool, transfer::TransferError> applyEdits(transfer::TransferFile& file, const std::vector<DeskEdit>& edits)
{
    bool changed = false;
    for (const auto& edit : edits) {
        auto applied = applyEdit(file, edit);
        if (!applied)
            return fail(applied.error());
        changed = changed || applied.value() == transfer::AnswerChange::Answered;
    }
    return changed;
}

} // namespace actdesk::ui::desk
