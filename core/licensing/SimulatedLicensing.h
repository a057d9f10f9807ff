// SPDX-License-Identifier: MIT
#pragma once

#include "common/Clock.h"
#include "licensing/Licensing.h"
#include "licensing/SimulatedMachine.h"

#include <filesystem>
#include <memory>

namespace actdesk::licensing {

// One simulated Windows machine, persisted in a state directory: a faithful training and
// test double of the Software Licensing service for the ESU add-ons.
//  - IIDs are deterministic for (machine, installed key, activation ID), carry valid check
//    digits and change when another key is installed;
//  - it accepts only the CID SimulatedActivationCentre computes for that exact IID;
//  - it fails with the codes Windows uses (see LicensingError.h).
// It accepts any well-formed product key: it cannot know Microsoft's key checksums.
class SimulatedLicensing final : public Licensing
{
public:
    // Creates (or replaces) the machine in `stateDir`.
    static Result<std::unique_ptr<SimulatedLicensing>, LicensingError> init(
        const std::filesystem::path& stateDir, const SimulatedMachineOptions& options,
        const std::vector<SimulatedSkuDefinition>& esuSkus, const Clock& clock);
    // Opens the machine previously created in `stateDir`.
    static Result<std::unique_ptr<SimulatedLicensing>, LicensingError> open(
        const std::filesystem::path& stateDir, const Clock& clock);

    bool isSimulation() const override { return true; }
    Result<MachineInfo, LicensingError> machine() override;
    Result<std::vector<SkuState>, LicensingError> esuSkus() override;
    Result<KeyInstallResult, LicensingError> installProductKey(
        const ids::ProductKey& key, const std::optional<ids::ActivationId>& intended) override;
    Result<ids::InstallationId, LicensingError> generateInstallationId(const ids::ActivationId& sku) override;
    Result<void, LicensingError> depositConfirmationId(const ids::ActivationId& sku,
                                                       const ids::InstallationId& iid,
                                                       const std::string& confirmationDigits) override;
    Result<LicenseStatus, LicensingError> licenseStatus(const ids::ActivationId& sku) override;

    const SimulatedMachineState& state() const { return m_state; }

private:
    SimulatedLicensing(std::filesystem::path dir, SimulatedMachineState state, const Clock& clock);
    SimulatedMachineState::Sku* findSku(const ids::ActivationId& id);
    ids::InstallationId iidFor(const SimulatedMachineState::Sku& sku) const;
    std::string extendedPidFor(const std::string& fingerprint) const;
    Result<void, LicensingError> persist();

    std::filesystem::path m_dir;
    SimulatedMachineState m_state;
    const Clock& m_clock;
};

} // namespace actdesk::licensing
