// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace actdesk::licensing {

// The HRESULTs the Software Licensing service reports (values from the Windows SDK
// slerror.h / winerror.h). Both backends speak these, so a message, a journal entry or a
// script sees the same code from the simulator as from Windows.
enum class SlError : std::uint32_t
{
    Ok = 0,
    AccessDenied = 0x80070005,           // E_ACCESSDENIED
    InvalidArgument = 0x80070057,        // E_INVALIDARG
    RightNotConsumed = 0xC004F002,       // SL_E_RIGHT_NOT_CONSUMED
    GraceTimeExpired = 0xC004F009,       // SL_E_GRACE_TIME_EXPIRED
    InvalidPkey = 0xC004F010,            // SL_E_INVALID_PKEY
    ValueNotFound = 0xC004F012,          // SL_E_VALUE_NOT_FOUND
    PkeyNotInstalled = 0xC004F014,       // SL_E_PKEY_NOT_INSTALLED
    ProductSkuNotInstalled = 0xC004F015, // SL_E_PRODUCT_SKU_NOT_INSTALLED
    NotSupported = 0xC004F016,           // SL_E_NOT_SUPPORTED
    LuaAccessDenied = 0xC004F025,        // SL_E_LUA_ACCESSDENIED
    CidIidInvalidData = 0xC004F02C,      // SL_E_CIDIID_INVALID_DATA
    CidIidInvalidVersion = 0xC004F02D,   // SL_E_CIDIID_INVALID_VERSION
    CidIidVersionNotSupported = 0xC004F02E,
    CidIidInvalidDataLength = 0xC004F02F, // SL_E_CIDIID_INVALID_DATA_LENGTH
    CidIidNotDeposited = 0xC004F030,      // SL_E_CIDIID_NOT_DEPOSITED
    CidIidMismatched = 0xC004F031,        // SL_E_CIDIID_MISMATCHED
    KeyInstallationNotAllowed = 0xC004F033,
    EulNotAvailable = 0xC004F034,
    CidIidInvalidCheckDigits = 0xC004F04D, // SL_E_CIDIID_INVALID_CHECK_DIGITS
    InvalidProductKey = 0xC004F050,        // SL_E_INVALID_PRODUCT_KEY (also: ESU prerequisites missing)
    BlockedProductKey = 0xC004F051,        // SL_E_BLOCKED_PRODUCT_KEY
    MismatchedProductSku = 0xC004F069,     // SL_E_MISMATCHED_PRODUCT_SKU ("product SKU is not found")
    ServiceStopping = 0xC004F075,
    InvalidProductKeyType = 0xC004F07D,
    CidIidMismatchedPkey = 0xC004F07E,
    CidIidNotBound = 0xC004F07F,
    ActivationInProgress = 0xC004E028,
    NotGenuine = 0xC004F200,
    // Not from Windows: the backend could not be used at all (slc.dll missing, a function
    // missing, the simulated machine's state unreadable). `detail` says which.
    BackendUnavailable = 0xA0DE0001,
    // Not from Windows: the simulated machine's file could not be saved because its disk has no
    // room left (or the file would be larger than the disk allows). Nothing was changed.
    StateDiskFull = 0xA0DE0002,
};

// Why a backend of ours refused, when the code alone does not say it: a value, not a sentence
// (text/ErrorText.h says it in the user's language).
enum class LicensingReason : std::uint8_t
{
    None,
    UnknownOsFamily,           // the simulated machine's OS is not one we simulate
    IidGroupLength,            // the simulated IID groups must be 6 or 7 digits long
    PreparationPackageMissing, // the ESU licensing preparation package is not installed
    NoEsuSku,                  // no ESU SKU on this machine
    IidNotCurrent,             // the IID is not the SKU's current one
};

// A stable key for the journal ("esu-preparation-missing"); empty for None.
const char* reasonKey(LicensingReason reason);

struct LicensingError
{
    std::uint32_t code = 0; // an SlError value, or any other HRESULT as Windows reported it
    std::string detail;     // technical context (function name, file path); never a key
    LicensingReason reason = LicensingReason::None;

    SlError known() const { return static_cast<SlError>(code); }
    bool is(SlError e) const { return code == static_cast<std::uint32_t>(e); }
};

inline LicensingError slError(SlError e, std::string detail = {})
{
    return LicensingError{static_cast<std::uint32_t>(e), std::move(detail)};
}

inline LicensingError slError(SlError e, LicensingReason reason)
{
    return LicensingError{static_cast<std::uint32_t>(e), {}, reason};
}

// "0xC004F050"
std::string formatHresult(std::uint32_t code);

// True for codes this project knows by name (the table above).
bool isKnownSlError(std::uint32_t code);

} // namespace actdesk::licensing
