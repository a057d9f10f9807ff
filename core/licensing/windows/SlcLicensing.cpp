// SPDX-License-Identifier: MIT
//
// SlcLicensing: the Licensing port over slc.dll.
//
// Why the SL API and not WMI for the key install (slmgr /ipk uses WMI's
// SoftwareLicensingService.InstallProductKey):
//  - every other step (IID, deposit, status) is an SL call on the same HSLC; WMI would add
//    COM initialisation, security blankets and a second code path for one call;
//  - the SL route is the one the tests can drive under Wine: Wine's WMI has no
//    SoftwareLicensingService at all, so a WMI install could only ever be tested by hand;
//  - the open question of the SL route is the key-algorithm URI. Every ESU MAK is a key of
//    the 2009 encoding (the one Windows 7 introduced and Windows 8-11 still use, with the 'N'
//    letter), so we pass SL_PKEY_MS2009 ("msft:rm/algorithm/pkey/2009"). That is not yet
//    confirmed on a real Windows 7 / Server 2008 R2: docs/windows-verification.md has the
//    check (and the slmgr /ipk fallback a technician can use if it fails).
// WMI also runs RefreshLicenseStatus after each change; the SL API has no public equivalent,
// and whether SLGetLicensingStatusInformation reflects a deposit at once is another item on
// the verification checklist.
//
// Rules kept throughout:
//  - slc.dll is loaded from System32 only, and every function is resolved with
//    GetProcAddress, so a missing export is a BackendUnavailable error naming it;
//  - every buffer slc.dll returns is released with LocalFree (SLFreeMemory is LocalFree),
//    through LocalBuffer so no early return can leak one;
//  - the full product key exists only for the SLInstallProofOfPurchase call and is wiped
//    right after; errors and details carry the partial key at most.

#include "licensing/windows/SlcLicensing.h"

#include "catalog/Catalog.h"
#include "licensing/windows/SlApi.h"
#include "licensing/windows/SlcSupport.h"
#include "licensing/windows/WindowsProcess.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>

namespace actdesk::licensing {

using platform::narrow;
using platform::widen;
using slc::fromGuid;
using slc::LocalBuffer;
using slc::sameGuid;
using slc::secureWipe;
using slc::toGuid;

namespace {

LicenseStatus fromSlStatus(sl::SlLicensingStatus s)
{
    switch (s) {
    case sl::SL_LICENSING_STATUS_UNLICENSED:
        return LicenseStatus::Unlicensed;
    case sl::SL_LICENSING_STATUS_LICENSED:
        return LicenseStatus::Licensed;
    case sl::SL_LICENSING_STATUS_IN_GRACE_PERIOD:
        return LicenseStatus::InGracePeriod;
    case sl::SL_LICENSING_STATUS_NOTIFICATION:
        return LicenseStatus::Notification;
    case sl::SL_LICENSING_STATUS_LAST:
        break;
    }
    return LicenseStatus::Unknown;
}

std::wstring systemDirectory()
{
    std::wstring dir(MAX_PATH, L'\0');
    const UINT n = GetSystemDirectoryW(dir.data(), static_cast<UINT>(dir.size()));
    if (n == 0 || n >= dir.size())
        return {};
    dir.resize(n);
    return dir;
}

std::wstring moduleFileName(HMODULE module)
{
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(module, path.data(), static_cast<DWORD>(path.size()));
        if (n == 0)
            return {};
        if (n < path.size()) {
            path.resize(n);
            return path;
        }
        path.resize(path.size() * 2);
    }
}

// Wine's own slc.dll exports every SL name, but all except SLOpen, SLClose and
// SLGetLicensingStatusInformation are stubs that abort the process when called. Wine marks
// its built-in PE modules with this string right after the DOS header.
bool isWineBuiltin(HMODULE module)
{
    static constexpr char kMarker[] = "Wine builtin DLL";
    return std::memcmp(reinterpret_cast<const char*>(module) + 0x40, kMarker, sizeof kMarker - 1) == 0;
}

} // namespace

