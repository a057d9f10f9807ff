// SPDX-License-Identifier: MIT
#pragma once

// How a machine's new requests join a file that may already hold other machines' items.

#include "transfer/TransferItem.h"

#include <string>
#include <vector>

namespace actdesk::transfer {

struct MergeAction
{
    enum class Kind
    {
        Added,          // a new item
        Replaced,       // the machine's earlier items for this product were stale (another IID,
                        // or failed) and were replaced; `replaced` lists their ids
        AlreadyPending, // the same request (same IID) is already waiting: kept as it was
        AlreadyAnswered, // the same IID already has an answer: kept, so the CID is not lost
    } kind = Kind::Added;
    std::string itemId;
    std::vector<std::string> replaced;
};

// Adds `requests` (new pending items, each with its id set) to `file`:
//  - other machines' items are never touched;
//  - this machine's items for the same activation ID are replaced when stale (a different
//    IID, or marked failed), in place, so the file's order is kept;
//  - an item with the same IID that is pending, answered or applied is kept unchanged.
// Returns one action per request, in order.
std::vector<MergeAction> mergeRequests(TransferFile& file, const std::vector<TransferItem>& requests);

} // namespace actdesk::transfer
