// SPDX-License-Identifier: MIT
#pragma once

// The Windows licensing backend: the Licensing port over the Software Licensing Client API
// in slc.dll (what slmgr does, without WMI). Plain C++20: no Windows header, no Qt, no Boost
// here, so the composition root and the tests include it like any other port.

#include "licensing/Licensing.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace actdesk::licensing {

struct SlcOptions
{
    // The activation IDs that count as ESU SKUs. Windows lists dozens of SKUs under its
    // application ID (every edition); only these are reported by esuSkus(). Empty means the
    // IDs of the built-in catalog. The app passes the catalog it loaded, overrides included.
    std::vector<ids::ActivationId> esuActivationIds;

    // The DLL to load from System32. Always "slc.dll" in the app; the tests also load a
    // stand-in without one export to check the "missing function" path. Never a path.
    std::string systemDllName = "slc.dll";

    // How slc.dll is located. Auto uses LoadLibraryExW(LOAD_LIBRARY_SEARCH_SYSTEM32) and falls
    // back to the full System32 path where that flag is unsupported (Windows 7 without
    // KB2533623). FullSystem32Path forces the fallback, so the tests can cover it.
    enum class Loader
    {
        Auto,
        FullSystem32Path,
    } loader = Loader::Auto;

    // Whether this process runs elevated (may install keys), asked once by open(). Unset: the
    // process token's TokenElevation (platform::currentElevation; Unknown counts as "may", and
    // Windows has the last word). Tests under Wine, where every process is elevated, set it.
    std::function<bool()> processIsElevated;
};

class SlcLicensing final : public Licensing
{
  public:
    // Loads slc.dll from System32, resolves every function it needs and opens a session
    // (SLOpen). Fails with BackendUnavailable naming the DLL or the missing function, or
    // refusing Wine's built-in slc.dll, whose functions abort the process when called.
    static Result<std::unique_ptr<SlcLicensing>, LicensingError> open(const SlcOptions& options = {});

    ~SlcLicensing() override; // SLClose, FreeLibrary
    SlcLicensing(const SlcLicensing&) = delete;
    SlcLicensing& operator=(const SlcLicensing&) = delete;

    bool isSimulation() const override { return false; }
    Result<MachineInfo, LicensingError> machine() override;
    bool mayInstallProductKeys() const override;
    Result<std::vector<SkuState>, LicensingError> esuSkus() override;
    Result<KeyInstallResult, LicensingError>
    installProductKey(const ids::ProductKey& key, const std::optional<ids::ActivationId>& intended) override;
    Result<ids::InstallationId, LicensingError> generateInstallationId(const ids::ActivationId& sku) override;
    Result<void, LicensingError> depositConfirmationId(const ids::ActivationId& sku,
                                                       const ids::InstallationId& iid,
                                                       const std::string& confirmationDigits) override;
    Result<LicenseStatus, LicensingError> licenseStatus(const ids::ActivationId& sku) override;

    // Where slc.dll was loaded from (for the status screen and the verification checklist).
    std::string loadedFrom() const;

  private:
    struct Impl; // slc.dll handles and function pointers; defined in the .cpp
    explicit SlcLicensing(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// An HRESULT from slc.dll as a LicensingError: the code is kept as it is (the SlError values
// ARE the HRESULTs), so known codes compare equal to SlError values and unknown ones still
// reach the user and the journal. `function` names the call that failed.
LicensingError licensingErrorFromHresult(std::uint32_t hresult, const std::string& function);

// This machine as Windows describes it (name, MachineGuid, OS family from RtlGetVersion, the
// installed servicing packages). Needs no slc.dll; SlcLicensing::machine() returns the same.
MachineInfo readWindowsMachine();

// The OS family of a Windows version (RtlGetVersion numbers). `server` is true for any
// product type other than workstation. Unknown for versions outside the ESU programs.
OsFamily osFamilyForWindowsVersion(unsigned major, unsigned minor, unsigned build, bool server);

} // namespace actdesk::licensing
