// SPDX-License-Identifier: MIT
#pragma once

// The port between the activation workflow and a licensing service. Plain C++20: no Qt,
// no Boost, so the Windows backend (slc.dll) can be cross-compiled with mingw-w64.

#include "common/OsFamily.h"
#include "common/Result.h"
#include "ids/ActivationId.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "ids/ProductKey.h"
#include "licensing/LicensingError.h"

#include <optional>
#include <string>
#include <vector>

namespace actdesk::licensing {

// SL_LICENSING_STATUS values (not WMI's 0..6 LicenseStatus).
enum class LicenseStatus
{
    Unlicensed = 0,
    Licensed = 1,
    InGracePeriod = 2,
    Notification = 3,
    Unknown = 4,
};

struct MachineInfo
{
    std::string name;       // computer name
    std::string stableId;   // survives renames (Windows: MachineGuid); identifies the machine in files
    OsFamily os = OsFamily::Unknown;
    std::string osDisplay;  // as the OS names itself ("Windows 7 Professional SP1")
    std::vector<std::string> installedUpdates; // "KB4490628", ... when known
};

// One ESU add-on SKU present on the machine under the Windows application ID.
struct SkuState
{
    ids::ActivationId activationId;
    std::string name;        // SKU name as the licensing service reports it
    std::string description;
    LicenseStatus status = LicenseStatus::Unlicensed;
    std::string partialKey;  // empty when no key is installed for this SKU
    std::string extendedPid; // empty when no key is installed
};

struct KeyInstallResult
{
    ids::ActivationId activationId; // the SKU the key was installed for
    std::string partialKey;         // last five characters only
    std::string extendedPid;
};

class Licensing
{
public:
    virtual ~Licensing() = default;

    // True for the training/test double. Every UI that shows results must say "Simulation".
    virtual bool isSimulation() const = 0;

    virtual Result<MachineInfo, LicensingError> machine() = 0;

    // Whether this process may install product keys. Windows lets only an administrator
    // (an elevated process) do it and answers 0xC004F025 otherwise, so the wizard says so
    // before anything is typed or tried. The simulator always may.
    virtual bool mayInstallProductKeys() const { return true; }

    // The ESU SKUs present under the Windows application ID, with their licence status.
    // Empty when the ESU licensing preparation packages are not installed.
    virtual Result<std::vector<SkuState>, LicensingError> esuSkus() = 0;

    // Installs a product key (slmgr /ipk). Windows decides from the key which SKU it belongs
    // to; `intended` is the SKU the user chose, used to check that decision (and by the
    // simulator, which cannot read Microsoft's key encoding, to pick the SKU).
    virtual Result<KeyInstallResult, LicensingError> installProductKey(
        const ids::ProductKey& key, const std::optional<ids::ActivationId>& intended) = 0;

    // slmgr /dti: the installation ID for one SKU. Fails with PkeyNotInstalled without a key.
    virtual Result<ids::InstallationId, LicensingError> generateInstallationId(
        const ids::ActivationId& sku) = 0;

    // slmgr /atp: deposits a CID (digits only) for the IID that was generated for this SKU.
    // The CID is passed as text, exactly as Windows takes it, because the licensing service
    // validates it itself (0xC004F04D, 0xC004F02F, 0xC004F031). The workflow checks every
    // group before it gets here, so users see the failing group's letter first.
    virtual Result<void, LicensingError> depositConfirmationId(const ids::ActivationId& sku,
                                                               const ids::InstallationId& iid,
                                                               const std::string& confirmationDigits) = 0;

    // Re-reads the licence status of one SKU (slmgr /dlv <id>).
    virtual Result<LicenseStatus, LicensingError> licenseStatus(const ids::ActivationId& sku) = 0;
};

} // namespace actdesk::licensing
