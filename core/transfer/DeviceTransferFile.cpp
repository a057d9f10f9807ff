// SPDX-License-Identifier: MIT
#include "DeviceTransferFile.h"

#include <algorithm>

namespace actdesk::transfer {

Result<std::vector<MergeAction>, TransferError>
saveRequestsToFile(const QString& path, const std::vector<TransferItem>& requests, const SaveHooks& hooks)
{
    std::vector<MergeAction> actions;
    if (requests.empty())
        return actions;
    auto written = updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            actions = mergeRequests(file, requests);
            return std::any_of(actions.begin(), actions.end(), [](const MergeAction& a) {
                return a.kind == MergeAction::Kind::Added || a.kind == MergeAction::Kind::Replaced ||
                       !a.replaced.empty();
            });
        },
        /*createIfMissing=*/true, hooks);
    if (!written)
        return fail(written.error());
    return actions;
}

FileImport importAnswersFromFile(const QString& path, licensing::Licensing& licensing,
                                 const catalog::Catalog& catalog, const Clock& clock,
                                 const std::vector<workflow::WorkflowObserver*>& observers)
{
    FileImport result;
    // updateTransferFile validates the whole file before `change` runs, so a damaged file
    // never reaches the machine.
    auto written = updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            auto applied = applyAnswers(file, licensing, catalog, clock, observers);
            if (!applied) {
                result.machineError = applied.error();
                return false;
            }
            result.report = std::move(applied).value();
            return result.report->fileChanged;
        },
        /*createIfMissing=*/false);
    if (result.machineError)
        result.report.reset();
    if (written)
        result.fileUpdated = written.value();
    else if (!result.machineError)
        result.fileError = written.error();
    return result;
}

} // namespace actdesk::transfer
