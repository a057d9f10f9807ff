// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/ExitCode.h"
#include "ids/ConfirmationId.h"
#include "ids/ProductKey.h"
#include "licensing/Licensing.h"
#include "workflow/WorkflowEvent.h"

#include <optional>
#include <vector>

namespace actdesk::workflow {

struct SessionError
{
    enum class Kind
    {
        Input,     // `input` says which field and what is wrong
        Licensing, // `licensing` carries the HRESULT
        OutOfOrder // `needed` must be done first
    } kind = Kind::Input;
    ids::IdError input;
    licensing::LicensingError licensing;
    Step needed = Step::Program;
};

// ExitEnvironment when the licensing service cannot be used at all, else ExitFailed.
ExitCode exitCodeFor(const licensing::LicensingError& e);
ExitCode exitCodeFor(const SessionError& e);

struct PrerequisiteReport
{
    licensing::MachineInfo machine;
    std::vector<licensing::SkuState> esuSkus;              // empty when the prep packages are missing
    std::optional<catalog::OsPrerequisites> prerequisites; // from the catalog, in install order
    std::vector<std::string> missingUpdates; // prerequisites not seen among installed updates (when known)
    bool esuSkusPresent() const { return !esuSkus.empty(); }
};

// What the licensing service says about this machine: the slow half of a prerequisite check.
struct MachineReading
{
    licensing::MachineInfo machine;
    std::vector<licensing::SkuState> esuSkus;
};

// The activation of one ESU SKU on this machine, as a state machine:
// prerequisites -> program -> key -> IID -> CID -> deposit -> verify.
// Every step is reported to the observers (journal, UI). Going back to an earlier step
// (another program, a new key, a regenerated IID) forgets everything after it.
class ActivationSession
{
  public:
    ActivationSession(licensing::Licensing& licensing, const catalog::Catalog& catalog, const Clock& clock);

    void addObserver(WorkflowObserver* observer);
    // Who sees this session's steps, and its clock: other workflows started on its behalf
    // (saving a request, applying a response) report to the same journal.
    const std::vector<WorkflowObserver*>& observers() const { return m_observers; }
    const Clock& clock() const { return m_clock; }

    // readMachine() then acceptMachineReading(): both halves at once, on the caller's thread.
    Result<PrerequisiteReport, SessionError> checkPrerequisites();
    // Only Licensing calls: no journal, no session state. It may run on another thread (the
    // wizard reads off the UI thread, because slc.dll can wait seconds for the Software
    // Protection service) while nothing else uses this session's backend.
    Result<MachineReading, licensing::LicensingError> readMachine() const;
    // The rest of the check, on the session's thread: the report, journaled.
    Result<PrerequisiteReport, SessionError>
    acceptMachineReading(Result<MachineReading, licensing::LicensingError> reading);

    // Chooses the SKU to activate. `entry` may be null for an activation ID not in the catalog.
    void chooseProgram(const ids::ActivationId& activationId, const catalog::CatalogEntry* entry = nullptr);
    // The catalog's next unlicensed year for this machine, if any.
    std::optional<catalog::CatalogEntry> suggestedProgram();

    // slmgr /ipk. Without a chosen program the key goes wherever the backend puts it, and the
    // program becomes that SKU. Text as typed goes through verbs/TextEntry.h.
    Result<licensing::KeyInstallResult, SessionError> installProductKey(const ids::ProductKey& key);
    // Continues with a key that is already installed for the chosen SKU (a later session).
    Result<licensing::KeyInstallResult, SessionError> useInstalledKey();

    Result<ids::InstallationId, SessionError> generateInstallationId();
    // Takes the CID (every group checked when it was parsed); nothing is deposited yet.
    Result<ids::ConfirmationId, SessionError> enterConfirmationId(const ids::ConfirmationId& cid);
    // A CID whose groups fail their check digit (parsed with
    // ConfirmationId::parseAsciiAcceptingCheckFailures), taken anyway because the person at the
    // machine says the activation line confirmed it: the deposit decides. The step is
    // journaled with the groups that failed; a CID whose groups all pass goes the ordinary way.
    Result<ids::ConfirmationId, SessionError> enterConfirmationIdDespiteCheck(const ids::ConfirmationId& cid);
    // Text for `step` that did not parse (see verbs/TextEntry.h): journaled as a failed step
    // and returned as an Input error (or OutOfOrder when the step cannot be taken yet).
    SessionError rejectInput(Step step, const ids::IdError& error);
    Result<void, SessionError> deposit();
    Result<licensing::LicenseStatus, SessionError> verify();

    // Forgets everything from `step` on (the user went back to change it).
    void invalidateFrom(Step step);

    Step current() const { return m_current; }
    const std::optional<ids::ActivationId>& activationId() const { return m_activationId; }
    const std::optional<licensing::KeyInstallResult>& key() const { return m_key; }
    const std::optional<ids::InstallationId>& installationId() const { return m_iid; }
    const std::optional<ids::ConfirmationId>& confirmationId() const { return m_cid; }
    const std::optional<licensing::LicenseStatus>& status() const { return m_status; }
    bool isSimulation() const { return m_licensing.isSimulation(); }

  private:
    WorkflowEvent makeEvent(Step step, Outcome outcome) const;
    void publish(const WorkflowEvent& event);
    SessionError licensingFailure(Step step, const licensing::LicensingError& e);
    SessionError inputFailure(Step step, const ids::IdError& e);
    SessionError outOfOrder(Step needed) const;
    void ensureMachine();

    licensing::Licensing& m_licensing;
    const catalog::Catalog& m_catalog;
    const Clock& m_clock;
    std::vector<WorkflowObserver*> m_observers;

    std::optional<licensing::MachineInfo> m_machine;
    Step m_current = Step::Prerequisites;
    std::optional<ids::ActivationId> m_activationId;
    std::string m_catalogKey;
    std::optional<licensing::KeyInstallResult> m_key;
    std::optional<ids::InstallationId> m_iid;
    std::optional<ids::ConfirmationId> m_cid;
    bool m_deposited = false;
    std::optional<licensing::LicenseStatus> m_status;
};

} // namespace actdesk::workflow