LicensingError licensingErrorFromHresult(std::uint32_t hresult, const std::string& function)
{
    std::string detail = function;
    if (hresult == static_cast<std::uint32_t>(SlError::AccessDenied) ||
        hresult == static_cast<std::uint32_t>(SlError::LuaAccessDenied))
        detail += ": needs an elevated (administrator) process";
    else if (!isKnownSlError(hresult))
        detail += " returned " + formatHresult(hresult);
    return LicensingError{hresult, std::move(detail)};
}

struct SlcLicensing::Impl
{
    HMODULE module = nullptr;
    sl::Hslc handle = nullptr;
    std::vector<ids::ActivationId> esuIds;
    bool mayInstallProductKeys = true; // read once at open: a process's elevation never changes

    sl::SLOpenFn slOpen = nullptr;
    sl::SLCloseFn slClose = nullptr;
    sl::SLGetSLIDListFn slGetSlidList = nullptr;
    sl::SLGetProductSkuInformationFn slGetProductSkuInformation = nullptr;
    sl::SLGetLicensingStatusInformationFn slGetLicensingStatusInformation = nullptr;
    sl::SLInstallProofOfPurchaseFn slInstallProofOfPurchase = nullptr;
    sl::SLGetPKeyInformationFn slGetPKeyInformation = nullptr;
    sl::SLGenerateOfflineInstallationIdFn slGenerateOfflineInstallationId = nullptr;
    sl::SLDepositOfflineConfirmationIdFn slDepositOfflineConfirmationId = nullptr;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl()
    {
        if (handle && slClose)
            slClose(handle);
        if (module)
            FreeLibrary(module);
    }

