// SPDX-License-Identifier: MIT
//
// Stand-in slc.dll for the Wine tests (see FakeSlcControl.h for what it is and how to steer it).
//
// It checks its inputs the way the SL API documents (E_INVALIDARG for a bad handle or a missing
// out-pointer, SL_E_NOT_SUPPORTED for an ID combination it does not serve), hands every result
// out in LocalAlloc'd memory the caller must LocalFree, and counts those buffers. GUIDs are
// converted here with ole32 (StringFromGUID2 / CLSIDFromString), not with the backend's code,
// so a marshalling mistake in SlcLicensing cannot cancel itself out.
//
// Exports are listed in slc.def / slcmiss.def (no dllexport here, so the .def decides).

#include "FakeSlcControl.h"
#include "common/Clock.h"
#include "ids/ProductKey.h"
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/SimulatedLicensing.h"

// SlApi.h brings <windows.h>, which <objbase.h> needs first.
// clang-format off
#include "licensing/windows/SlApi.h"
#include <objbase.h>
// clang-format on

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace actdesk;
using namespace actdesk::licensing;
namespace sl = actdesk::licensing::sl;

namespace {

// Codes the stand-in answers with itself (values from the SDK's slerror.h / winerror.h).
constexpr HRESULT kSlEValueNotFound = static_cast<HRESULT>(0xC004F012L);
constexpr HRESULT kSlEPkeyNotInstalled = static_cast<HRESULT>(0xC004F014L);
constexpr HRESULT kSlENotSupported = static_cast<HRESULT>(0xC004F016L);
constexpr HRESULT kSlELuaAccessDenied = static_cast<HRESULT>(0xC004F025L);
constexpr HRESULT kSlECidIidInvalidData = static_cast<HRESULT>(0xC004F02CL);
constexpr HRESULT kSlEInvalidProductKey = static_cast<HRESULT>(0xC004F050L);
// SLOpen without a machine: as if the Software Protection service were disabled.
constexpr HRESULT kServiceDisabled = static_cast<HRESULT>(0x80070422L);

// ---- buffer accounting -------------------------------------------------------------------

std::mutex g_lock;
std::set<const void*> g_outstanding;
std::set<const void*> g_released;
actdesk::fakeslc::Counters g_counters;
std::set<const void*> g_sessions;

BYTE* allocate(std::size_t bytes)
{
    auto* p = static_cast<BYTE*>(LocalAlloc(LMEM_FIXED | LMEM_ZEROINIT, bytes));
    if (!p)
        return nullptr;
    std::lock_guard<std::mutex> guard(g_lock);
    g_outstanding.insert(p);
    g_released.erase(p); // the heap may hand out a released address again
    ++g_counters.allocations;
    return p;
}

// ---- environment -------------------------------------------------------------------------

std::optional<std::filesystem::path> stateDir()
{
    wchar_t buf[1024];
    const DWORD n = GetEnvironmentVariableW(L"ACTDESK_FAKE_SLC_STATE", buf, 1024);
    if (n == 0 || n >= 1024)
        return std::nullopt;
    return std::filesystem::path(std::wstring(buf, n));
}

std::map<std::string, std::string> control()
{
    std::map<std::string, std::string> out;
    auto dir = stateDir();
    if (!dir)
        return out;
    std::ifstream in(*dir / actdesk::fakeslc::kControlFile);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto eq = line.find('=');
        if (eq != std::string::npos && !line.empty() && line[0] != '#')
            out[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return out;
}

std::optional<HRESULT> injectedFailure(const char* function)
{
    const auto c = control();
    const auto it = c.find(std::string("fail.") + function);
    if (it == c.end())
        return std::nullopt;
    return static_cast<HRESULT>(std::stoul(it->second, nullptr, 16));
}

SystemClock g_clock;

// The simulated machine, read afresh on each call: like the real service, the state outlives
// the session, and another process (actdesk-win.exe) may have changed it.
std::unique_ptr<SimulatedLicensing> machine()
{
    auto dir = stateDir();
    if (!dir)
        return nullptr;
    auto m = SimulatedLicensing::open(*dir, g_clock);
    if (!m)
        return nullptr;
    return std::move(m).value();
}

HRESULT asHresult(const LicensingError& e)
{
    // The simulator's own "cannot read my state" is not a Windows code: answer E_UNEXPECTED.
    if (e.is(SlError::BackendUnavailable))
        return E_UNEXPECTED;
    return static_cast<HRESULT>(e.code);
}

// ---- GUIDs and text, through ole32 --------------------------------------------------------

std::string narrowAscii(const wchar_t* w)
{
    std::string s;
    for (; w && *w; ++w)
        s.push_back(*w < 0x80 ? static_cast<char>(*w) : '?');
    return s;
}

ids::ActivationId idFromGuid(const GUID& g)
{
    wchar_t text[64];
    StringFromGUID2(g, text, 64); // "{XXXXXXXX-...}", upper case
    return ids::ActivationId::parseAscii(narrowAscii(text)).value();
}

GUID guidFromId(const ids::ActivationId& id)
{
    std::wstring text = L"{";
    for (char c : id.canonical())
        text.push_back(static_cast<wchar_t>(c));
    text += L"}";
    GUID g{};
    CLSIDFromString(text.c_str(), &g);
    return g;
}

GUID guidFromText(const char* canonical)
{
    return guidFromId(ids::ActivationId::parseAscii(canonical).value());
}

bool same(const GUID& a, const GUID& b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

GUID windowsAppId()
{
    return guidFromText("55c92734-d682-4d71-983e-d6ec3f16059f");
}

GUID editionSku()
{
    return guidFromText(actdesk::fakeslc::kEditionSkuId);
}

GUID editionPkey()
{
    return guidFromText("e0e0e0e0-7e57-4a11-8000-00000000bee7");
}

// The product key ID of an installed key: stable for (SKU, key), like the real pkey IDs.
GUID pkeyIdFor(const SimulatedMachineState::Sku& sku)
{
    const auto a = simulation::fnv1a("pkey:" + sku.keyFingerprint + sku.definition.activationId.canonical());
    const auto b = simulation::fnv1a("pkey2:" + sku.keyFingerprint);
    char text[40];
    std::snprintf(
        text, sizeof text, "%08llx-%04llx-4%03llx-8%03llx-%012llx", static_cast<unsigned long long>(a >> 32),
        static_cast<unsigned long long>((a >> 16) & 0xffff), static_cast<unsigned long long>(a & 0xfff),
        static_cast<unsigned long long>(b >> 52), static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return guidFromText(text);
}

const SimulatedMachineState::Sku* esuSku(const SimulatedLicensing& m, const GUID& g)
{
    if (!m.state().prerequisitesInstalled) // the ESU SKUs come with the preparation package
        return nullptr;
    const auto id = idFromGuid(g);
    for (const auto& s : m.state().skus)
        if (s.definition.activationId == id)
            return &s;
    return nullptr;
}

HRESULT returnText(const std::wstring& text, sl::SlDataType* type, UINT* bytes, PBYTE* value)
{
    const std::size_t n = (text.size() + 1) * sizeof(wchar_t);
    BYTE* p = allocate(n);
    if (!p)
        return E_OUTOFMEMORY;
    std::memcpy(p, text.c_str(), n);
    if (type)
        *type = sl::SL_DATA_SZ;
    *bytes = static_cast<UINT>(n);
    *value = p;
    return S_OK;
}

std::wstring widenUtf8(const std::string& s)
{
    if (s.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
    std::wstring w(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), w.data(), n);
    return w;
}

HRESULT returnSlids(const std::vector<GUID>& ids, UINT* count, sl::Slid** out)
{
    if (ids.empty())
        return kSlEValueNotFound;
    BYTE* p = allocate(ids.size() * sizeof(GUID));
    if (!p)
        return E_OUTOFMEMORY;
    std::memcpy(p, ids.data(), ids.size() * sizeof(GUID));
    *count = static_cast<UINT>(ids.size());
    *out = reinterpret_cast<sl::Slid*>(p);
    return S_OK;
}

bool validSession(sl::Hslc h)
{
    std::lock_guard<std::mutex> guard(g_lock);
    return g_sessions.count(h) != 0;
}

// Each export guards itself: an exception must never cross the C boundary.
template <typename F>
HRESULT guarded(const char* function, F&& body)
{
    try {
        if (auto injected = injectedFailure(function))
            return *injected;
        return body();
    } catch (...) {
        return E_UNEXPECTED;
    }
}

} // namespace

extern "C" {

HRESULT WINAPI SLOpen(sl::Hslc* phSLC)
{
    if (!phSLC)
        return E_INVALIDARG;
#ifdef FAKE_SLC_DECOY
    // Built as the decoy that sits in the application directory: if the backend ever loads
    // this one, every call fails with a code nobody could mistake.
    *phSLC = nullptr;
    return static_cast<HRESULT>(0x8DEC0DE1L);
#else
    return guarded("SLOpen", [&]() -> HRESULT {
        if (!machine())
            return kServiceDisabled;
        auto* session = new int(0);
        std::lock_guard<std::mutex> guard(g_lock);
        g_sessions.insert(session);
        g_counters.openSessions = static_cast<long>(g_sessions.size());
        *phSLC = session;
        return S_OK;
    });
#endif
}

HRESULT WINAPI SLClose(sl::Hslc hSLC)
{
    std::lock_guard<std::mutex> guard(g_lock);
    if (!g_sessions.erase(hSLC))
        return E_INVALIDARG;
    delete static_cast<int*>(hSLC);
    g_counters.openSessions = static_cast<long>(g_sessions.size());
    return S_OK;
}

HRESULT WINAPI SLGetSLIDList(sl::Hslc hSLC, sl::SlIdType eQueryIdType, const sl::Slid* pQueryId,
                             sl::SlIdType eReturnIdType, UINT* pnReturnIds, sl::Slid** ppReturnIds)
{
    if (!validSession(hSLC) || !pQueryId || !pnReturnIds || !ppReturnIds)
        return E_INVALIDARG;
    *pnReturnIds = 0;
    *ppReturnIds = nullptr;
    return guarded("SLGetSLIDList", [&]() -> HRESULT {
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        if (eQueryIdType == sl::SL_ID_APPLICATION && eReturnIdType == sl::SL_ID_PRODUCT_SKU) {
            if (!same(*pQueryId, windowsAppId()))
                return kSlEValueNotFound;
            std::vector<GUID> skus{editionSku()};
            auto esu = m->esuSkus();
            if (!esu)
                return asHresult(esu.error());
            for (const auto& s : esu.value())
                skus.push_back(guidFromId(s.activationId));
            return returnSlids(skus, pnReturnIds, ppReturnIds);
        }
        if (eQueryIdType == sl::SL_ID_PRODUCT_SKU && eReturnIdType == sl::SL_ID_PKEY) {
            if (same(*pQueryId, editionSku()))
                return returnSlids({editionPkey()}, pnReturnIds, ppReturnIds);
            const auto* sku = esuSku(*m, *pQueryId);
            if (!sku || sku->keyFingerprint.empty())
                return kSlEValueNotFound;
            return returnSlids({pkeyIdFor(*sku)}, pnReturnIds, ppReturnIds);
        }
        if (eQueryIdType == sl::SL_ID_PRODUCT_SKU && eReturnIdType == sl::SL_ID_APPLICATION) {
            if (!same(*pQueryId, editionSku()) && !esuSku(*m, *pQueryId))
                return kSlEValueNotFound;
            return returnSlids({windowsAppId()}, pnReturnIds, ppReturnIds);
        }
        return kSlENotSupported;
    });
}

HRESULT WINAPI SLGetProductSkuInformation(sl::Hslc hSLC, const sl::Slid* pProductSkuId, PCWSTR pwszValueName,
                                          sl::SlDataType* peDataType, UINT* pcbValue, PBYTE* ppbValue)
{
    if (!validSession(hSLC) || !pProductSkuId || !pwszValueName || !pcbValue || !ppbValue)
        return E_INVALIDARG;
    *pcbValue = 0;
    *ppbValue = nullptr;
    return guarded("SLGetProductSkuInformation", [&]() -> HRESULT {
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        const std::wstring value = pwszValueName;
        std::string name;
        std::string description;
        if (same(*pProductSkuId, editionSku())) {
            name = actdesk::fakeslc::kEditionSkuName;
            description = "Windows Operating System - Professional edition";
        } else if (const auto* sku = esuSku(*m, *pProductSkuId)) {
            name = sku->definition.name;
            description = sku->definition.description;
        } else {
            return kSlEValueNotFound;
        }
        if (value == L"Name")
            return returnText(widenUtf8(name), peDataType, pcbValue, ppbValue);
        if (value == L"Description")
            return returnText(widenUtf8(description), peDataType, pcbValue, ppbValue);
        return kSlEValueNotFound;
    });
}

HRESULT WINAPI SLGetLicensingStatusInformation(sl::Hslc hSLC, const sl::Slid* pAppID,
                                               const sl::Slid* pProductSkuId, PCWSTR pwszRightName,
                                               UINT* pnStatusCount,
                                               sl::SlLicensingStatusInfo** ppLicensingStatus)
{
    // pwszRightName "must be NULL" (SDK).
    if (!validSession(hSLC) || pwszRightName || !pnStatusCount || !ppLicensingStatus)
        return E_INVALIDARG;
    *pnStatusCount = 0;
    *ppLicensingStatus = nullptr;
    return guarded("SLGetLicensingStatusInformation", [&]() -> HRESULT {
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        if (pAppID && !same(*pAppID, windowsAppId()))
            return S_OK; // nothing for another application
        std::vector<sl::SlLicensingStatusInfo> entries;
        auto add = [&](const GUID& sku, LicenseStatus status) {
            sl::SlLicensingStatusInfo e{};
            e.SkuId = sku;
            e.eStatus = static_cast<sl::SlLicensingStatus>(static_cast<int>(status));
            e.hrReason = status == LicenseStatus::Licensed ? S_OK : kSlEPkeyNotInstalled;
            entries.push_back(e);
        };
        if (!pProductSkuId || same(*pProductSkuId, editionSku()))
            add(editionSku(), LicenseStatus::Licensed);
        if (!pProductSkuId) {
            auto esu = m->esuSkus();
            if (!esu)
                return asHresult(esu.error());
            for (const auto& s : esu.value())
                add(guidFromId(s.activationId), s.status);
        } else if (!same(*pProductSkuId, editionSku())) {
            auto status = m->licenseStatus(idFromGuid(*pProductSkuId));
            if (!status)
                return asHresult(status.error());
            add(*pProductSkuId, status.value());
        }
        BYTE* p = allocate(entries.size() * sizeof(sl::SlLicensingStatusInfo));
        if (!p)
            return E_OUTOFMEMORY;
        std::memcpy(p, entries.data(), entries.size() * sizeof(sl::SlLicensingStatusInfo));
        *pnStatusCount = static_cast<UINT>(entries.size());
        *ppLicensingStatus = reinterpret_cast<sl::SlLicensingStatusInfo*>(p);
        return S_OK;
    });
}

HRESULT WINAPI SLInstallProofOfPurchase(sl::Hslc hSLC, PCWSTR pwszPKeyAlgorithm, PCWSTR pwszPKeyString,
                                        UINT cbPKeySpecificData, PBYTE pbPKeySpecificData, sl::Slid* pPkeyId)
{
    if (!validSession(hSLC) || !pwszPKeyAlgorithm || !pwszPKeyString || !pPkeyId ||
        (cbPKeySpecificData != 0 && !pbPKeySpecificData))
        return E_INVALIDARG;
    return guarded("SLInstallProofOfPurchase", [&]() -> HRESULT {
        // The stand-in serves only the algorithm the backend is meant to pass.
        if (std::wstring(pwszPKeyAlgorithm) != sl::kPkeyAlgorithm2009)
            return kSlENotSupported;
        const auto c = control();
        if (auto it = c.find("elevated"); it != c.end() && it->second == "no")
            return kSlELuaAccessDenied;
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        std::string text = narrowAscii(pwszPKeyString);
        auto key = ids::ProductKey::parseAscii(text);
        SecureZeroMemory(text.data(), text.size());
        if (!key)
            return kSlEInvalidProductKey;

        std::optional<ids::ActivationId> target;
        if (auto it = c.find("key-goes-to"); it != c.end()) {
            if (it->second == "edition") {
                *pPkeyId = editionPkey();
                return S_OK;
            }
            target = ids::ActivationId::parseAscii(it->second).value();
        }
        auto installed = m->installProductKey(key.value(), target);
        if (!installed)
            return asHresult(installed.error());
        for (const auto& s : m->state().skus)
            if (s.definition.activationId == installed->activationId)
                *pPkeyId = pkeyIdFor(s);
        return S_OK;
    });
}

HRESULT WINAPI SLGetPKeyInformation(sl::Hslc hSLC, const sl::Slid* pPKeyId, PCWSTR pwszValueName,
                                    sl::SlDataType* peDataType, UINT* pcbValue, PBYTE* ppbValue)
{
    if (!validSession(hSLC) || !pPKeyId || !pwszValueName || !pcbValue || !ppbValue)
        return E_INVALIDARG;
    *pcbValue = 0;
    *ppbValue = nullptr;
    return guarded("SLGetPKeyInformation", [&]() -> HRESULT {
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        const SimulatedMachineState::Sku* sku = nullptr;
        for (const auto& s : m->state().skus)
            if (!s.keyFingerprint.empty() && same(pkeyIdFor(s), *pPKeyId))
                sku = &s;
        if (!sku)
            return kSlEPkeyNotInstalled;
        const std::wstring value = pwszValueName;
        if (value == L"PartialProductKey")
            return returnText(widenUtf8(sku->partialKey), peDataType, pcbValue, ppbValue);
        if (value == L"DigitalPID2") {
            // DigitalProductId4: size, version 4, then the extended PID; the rest stays zero
            // except a marker where the encoded key would be.
            constexpr std::size_t kSize = 1272;
            BYTE* p = allocate(kSize);
            if (!p)
                return E_OUTOFMEMORY;
            sl::DigitalProductId4Prefix prefix{};
            prefix.uiSize = kSize;
            prefix.wMajorVersion = 4;
            const std::wstring pid = widenUtf8(sku->extendedPid);
            std::memcpy(prefix.szAdvancedPid, pid.c_str(),
                        std::min<std::size_t>(pid.size(), 63) * sizeof(wchar_t));
            std::memcpy(p, &prefix, sizeof prefix);
            std::memset(p + 808, 0xA5, 16); // abCdKey
            if (peDataType)
                *peDataType = sl::SL_DATA_BINARY;
            *pcbValue = static_cast<UINT>(kSize);
            *ppbValue = p;
            return S_OK;
        }
        return kSlEValueNotFound;
    });
}

HRESULT WINAPI SLGenerateOfflineInstallationId(sl::Hslc hSLC, const sl::Slid* pProductSkuId,
                                               PWSTR* ppwszInstallationId)
{
    if (!validSession(hSLC) || !pProductSkuId || !ppwszInstallationId)
        return E_INVALIDARG;
    *ppwszInstallationId = nullptr;
    return guarded("SLGenerateOfflineInstallationId", [&]() -> HRESULT {
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        auto iid = m->generateInstallationId(idFromGuid(*pProductSkuId));
        if (!iid)
            return asHresult(iid.error());
        const std::wstring digits = widenUtf8(iid->digits()); // contiguous digits, as Windows gives them
        BYTE* p = allocate((digits.size() + 1) * sizeof(wchar_t));
        if (!p)
            return E_OUTOFMEMORY;
        std::memcpy(p, digits.c_str(), (digits.size() + 1) * sizeof(wchar_t));
        *ppwszInstallationId = reinterpret_cast<PWSTR>(p);
        return S_OK;
    });
}

HRESULT WINAPI SLDepositOfflineConfirmationId(sl::Hslc hSLC, const sl::Slid* pProductSkuId,
                                              PCWSTR pwszInstallationId, PCWSTR pwszConfirmationId)
{
    if (!validSession(hSLC) || !pProductSkuId || !pwszInstallationId || !pwszConfirmationId)
        return E_INVALIDARG;
    return guarded("SLDepositOfflineConfirmationId", [&]() -> HRESULT {
        auto m = machine();
        if (!m)
            return E_UNEXPECTED;
        auto iid = ids::InstallationId::parseAscii(narrowAscii(pwszInstallationId));
        if (!iid)
            return kSlECidIidInvalidData;
        auto done = m->depositConfirmationId(idFromGuid(*pProductSkuId), iid.value(),
                                             narrowAscii(pwszConfirmationId));
        return done ? S_OK : asHresult(done.error());
    });
}

// ---- test-only exports ------------------------------------------------------------------

const char* FakeSlcTest_Identity()
{
#ifdef FAKE_SLC_DECOY
    return actdesk::fakeslc::kDecoyIdentity;
#else
    return actdesk::fakeslc::kIdentity;
#endif
}

void FakeSlcTest_NoteLocalFree(const void* p)
{
    std::lock_guard<std::mutex> guard(g_lock);
    if (g_outstanding.erase(p)) {
        g_released.insert(p);
        ++g_counters.frees;
    } else if (g_released.count(p)) {
        ++g_counters.doubleFrees;
    }
}

void FakeSlcTest_Counters(actdesk::fakeslc::Counters* out)
{
    std::lock_guard<std::mutex> guard(g_lock);
    *out = g_counters;
    out->outstanding = static_cast<long>(g_outstanding.size());
}

void FakeSlcTest_ResetCounters()
{
    std::lock_guard<std::mutex> guard(g_lock);
    g_outstanding.clear();
    g_released.clear();
    const long sessions = g_counters.openSessions;
    g_counters = {};
    g_counters.openSessions = sessions;
}

} // extern "C"
