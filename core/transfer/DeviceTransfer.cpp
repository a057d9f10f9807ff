// SPDX-License-Identifier: MIT
#include "transfer/DeviceTransfer.h"

#include "ids/ActivationId.h"

#include <algorithm>

namespace actdesk::transfer {

namespace {

std::string programKey(const catalog::Catalog& catalog, const ids::ActivationId& id)
{
    const auto* entry = catalog.findById(id);
    return entry ? entry->key : std::string{};
}

const licensing::SkuState* findSku(const std::vector<licensing::SkuState>& skus, const ids::ActivationId& id)
{
    const auto it =
        std::find_if(skus.begin(), skus.end(), [&](const auto& s) { return s.activationId == id; });
    return it == skus.end() ? nullptr : &*it;
}

// Applies one item meant for this machine; sets `changed` when the item was marked applied.
// Export and import alike: the session reports to `observers` (the journal), and the first
// step reads the machine and its ESU SKUs.
Result<workflow::PrerequisiteReport, workflow::SessionError>
startSession(workflow::ActivationSession& session, const std::vector<workflow::WorkflowObserver*>& observers)
{
    for (auto* o : observers)
        session.addObserver(o);
    return session.checkPrerequisites();
}

ImportEntry importItem(TransferItem& item, const std::vector<licensing::SkuState>& skus,
                       workflow::ActivationSession& session, licensing::Licensing& licensing,
                       const catalog::Catalog& catalog, const Clock& clock, bool& changed)
{
    using Outcome = ImportEntry::Outcome;
    ImportEntry entry;
    entry.itemId = item.id;
    entry.activationId = item.activationId;
    entry.program = item.program;
    auto with = [&entry](Outcome outcome, std::optional<workflow::SessionError> error = std::nullopt) {
        entry.outcome = outcome;
        entry.error = std::move(error);
        return entry;
    };

    if (item.status == ItemStatus::Pending)
        return with(Outcome::NotAnswered);
    if (item.status == ItemStatus::Failed) {
        entry.reason = item.reason;
        return with(Outcome::FailedAtDesk);
    }
    const auto* sku = findSku(skus, item.activationId);
    if (!sku)
        return with(Outcome::NotPresent);
    // A read, not a step: the status now (an earlier item or import may have changed it).
    auto status = licensing.licenseStatus(sku->activationId);
    const bool licensed = status && status.value() == licensing::LicenseStatus::Licensed;

    session.chooseProgram(sku->activationId, catalog.findById(sku->activationId));
    auto key = session.useInstalledKey();
    if (!key) {
        if (licensed)
            return with(Outcome::AlreadyLicensed);
        const bool noKey = key.error().kind == workflow::SessionError::Kind::Licensing &&
                           key.error().licensing.is(licensing::SlError::PkeyNotInstalled);
        return with(noKey ? Outcome::NoKey : Outcome::DepositFailed, key.error());
    }
    auto iid = session.generateInstallationId();
    if (!iid)
        return with(licensed ? Outcome::AlreadyLicensed : Outcome::DepositFailed, iid.error());
    const bool sameIid = item.installationId == iid.value();
    if (licensed) {
        // Nothing is deposited twice. If this answer is what licensed it (an earlier import
        // could not mark the file), record that now.
        if (sameIid && item.status == ItemStatus::Answered) {
            item.status = ItemStatus::Applied;
            item.appliedAt = toTimestamp(clock.nowUtc());
            changed = true;
        }
        return with(Outcome::AlreadyLicensed);
    }
    if (!sameIid) {
        entry.currentIid = iid->digits();
        return with(Outcome::IidChanged);
    }
    auto cid = item.confirmationId
                   ? session.enterConfirmationId(*item.confirmationId)
                   : Result<ids::ConfirmationId, workflow::SessionError>(fail(session.rejectInput(
                         workflow::Step::ConfirmationId, ids::IdError{ids::IdType::ConfirmationId, ids::IdErrorKind::Empty})));
    if (!cid)
        return with(Outcome::DepositFailed, cid.error());
    auto deposited = session.deposit();
    if (!deposited)
        return with(Outcome::DepositFailed, deposited.error());
    auto after = session.verify();
    if (!after)
        return with(Outcome::DepositFailed, after.error());
    if (after.value() != licensing::LicenseStatus::Licensed) {
        entry.statusAfter = after.value();
        return with(Outcome::DepositFailed);
    }
    item.status = ItemStatus::Applied;
    item.appliedAt = toTimestamp(clock.nowUtc());
    changed = true;
    return with(Outcome::Applied);
}

} // namespace

std::vector<TransferItem> ExportReport::requests() const
{
    std::vector<TransferItem> out;
    for (const auto& e : entries)
        if (e.request)
            out.push_back(*e.request);
    return out;
}

Result<ExportReport, workflow::SessionError>
collectRequests(licensing::Licensing& licensing, const catalog::Catalog& catalog, const Clock& clock,
                const std::vector<workflow::WorkflowObserver*>& observers,
                const std::vector<ids::ActivationId>& only)
{
    workflow::ActivationSession session(licensing, catalog, clock);
    auto pre = startSession(session, observers);
    if (!pre)
        return fail(pre.error());

    ExportReport report;
    report.machine = pre->machine;
    report.simulation = licensing.isSimulation();
    report.esuSkusPresent = pre->esuSkusPresent();

    std::vector<licensing::SkuState> targets;
    if (only.empty()) {
        for (const auto& s : pre->esuSkus)
            if (s.status != licensing::LicenseStatus::Licensed && !s.partialKey.empty())
                targets.push_back(s);
    } else {
        for (const auto& id : only) {
            ExportEntry entry;
            entry.activationId = id;
            entry.program = programKey(catalog, id);
            const auto* sku = findSku(pre->esuSkus, id);
            if (!sku)
                entry.outcome = ExportEntry::Outcome::NotPresent;
            else if (sku->status == licensing::LicenseStatus::Licensed)
                entry.outcome = ExportEntry::Outcome::AlreadyLicensed;
            else if (sku->partialKey.empty())
                entry.outcome = ExportEntry::Outcome::NoKey;
            else {
                targets.push_back(*sku);
                continue;
            }
            report.entries.push_back(std::move(entry));
        }
    }

    for (const auto& sku : targets) {
        ExportEntry entry;
        entry.activationId = sku.activationId;
        entry.program = programKey(catalog, sku.activationId);
        session.chooseProgram(sku.activationId, catalog.findById(sku.activationId));
        auto key = session.useInstalledKey();
        if (!key) {
            entry.outcome = ExportEntry::Outcome::Failed;
            entry.error = key.error();
            report.entries.push_back(std::move(entry));
            continue;
        }
        auto iid = session.generateInstallationId();
        if (!iid) {
            entry.outcome = ExportEntry::Outcome::Failed;
            entry.error = iid.error();
            report.entries.push_back(std::move(entry));
            continue;
        }
        TransferItem item;
        item.id = itemIdFor(report.machine.stableId, sku.activationId, iid.value());
        item.machineName = report.machine.name;
        item.machineId = report.machine.stableId;
        item.os = osKey(report.machine.os);
        item.simulation = report.simulation;
        item.program = entry.program;
        item.activationId = sku.activationId;
        item.partialKey = key->partialKey;
        item.extendedPid = key->extendedPid;
        item.installationId = std::move(iid).value();
        item.requestedAt = toTimestamp(clock.nowUtc());
        entry.outcome = ExportEntry::Outcome::Requested;
        entry.request = std::move(item);
        report.entries.push_back(std::move(entry));
    }
    return report;
}

Result<ImportReport, workflow::SessionError>
applyAnswers(TransferFile& file, licensing::Licensing& licensing, const catalog::Catalog& catalog,
             const Clock& clock, const std::vector<workflow::WorkflowObserver*>& observers)
{
    workflow::ActivationSession session(licensing, catalog, clock);
    auto pre = startSession(session, observers);
    if (!pre)
        return fail(pre.error());

    ImportReport report;
    report.machine = pre->machine;
    report.simulation = licensing.isSimulation();

    for (auto& item : file.items) {
        if (item.machineId != report.machine.stableId) {
            ++report.otherMachinesItems;
            continue;
        }
        bool changed = false;
        report.entries.push_back(importItem(item, pre->esuSkus, session, licensing, catalog, clock, changed));
        report.fileChanged = report.fileChanged || changed;
    }
    return report;
}

} // namespace actdesk::transfer
