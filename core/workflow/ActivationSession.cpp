// SPDX-License-Identifier: MIT
#include "workflow/ActivationSession.h"

#include <algorithm>

namespace actdesk::workflow {

const char* stepKey(Step step)
{
    switch (step) {
    case Step::Prerequisites:
        return "prerequisites";
    case Step::Program:
        return "program";
    case Step::ProductKey:
        return "product-key";
    case Step::InstallationId:
        return "installation-id";
    case Step::ConfirmationId:
        return "confirmation-id";
    case Step::Deposit:
        return "deposit";
    case Step::Verify:
        return "verify";
    }
    return "unknown";
}

ActivationSession::ActivationSession(licensing::Licensing& licensing, const catalog::Catalog& catalog,
                                     const Clock& clock)
    : m_licensing(licensing), m_catalog(catalog), m_clock(clock)
{
}

void ActivationSession::addObserver(WorkflowObserver* observer)
{
    if (observer && std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void ActivationSession::ensureMachine()
{
    if (m_machine)
        return;
    auto info = m_licensing.machine();
    if (info)
        m_machine = info.value();
}

WorkflowEvent ActivationSession::makeEvent(Step step, Outcome outcome) const
{
    WorkflowEvent e;
    e.step = step;
    e.outcome = outcome;
    e.at = m_clock.nowUtc();
    e.simulation = m_licensing.isSimulation();
    if (m_machine) {
        e.machineName = m_machine->name;
        e.machineId = m_machine->stableId;
        e.os = osKey(m_machine->os);
    }
    e.catalogKey = m_catalogKey;
    if (m_activationId)
        e.activationId = m_activationId->canonical();
    if (m_key) {
        e.partialKey = m_key->partialKey;
        e.extendedPid = m_key->extendedPid;
    }
    if (m_iid)
        e.installationId = m_iid->digits();
    if (m_cid)
        e.confirmationId = m_cid->digits();
    e.status = m_status;
    return e;
}

void ActivationSession::publish(const WorkflowEvent& event)
{
    for (auto* o : m_observers)
        o->onWorkflowEvent(event);
}

SessionError ActivationSession::licensingFailure(Step step, const licensing::LicensingError& error)
{
    auto e = makeEvent(step, Outcome::Failed);
    e.errorCode = error.code;
    e.detail = error.detail;
    publish(e);
    SessionError s;
    s.kind = SessionError::Kind::Licensing;
    s.licensing = error;
    return s;
}

SessionError ActivationSession::inputFailure(Step step, const ids::IdError& error)
{
    auto e = makeEvent(step, Outcome::Failed);
    e.idError = error;
    publish(e);
    SessionError s;
    s.kind = SessionError::Kind::Input;
    s.input = error;
    return s;
}

SessionError ActivationSession::rejectInput(Step step, const ids::IdError& error)
{
    ensureMachine();
    if (step == Step::ConfirmationId && !m_iid)
        return outOfOrder(Step::InstallationId);
    return inputFailure(step, error);
}

ExitCode exitCodeFor(const licensing::LicensingError& e)
{
    return e.is(licensing::SlError::BackendUnavailable) ? ExitEnvironment : ExitFailed;
}

ExitCode exitCodeFor(const SessionError& e)
{
    return e.kind == SessionError::Kind::Licensing ? exitCodeFor(e.licensing) : ExitFailed;
}

SessionError ActivationSession::outOfOrder(Step needed) const
{
    SessionError s;
    s.kind = SessionError::Kind::OutOfOrder;
    s.needed = needed;
    return s;
}

Result<PrerequisiteReport, SessionError> ActivationSession::checkPrerequisites()
{
    return acceptMachineReading(readMachine());
}

Result<MachineReading, licensing::LicensingError> ActivationSession::readMachine() const
{
    auto info = m_licensing.machine();
    if (!info)
        return fail(info.error());
    auto skus = m_licensing.esuSkus();
    if (!skus)
        return fail(skus.error());
    return MachineReading{std::move(info).value(), std::move(skus).value()};
}

Result<PrerequisiteReport, SessionError>
ActivationSession::acceptMachineReading(Result<MachineReading, licensing::LicensingError> reading)
{
    if (!reading)
        return fail(licensingFailure(Step::Prerequisites, reading.error()));
    m_machine = reading->machine;

    PrerequisiteReport report;
    report.machine = std::move(reading->machine);
    report.esuSkus = std::move(reading->esuSkus);
    report.prerequisites = m_catalog.prerequisites(report.machine.os);
    if (report.prerequisites && !report.machine.installedUpdates.empty()) {
        for (const auto& kb : report.prerequisites->updates)
            if (std::find(report.machine.installedUpdates.begin(), report.machine.installedUpdates.end(),
                          kb) == report.machine.installedUpdates.end())
                report.missingUpdates.push_back(kb);
    } else if (report.prerequisites && !report.esuSkusPresent()) {
        report.missingUpdates = report.prerequisites->updates;
    }

    auto e = makeEvent(Step::Prerequisites, report.esuSkusPresent() ? Outcome::Succeeded : Outcome::Failed);
    if (!report.esuSkusPresent())
        e.detail = "no ESU SKU present";
    publish(e);
    if (m_current == Step::Prerequisites)
        m_current = Step::Program;
    return report;
}

std::optional<catalog::CatalogEntry> ActivationSession::suggestedProgram()
{
    ensureMachine();
    if (!m_machine)
        return std::nullopt;
    auto skus = m_licensing.esuSkus();
    std::vector<ids::ActivationId> licensed;
    if (skus)
        for (const auto& s : skus.value())
            if (s.status == licensing::LicenseStatus::Licensed)
                licensed.push_back(s.activationId);
    return m_catalog.suggestNext(m_machine->os, licensed);
}

void ActivationSession::chooseProgram(const ids::ActivationId& activationId,
                                      const catalog::CatalogEntry* entry)
{
    ensureMachine();
    if (m_activationId && *m_activationId == activationId && m_current > Step::Program)
        return; // same choice again: keep what was typed after it
    invalidateFrom(Step::Program);
    m_activationId = activationId;
    const auto* known = entry ? entry : m_catalog.findById(activationId);
    m_catalogKey = known ? known->key : std::string{};
    publish(makeEvent(Step::Program, Outcome::Succeeded));
    m_current = Step::ProductKey;
}

Result<licensing::KeyInstallResult, SessionError>
ActivationSession::installProductKey(const ids::ProductKey& key)
{
    ensureMachine();
    invalidateFrom(Step::ProductKey);
    auto installed = m_licensing.installProductKey(key, m_activationId);
    if (!installed)
        return fail(licensingFailure(Step::ProductKey, installed.error()));
    if (!m_activationId || !(*m_activationId == installed->activationId)) {
        m_activationId = installed->activationId;
        const auto* known = m_catalog.findById(installed->activationId);
        m_catalogKey = known ? known->key : std::string{};
    }
    m_key = installed.value();
    publish(makeEvent(Step::ProductKey, Outcome::Succeeded));
    m_current = Step::InstallationId;
    return installed.value();
}

Result<licensing::KeyInstallResult, SessionError> ActivationSession::useInstalledKey()
{
    ensureMachine();
    if (!m_activationId)
        return fail(outOfOrder(Step::Program));
    auto skus = m_licensing.esuSkus();
    if (!skus)
        return fail(licensingFailure(Step::ProductKey, skus.error()));
    for (const auto& s : skus.value()) {
        if (s.activationId == *m_activationId) {
            if (s.partialKey.empty())
                return fail(licensingFailure(Step::ProductKey,
                                             licensing::slError(licensing::SlError::PkeyNotInstalled)));
            m_key = licensing::KeyInstallResult{s.activationId, s.partialKey, s.extendedPid};
            m_current = Step::InstallationId;
            return *m_key;
        }
    }
    return fail(
        licensingFailure(Step::ProductKey, licensing::slError(licensing::SlError::MismatchedProductSku,
                                                              m_activationId->canonical())));
}

Result<ids::InstallationId, SessionError> ActivationSession::generateInstallationId()
{
    if (!m_activationId)
        return fail(outOfOrder(Step::Program));
    invalidateFrom(Step::InstallationId);
    auto iid = m_licensing.generateInstallationId(*m_activationId);
    if (!iid)
        return fail(licensingFailure(Step::InstallationId, iid.error()));
    m_iid = iid.value();
    publish(makeEvent(Step::InstallationId, Outcome::Succeeded));
    m_current = Step::ConfirmationId;
    return iid.value();
}

Result<ids::ConfirmationId, SessionError> ActivationSession::enterConfirmationId(const ids::ConfirmationId& cid)
{
    if (!m_iid)
        return fail(outOfOrder(Step::InstallationId));
    invalidateFrom(Step::ConfirmationId);
    m_cid = cid;
    publish(makeEvent(Step::ConfirmationId, Outcome::Succeeded));
    m_current = Step::Deposit;
    return cid;
}

Result<ids::ConfirmationId, SessionError>
ActivationSession::enterConfirmationIdDespiteCheck(const ids::ConfirmationId& cid)
{
    if (!m_iid)
        return fail(outOfOrder(Step::ConfirmationId));
    auto checked = ids::ConfirmationId::parseAscii(cid.digits());
    if (checked || checked.error().kind != ids::IdErrorKind::CheckDigit)
        return enterConfirmationId(cid);
    invalidateFrom(Step::ConfirmationId);
    m_cid = cid;
    auto e = makeEvent(Step::ConfirmationId, Outcome::Succeeded);
    e.detail = "group check overridden by the operator:";
    for (int group : checked.error().badGroups)
        e.detail += " " + ids::groupLabel(ids::IdType::ConfirmationId, group);
    publish(e);
    m_current = Step::Deposit;
    return cid;
}

Result<void, SessionError> ActivationSession::deposit()
{
    if (!m_cid)
        return fail(outOfOrder(Step::ConfirmationId));
    auto done = m_licensing.depositConfirmationId(*m_activationId, *m_iid, m_cid->digits());
    if (!done)
        return fail(licensingFailure(Step::Deposit, done.error()));
    m_deposited = true;
    publish(makeEvent(Step::Deposit, Outcome::Succeeded));
    m_current = Step::Verify;
    return {};
}

Result<licensing::LicenseStatus, SessionError> ActivationSession::verify()
{
    if (!m_activationId)
        return fail(outOfOrder(Step::Program));
    auto status = m_licensing.licenseStatus(*m_activationId);
    if (!status)
        return fail(licensingFailure(Step::Verify, status.error()));
    m_status = status.value();
    const bool licensed = status.value() == licensing::LicenseStatus::Licensed;
    publish(makeEvent(Step::Verify, licensed ? Outcome::Succeeded : Outcome::Failed));
    return status.value();
}

void ActivationSession::invalidateFrom(Step step)
{
    if (step <= Step::Program) {
        m_activationId.reset();
        m_catalogKey.clear();
    }
    if (step <= Step::ProductKey)
        m_key.reset();
    if (step <= Step::InstallationId)
        m_iid.reset();
    if (step <= Step::ConfirmationId)
        m_cid.reset();
    if (step <= Step::Deposit) {
        m_deposited = false;
        m_status.reset();
    }
    if (m_current > step)
        m_current = step;
}

} // namespace actdesk::workflow
