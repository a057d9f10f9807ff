// SPDX-License-Identifier: MIT
#include "transfer/TransferMerge.h"

#include <algorithm>

namespace actdesk::transfer {

std::vector<MergeAction> mergeRequests(TransferFile& file, const std::vector<TransferItem>& requests)
{
    std::vector<MergeAction> actions;
    for (const auto& request : requests) {
        auto sameProduct = [&](const TransferItem& i) {
            return i.machineId == request.machineId && i.activationId == request.activationId;
        };
        MergeAction action;
        action.itemId = request.id;

        // The same IID with an answer (or still waiting) is not stale: keep it.
        const auto kept = std::find_if(file.items.begin(), file.items.end(), [&](const TransferItem& i) {
            return sameProduct(i) && i.installationId == request.installationId && i.status != ItemStatus::Failed;
        });
        if (kept != file.items.end()) {
            action.kind = kept->status == ItemStatus::Pending ? MergeAction::Kind::AlreadyPending
                                                              : MergeAction::Kind::AlreadyAnswered;
            action.itemId = kept->id;
            const std::string keptId = kept->id;
            // Anything else this machine left for the product is stale.
            std::erase_if(file.items, [&](const TransferItem& i) {
                if (sameProduct(i) && i.id != keptId) {
                    action.replaced.push_back(i.id);
                    return true;
                }
                return false;
            });
            actions.push_back(std::move(action));
            continue;
        }

        auto first = std::find_if(file.items.begin(), file.items.end(), sameProduct);
        if (first == file.items.end()) {
            action.kind = MergeAction::Kind::Added;
            file.items.push_back(request);
        } else {
            action.kind = MergeAction::Kind::Replaced;
            const auto position = first - file.items.begin();
            std::erase_if(file.items, [&](const TransferItem& i) {
                if (sameProduct(i)) {
                    action.replaced.push_back(i.id);
                    return true;
                }
                return false;
            });
            file.items.insert(file.items.begin() + position, request);
        }
        actions.push_back(std::move(action));
    }
    return actions;
}

} // namespace actdesk::transfer
