// SPDX-License-Identifier: MIT
#pragma once

// PRIVATE to the Windows backend and its test stand-in: include only from .cpp files.
//
// The Software Licensing Client API (slc.dll) as the Windows SDK's slpublic.h declares it.
// mingw-w64 10 (Debian 12) declares none of the HSLC functions, so we carry our own
// declarations, written from the SDK signatures (see docs/windows-verification.md and the
// licensing API notes). Only the non-Ex functions are used: they exist from Windows 7 on,
// while the Ex variants arrived with Windows 8.
//
// The functions are never linked: SlcLicensing resolves each with GetProcAddress so that a
// missing export is a clear error instead of a process that cannot start. The fake slc.dll
// used by the tests implements exactly these prototypes.

#include <cstdint>
#include <windows.h>

namespace actdesk::licensing::sl {

// typedef GUID SLID; typedef PVOID HSLC; (SDK slpublic.h). Own names so that this header can
// coexist with mingw's <slpublic.h>, which typedefs SLID itself.
using Slid = GUID;
using Hslc = void*;

enum SlIdType : int
{
    SL_ID_APPLICATION = 0,
    SL_ID_PRODUCT_SKU = 1,
    SL_ID_LICENSE_FILE = 2,
    SL_ID_LICENSE = 3,
    SL_ID_PKEY = 4,
    SL_ID_ALL_LICENSES = 5,
    SL_ID_ALL_LICENSE_FILES = 6,
    SL_ID_STORE_TOKEN = 7,
    SL_ID_LAST = 8,
};

// SLDATATYPE: the registry value types.
enum SlDataType : int
{
    SL_DATA_NONE = REG_NONE,
    SL_DATA_SZ = REG_SZ,
    SL_DATA_DWORD = REG_DWORD,
    SL_DATA_BINARY = REG_BINARY,
    SL_DATA_MULTI_SZ = REG_MULTI_SZ,
    SL_DATA_SUM = 100,
};

enum SlLicensingStatus : int
{
    SL_LICENSING_STATUS_UNLICENSED = 0,
    SL_LICENSING_STATUS_LICENSED = 1,
    SL_LICENSING_STATUS_IN_GRACE_PERIOD = 2,
    SL_LICENSING_STATUS_NOTIFICATION = 3,
    SL_LICENSING_STATUS_LAST = 4,
};

struct SlLicensingStatusInfo // SL_LICENSING_STATUS
{
    Slid SkuId;
    SlLicensingStatus eStatus;
    DWORD dwGraceTime; // minutes
    DWORD dwTotalGraceDays;
    HRESULT hrReason;
    UINT64 qwValidityExpiration;
};
// The SDK struct is 40 bytes on x86 and x64; a different size would corrupt every entry after
// the first in the array slc.dll returns.
static_assert(sizeof(SlLicensingStatusInfo) == 40, "SL_LICENSING_STATUS layout");

// Value names (SDK slpublic.h SL_INFO_KEY_*).
inline constexpr const wchar_t* kInfoName = L"Name";
inline constexpr const wchar_t* kInfoDescription = L"Description";
inline constexpr const wchar_t* kInfoPartialProductKey = L"PartialProductKey";
inline constexpr const wchar_t* kInfoDigitalPid = L"DigitalPID";
inline constexpr const wchar_t* kInfoDigitalPid2 = L"DigitalPID2";

// Product-key algorithm for SLInstallProofOfPurchase (SDK SL_PKEY_MS2009). Keys of Windows 7
// and later (every ESU MAK) use the 2009 encoding; see SlcLicensing.cpp for the choice.
inline constexpr const wchar_t* kPkeyAlgorithm2009 = L"msft:rm/algorithm/pkey/2009";

// Windows application ID (slmgr.vbs WindowsAppId): 55c92734-d682-4d71-983e-d6ec3f16059f.
inline constexpr GUID kWindowsAppId = {
    0x55c92734, 0xd682, 0x4d71, {0x98, 0x3e, 0xd6, 0xec, 0x3f, 0x16, 0x05, 0x9f}};

// HRESULTs the backend itself needs by name (the full table lives in LicensingError.h).
inline constexpr HRESULT kSlEValueNotFound = static_cast<HRESULT>(0xC004F012L);
inline constexpr HRESULT kSlEDatatypeMismatched = static_cast<HRESULT>(0xC004F01EL);

// The function types (all WINAPI; the SDK signatures with SAL removed).
using SLOpenFn = HRESULT(WINAPI*)(Hslc* phSLC);
using SLCloseFn = HRESULT(WINAPI*)(Hslc hSLC);
using SLGetSLIDListFn = HRESULT(WINAPI*)(Hslc hSLC, SlIdType eQueryIdType, const Slid* pQueryId,
                                         SlIdType eReturnIdType, UINT* pnReturnIds, Slid** ppReturnIds);
using SLGetProductSkuInformationFn = HRESULT(WINAPI*)(Hslc hSLC, const Slid* pProductSkuId,
                                                      PCWSTR pwszValueName, SlDataType* peDataType,
                                                      UINT* pcbValue, PBYTE* ppbValue);
using SLGetLicensingStatusInformationFn = HRESULT(WINAPI*)(Hslc hSLC, const Slid* pAppID,
                                                           const Slid* pProductSkuId, PCWSTR pwszRightName,
                                                           UINT* pnStatusCount,
                                                           SlLicensingStatusInfo** ppLicensingStatus);
using SLInstallProofOfPurchaseFn = HRESULT(WINAPI*)(Hslc hSLC, PCWSTR pwszPKeyAlgorithm,
                                                    PCWSTR pwszPKeyString, UINT cbPKeySpecificData,
                                                    PBYTE pbPKeySpecificData, Slid* pPkeyId);
using SLGetPKeyInformationFn = HRESULT(WINAPI*)(Hslc hSLC, const Slid* pPKeyId, PCWSTR pwszValueName,
                                                SlDataType* peDataType, UINT* pcbValue, PBYTE* ppbValue);
using SLGenerateOfflineInstallationIdFn = HRESULT(WINAPI*)(Hslc hSLC, const Slid* pProductSkuId,
                                                           PWSTR* ppwszInstallationId);
using SLDepositOfflineConfirmationIdFn = HRESULT(WINAPI*)(Hslc hSLC, const Slid* pProductSkuId,
                                                          PCWSTR pwszInstallationId,
                                                          PCWSTR pwszConfirmationId);

// DigitalProductId4 (the binary DigitalPID2 value): the extended PID is the first string.
// Only the prefix we read is declared; the rest (which holds the encoded key) is never read.
struct DigitalProductId4Prefix
{
    DWORD uiSize;
    WORD wMajorVersion;
    WORD wMinorVersion;
    WCHAR szAdvancedPid[64];
};
static_assert(sizeof(DigitalProductId4Prefix) == 136, "DigitalProductId4 prefix layout");

} // namespace actdesk::licensing::sl