    template <typename Fn>
    bool resolve(const char* name, Fn& out)
    {
        out = reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(GetProcAddress(module, name)));
        return out != nullptr;
    }

    // The ESU SKUs of esuIds that Windows lists under its application ID, in esuIds order.
    Result<std::vector<ids::ActivationId>, LicensingError> presentEsuSkus()
    {
        UINT count = 0;
        LocalBuffer<sl::Slid> list;
        const HRESULT hr = slGetSlidList(handle, sl::SL_ID_APPLICATION, &sl::kWindowsAppId,
                                         sl::SL_ID_PRODUCT_SKU, &count, list.out());
        std::vector<ids::ActivationId> present;
        // "Nothing found" is reported either way: S_OK with 0 or SL_E_VALUE_NOT_FOUND.
        if (hr == sl::kSlEValueNotFound)
            return present;
        if (FAILED(hr))
            return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLGetSLIDList"));
        std::set<ids::ActivationId> listed;
        for (UINT i = 0; i < count && list.get(); ++i)
            listed.insert(fromGuid(list.get()[i]));
        for (const auto& id : esuIds)
            if (listed.count(id))
                present.push_back(id);
        return present;
    }

    // The product key installed for a SKU, if any.
    Result<std::optional<GUID>, LicensingError> installedPkey(const GUID& sku)
    {
        UINT count = 0;
        LocalBuffer<sl::Slid> list;
        const HRESULT hr =
            slGetSlidList(handle, sl::SL_ID_PRODUCT_SKU, &sku, sl::SL_ID_PKEY, &count, list.out());
        if (hr == sl::kSlEValueNotFound)
            return std::optional<GUID>{};
        if (FAILED(hr))
            return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLGetSLIDList"));
        if (count == 0 || !list.get())
            return std::optional<GUID>{};
        return std::optional<GUID>{list.get()[0]};
    }

    Result<std::string, LicensingError> skuText(const GUID& sku, const wchar_t* valueName)
    {
        sl::SlDataType type = sl::SL_DATA_NONE;
        UINT bytes = 0;
        LocalBuffer<BYTE> value;
        const HRESULT hr = slGetProductSkuInformation(handle, &sku, valueName, &type, &bytes, value.out());
        if (hr == sl::kSlEValueNotFound)
            return std::string{};
        if (FAILED(hr))
            return fail(
                licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLGetProductSkuInformation"));
        if (type != sl::SL_DATA_SZ)
            return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(sl::kSlEDatatypeMismatched),
                                                  "SLGetProductSkuInformation(" + narrow(valueName) + ")"));
        return platform::stringValue(value.get(), bytes);
    }

    Result<std::string, LicensingError> partialKey(const GUID& pkey)
    {
        sl::SlDataType type = sl::SL_DATA_NONE;
        UINT bytes = 0;
        LocalBuffer<BYTE> value;
        const HRESULT hr =
            slGetPKeyInformation(handle, &pkey, sl::kInfoPartialProductKey, &type, &bytes, value.out());
        if (FAILED(hr))
            return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLGetPKeyInformation"));
        if (type != sl::SL_DATA_SZ)
            return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(sl::kSlEDatatypeMismatched),
                                                  "SLGetPKeyInformation(PartialProductKey)"));
        auto partial = platform::stringValue(value.get(), bytes);
        // Windows shows the last five characters; never accept more from anywhere.
        if (partial.size() > 5)
            partial = partial.substr(partial.size() - 5);
        return partial;
    }

    // The extended PID ("55041-00206-234-175268-03-1033-7601.0000-1652019", slmgr /dlv's
    // "Extended PID"). DigitalPID2 is either that text or a DigitalProductId4 structure whose
    // first string it is. Unavailable is not an error: the PID is informative only.
    std::string extendedPid(const GUID& pkey)
    {
        sl::SlDataType type = sl::SL_DATA_NONE;
        UINT bytes = 0;
        LocalBuffer<BYTE> value;
        const HRESULT hr =
            slGetPKeyInformation(handle, &pkey, sl::kInfoDigitalPid2, &type, &bytes, value.out());
        if (FAILED(hr) || !value.get())
            return {};
        value.wipeOnFree(bytes); // DigitalProductId4 also carries the encoded key
        if (type == sl::SL_DATA_SZ)
            return platform::stringValue(value.get(), bytes);
        if (type == sl::SL_DATA_BINARY && bytes >= sizeof(sl::DigitalProductId4Prefix)) {
            sl::DigitalProductId4Prefix prefix{};
            std::memcpy(&prefix, value.get(), sizeof prefix);
            const auto pid = std::wstring(prefix.szAdvancedPid, std::size(prefix.szAdvancedPid));
            return narrow(pid.substr(0, pid.find(L'\0')));
        }
        return {};
    }

    Result<LicenseStatus, LicensingError> status(const GUID& sku)
    {
        UINT count = 0;
        LocalBuffer<sl::SlLicensingStatusInfo> entries;
        const HRESULT hr =
            slGetLicensingStatusInformation(handle, &sl::kWindowsAppId, &sku, nullptr, &count, entries.out());
        if (FAILED(hr))
            return fail(
                licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLGetLicensingStatusInformation"));
        for (UINT i = 0; i < count && entries.get(); ++i)
            if (sameGuid(entries.get()[i].SkuId, sku))
                return fromSlStatus(entries.get()[i].eStatus);
        // No entry for this SKU: it is not on this machine (the simulator's answer too).
        return fail(slError(SlError::MismatchedProductSku,
                            "SLGetLicensingStatusInformation: no status for " + fromGuid(sku).canonical()));
    }
};

