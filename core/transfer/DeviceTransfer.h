// SPDX-License-Identifier: MIT
#pragma once

// The device side of a transfer: collect this machine's requests (IIDs generated through
// the activation workflow, so every step is observed and journaled), and apply the answers
// meant for this machine.

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "licensing/Licensing.h"
#include "transfer/TransferItem.h"
#include "workflow/ActivationSession.h"

#include <optional>
#include <string>
#include <vector>

namespace actdesk::transfer {

struct ExportEntry
{
    enum class Outcome
    {
        Requested,       // a request (item) was made
        AlreadyLicensed, // nothing to ask for
        NoKey,           // no product key installed for this SKU
        NotPresent,      // the activation ID asked for is not an ESU SKU on this machine
        Failed,          // the workflow failed (`error`)
    } outcome = Outcome::Requested;
    ids::ActivationId activationId;
    std::string program; // catalog key, if known
    std::optional<workflow::SessionError> error;
    std::optional<TransferItem> request; // when Requested
};

struct ExportReport
{
    licensing::MachineInfo machine;
    bool simulation = false;
    bool esuSkusPresent = true;
    std::vector<ExportEntry> entries;

    std::vector<TransferItem> requests() const;
};

// With `only` empty: every ESU SKU with a key installed that is not Licensed. Otherwise the
// listed SKUs (each reported, including those that are licensed or have no key).
// Fails only when the machine cannot be read at all.
Result<ExportReport, workflow::SessionError> collectRequests(licensing::Licensing& licensing,
                                                             const catalog::Catalog& catalog, const Clock& clock,
                                                             const std::vector<workflow::WorkflowObserver*>& observers,
                                                             const std::vector<ids::ActivationId>& only = {});

struct ImportEntry
{
    enum class Outcome
    {
        Applied,          // the CID was deposited and the product is Licensed
        AlreadyLicensed,  // the product was already Licensed: nothing deposited
        NotAnswered,      // the desk has not answered the item yet
        FailedAtDesk,     // the desk could not get a CID (`reason`)
        IidChanged,       // the machine's IID is no longer the one in the request: refused
        NoKey,            // no key installed any more for this SKU: refused
        NotPresent,       // the SKU is not on this machine
        DepositFailed,    // the workflow refused the CID or the deposit failed (`error`)
    } outcome = Outcome::NotAnswered;
    std::string itemId;
    ids::ActivationId activationId;
    std::string program;
    std::string reason;
    std::optional<workflow::SessionError> error;
    std::string currentIid; // IidChanged: the machine's IID now (digits)
    std::optional<licensing::LicenseStatus> statusAfter; // DepositFailed after a deposit that did not license

    bool isProblem() const
    {
        return outcome == Outcome::FailedAtDesk || outcome == Outcome::IidChanged || outcome == Outcome::NoKey ||
               outcome == Outcome::NotPresent || outcome == Outcome::DepositFailed;
    }
};

struct ImportReport
{
    licensing::MachineInfo machine;
    bool simulation = false;
    std::vector<ImportEntry> entries; // this machine's items only, in file order
    int otherMachinesItems = 0;       // items for other machines: skipped, untouched
    bool fileChanged = false;         // items were marked applied
};

// Applies every answered item meant for this machine (same stable id) through the workflow
// (enter CID, deposit, verify) and marks it applied with the time. Repeatable: a product
// that is already Licensed gets nothing deposited, so importing twice is harmless.
// Fails only when the machine cannot be read at all.
Result<ImportReport, workflow::SessionError> applyAnswers(TransferFile& file, licensing::Licensing& licensing,
                                                          const catalog::Catalog& catalog, const Clock& clock,
                                                          const std::vector<workflow::WorkflowObserver*>& observers);

} // namespace actdesk::transfer
