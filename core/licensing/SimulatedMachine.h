// SPDX-License-Identifier: MIT
#pragma once

#include "common/OsFamily.h"
#include "common/Result.h"
#include "licensing/Licensing.h"

#include <filesystem>
#include <string>
#include <vector>

namespace actdesk::licensing {

// What `actdesk simulate init` chooses.
struct SimulatedMachineOptions
{
    std::string name = "SIM-WIN7-01";
    OsFamily os = OsFamily::Windows7;
    bool prerequisitesInstalled = true;
    int iidGroupLength = 0; // 6 or 7; 0 = the OS's default (6 for Windows 7/2008 era, 7 later)
    std::vector<std::string> installedUpdates; // the KBs "installed" (shown as prerequisites)
};

// One ESU SKU the simulated machine carries (taken from the catalog at init time).
struct SimulatedSkuDefinition
{
    ids::ActivationId activationId;
    std::string name;
    std::string description;
};

// The persisted state of one simulated Windows machine. Never holds a full product key:
// only the partial key and a salted fingerprint (so the IID changes when the key does).
struct SimulatedMachineState
{
    struct Sku
    {
        SimulatedSkuDefinition definition;
        LicenseStatus status = LicenseStatus::Unlicensed;
        std::string partialKey;
        std::string keyFingerprint; // hex
        std::string extendedPid;
    };
    std::string name;
    std::string stableId;
    OsFamily os = OsFamily::Windows7;
    bool prerequisitesInstalled = true;
    int iidGroupLength = 7;
    std::vector<std::string> installedUpdates;
    std::vector<Sku> skus;
};

// Reads and writes the state file (`machine.txt` in the state directory). Text, versioned,
// written to a temporary file and renamed so a crash never leaves half a machine.
namespace simulated_store {
constexpr int kFormatVersion = 1;
std::filesystem::path stateFile(const std::filesystem::path& stateDir);
Result<SimulatedMachineState, LicensingError> load(const std::filesystem::path& stateDir);
Result<void, LicensingError> save(const std::filesystem::path& stateDir, const SimulatedMachineState& state);
} // namespace simulated_store

} // namespace actdesk::licensing