SlcLicensing::SlcLicensing(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

SlcLicensing::~SlcLicensing() = default;

Result<std::unique_ptr<SlcLicensing>, LicensingError> SlcLicensing::open(const SlcOptions& options)
{
    const std::string& dllName = options.systemDllName;
    if (dllName.empty() || dllName.find_first_of("/\\:") != std::string::npos)
        return fail(slError(SlError::BackendUnavailable, "not a System32 DLL name: " + dllName));

    auto impl = std::make_unique<Impl>();
    const std::wstring wideName = widen(dllName);
    DWORD loadError = 0;
    if (options.loader == SlcOptions::Loader::Auto) {
        impl->module = LoadLibraryExW(wideName.c_str(), nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        loadError = GetLastError();
    }
    // The flag is unknown to Windows 7 / Server 2008 R2 without KB2533623 (ERROR_INVALID_PARAMETER).
    // The full System32 path is just as safe: no search happens at all.
    if (!impl->module &&
        (options.loader == SlcOptions::Loader::FullSystem32Path || loadError == ERROR_INVALID_PARAMETER)) {
        const std::wstring dir = systemDirectory();
        if (!dir.empty()) {
            const std::wstring full = dir + L"\\" + wideName;
            impl->module = LoadLibraryExW(full.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
            loadError = GetLastError();
        }
    }
    if (!impl->module)
        return fail(slError(SlError::BackendUnavailable, dllName +
                                                             " could not be loaded from System32 (error " +
                                                             std::to_string(loadError) + ")"));

    if (platform::wineVersion() && isWineBuiltin(impl->module))
        return fail(slError(SlError::BackendUnavailable,
                            "Wine's built-in " + dllName +
                                " implements only SLOpen/SLClose; its other functions abort the process"));

    struct Needed
    {
        const char* name;
        bool found;
    };
    const Needed needed[] = {
        {"SLOpen", impl->resolve("SLOpen", impl->slOpen)},
        {"SLClose", impl->resolve("SLClose", impl->slClose)},
        {"SLGetSLIDList", impl->resolve("SLGetSLIDList", impl->slGetSlidList)},
        {"SLGetProductSkuInformation",
         impl->resolve("SLGetProductSkuInformation", impl->slGetProductSkuInformation)},
        {"SLGetLicensingStatusInformation",
         impl->resolve("SLGetLicensingStatusInformation", impl->slGetLicensingStatusInformation)},
        {"SLInstallProofOfPurchase",
         impl->resolve("SLInstallProofOfPurchase", impl->slInstallProofOfPurchase)},
        {"SLGetPKeyInformation", impl->resolve("SLGetPKeyInformation", impl->slGetPKeyInformation)},
        {"SLGenerateOfflineInstallationId",
         impl->resolve("SLGenerateOfflineInstallationId", impl->slGenerateOfflineInstallationId)},
        {"SLDepositOfflineConfirmationId",
         impl->resolve("SLDepositOfflineConfirmationId", impl->slDepositOfflineConfirmationId)},
    };
    std::string missing;
    for (const auto& n : needed)
        if (!n.found)
            missing += (missing.empty() ? "" : ", ") + std::string(n.name);
    if (!missing.empty())
        return fail(slError(SlError::BackendUnavailable, dllName + " has no " + missing));

    const HRESULT hr = impl->slOpen(&impl->handle);
    if (FAILED(hr)) {
        impl->handle = nullptr;
        return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLOpen"));
    }

    impl->esuIds = options.esuActivationIds;
    impl->mayInstallProductKeys = options.processIsElevated
                                      ? options.processIsElevated()
                                      : platform::currentElevation() != platform::Elevation::NotElevated;
    if (impl->esuIds.empty()) {
        const auto builtIn = catalog::Catalog::builtIn(); // named: a range-for would not extend its life
        for (const auto& entry : builtIn.entries())
            impl->esuIds.push_back(entry.activationId);
    }
    return std::unique_ptr<SlcLicensing>(new SlcLicensing(std::move(impl)));
}

std::string SlcLicensing::loadedFrom() const
{
    return narrow(moduleFileName(m_impl->module));
}

bool SlcLicensing::mayInstallProductKeys() const
{
    return m_impl->mayInstallProductKeys;
}

Result<MachineInfo, LicensingError> SlcLicensing::machine()
{
    return readWindowsMachine();
}

Result<std::vector<SkuState>, LicensingError> SlcLicensing::esuSkus()
{
    auto present = m_impl->presentEsuSkus();
    if (!present)
        return fail(present.error());
    std::vector<SkuState> out;
    for (const auto& id : present.value()) {
        const GUID sku = toGuid(id);
        SkuState state;
        state.activationId = id;
        auto name = m_impl->skuText(sku, sl::kInfoName);
        if (!name)
            return fail(name.error());
        state.name = name.value();
        auto description = m_impl->skuText(sku, sl::kInfoDescription);
        if (!description)
            return fail(description.error());
        state.description = description.value();
        auto status = m_impl->status(sku);
        if (!status)
            return fail(status.error());
        state.status = status.value();
        auto pkey = m_impl->installedPkey(sku);
        if (!pkey)
            return fail(pkey.error());
        if (pkey.value()) {
            auto partial = m_impl->partialKey(*pkey.value());
            if (!partial)
                return fail(partial.error());
            state.partialKey = partial.value();
            state.extendedPid = m_impl->extendedPid(*pkey.value());
        }
        out.push_back(std::move(state));
    }
    return out;
}

Result<KeyInstallResult, LicensingError>
SlcLicensing::installProductKey(const ids::ProductKey& key, const std::optional<ids::ActivationId>& intended)
{
    GUID pkeyId{};
    HRESULT hr = S_OK;
    {
        std::string full = key.revealForInstall();
        std::wstring wide = widen(full);
        secureWipe(full);
        hr = m_impl->slInstallProofOfPurchase(m_impl->handle, sl::kPkeyAlgorithm2009, wide.c_str(), 0,
                                              nullptr, &pkeyId);
        secureWipe(wide);
    }
    if (FAILED(hr))
        return fail(licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLInstallProofOfPurchase"));

    // Windows chose the SKU from the key. Find it among the ESU SKUs, the intended one first.
    auto present = m_impl->presentEsuSkus();
    if (!present)
        return fail(present.error());
    std::vector<ids::ActivationId> order = present.value();
    if (intended) {
        auto it = std::find(order.begin(), order.end(), *intended);
        if (it != order.end())
            std::rotate(order.begin(), it, it + 1);
    }
    for (const auto& id : order) {
        auto pkey = m_impl->installedPkey(toGuid(id));
        if (!pkey)
            return fail(pkey.error());
        if (!pkey.value() || !sameGuid(*pkey.value(), pkeyId))
            continue;
        KeyInstallResult result;
        result.activationId = id;
        auto partial = m_impl->partialKey(pkeyId);
        result.partialKey = partial ? partial.value() : key.partial();
        result.extendedPid = m_impl->extendedPid(pkeyId);
        return result;
    }
    // Installed, but not for an ESU add-on: most likely an edition key (which has now replaced
    // the edition's own key). Say so loudly; the partial key identifies it.
    return fail(slError(SlError::MismatchedProductSku, "SLInstallProofOfPurchase installed key " +
                                                           key.masked() +
                                                           " for a SKU that is not an ESU add-on"));
}

Result<ids::InstallationId, LicensingError> SlcLicensing::generateInstallationId(const ids::ActivationId& sku)
{
    const GUID id = toGuid(sku);
    LocalBuffer<wchar_t> text;
    const HRESULT hr = m_impl->slGenerateOfflineInstallationId(m_impl->handle, &id, text.out());
    if (FAILED(hr))
        return fail(
            licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLGenerateOfflineInstallationId"));
    if (!text.get())
        return fail(slError(SlError::BackendUnavailable, "SLGenerateOfflineInstallationId returned no text"));
    const std::string digits = narrow(text.get());
    auto iid = ids::InstallationId::parseAscii(digits);
    if (!iid)
        return fail(slError(SlError::BackendUnavailable,
                            "SLGenerateOfflineInstallationId returned an installation ID of " +
                                std::to_string(digits.size()) + " characters that this version cannot read"));
    return iid.value();
}

Result<void, LicensingError> SlcLicensing::depositConfirmationId(const ids::ActivationId& sku,
                                                                 const ids::InstallationId& iid,
                                                                 const std::string& confirmationDigits)
{
    const GUID id = toGuid(sku);
    const std::wstring iidText = widen(iid.digits());
    const std::wstring cidText = widen(confirmationDigits);
    const HRESULT hr =
        m_impl->slDepositOfflineConfirmationId(m_impl->handle, &id, iidText.c_str(), cidText.c_str());
    if (FAILED(hr))
        return fail(
            licensingErrorFromHresult(static_cast<std::uint32_t>(hr), "SLDepositOfflineConfirmationId"));
    return {};
}

Result<LicenseStatus, LicensingError> SlcLicensing::licenseStatus(const ids::ActivationId& sku)
{
    return m_impl->status(toGuid(sku));
}

} // namespace actdesk::licensing
