// SPDX-License-Identifier: MIT
#pragma once

// The Desk's open transfer files as the controller keeps them: each file as read from disk,
// as shown (with the operator's unsaved answers applied) and those answers as repeatable
// edits. Plain data: DeskController changes it, DeskQueueModel shows it.

#include "DeskEdits.h"
#include "transfer/TransferStore.h"

#include <QString>
#include <string>
#include <vector>

namespace actdesk::ui::desk {

struct DeskFile
{
    QString path; // absolute
    transfer::LoadedTransferFile original;
    transfer::TransferFile shown;
    std::vector<DeskEdit> edits;

    bool isEdited(const std::string& itemId) const;
};

// One item of the queue: which file, which item. Item ids are unique in their file only.
struct ItemKey
{
    int file = -1;
    std::string itemId;

    bool isValid() const { return file >= 0; }
    friend bool operator==(const ItemKey&, const ItemKey&) = default;
};

// A pending or failed item still takes an answer.
bool answerable(const transfer::TransferItem& item);

} // namespace actdesk::ui::desk
