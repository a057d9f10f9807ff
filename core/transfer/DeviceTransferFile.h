// SPDX-License-Identifier: MIT
#pragma once

// The device side of a transfer, on a file: save this machine's requests into a file that
// other machines share, and apply the answers a file brings back. Shared by `actdesk export`
// / `actdesk import` and the Device wizard, so both write and merge exactly the same way.

#include "common/Result.h"
#include "transfer/DeviceTransfer.h"
#include "transfer/TransferError.h"
#include "transfer/TransferMerge.h"
#include "transfer/TransferStore.h"

#include <QString>
#include <optional>
#include <vector>

namespace actdesk::transfer {

// Merges `requests` into the file at `path` (created when missing): other machines' items
// are kept, this machine's stale ones replaced (see mergeRequests). Written atomically; when
// someone else saved the file in between, it is read again and merged again. Returns one
// action per request, in order. With no requests, nothing is read or written.
Result<std::vector<MergeAction>, TransferError> saveRequestsToFile(const QString& path,
                                                                   const std::vector<TransferItem>& requests,
                                                                   const SaveHooks& hooks = {});

struct FileImport
{
    // Set when the file was read and the machine could be read: what happened to each of
    // this machine's items (answers applied through the workflow, so they are journaled).
    std::optional<ImportReport> report;
    // The machine could not be read: nothing was applied, the file is unchanged.
    std::optional<workflow::SessionError> machineError;
    // Without a report: the file could not be read or is damaged (nothing applied, nothing
    // written). With a report: the licences were applied but the file could not be updated.
    std::optional<TransferError> fileError;
    bool fileUpdated = false; // applied items were marked in the file
};

// Reads and validates the file first: a damaged, truncated or newer file is refused as a
// whole before anything is deposited. Then applies the answers meant for this machine
// (applyAnswers) and marks them applied in the file, atomically.
FileImport importAnswersFromFile(const QString& path, licensing::Licensing& licensing,
                                 const catalog::Catalog& catalog, const Clock& clock,
                                 const std::vector<workflow::WorkflowObserver*>& observers);

} // namespace actdesk::transfer
