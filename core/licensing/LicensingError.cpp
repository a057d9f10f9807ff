// SPDX-License-Identifier: MIT
#include "licensing/LicensingError.h"

#include <array>
#include <cstdio>

namespace actdesk::licensing {

std::string formatHresult(std::uint32_t code)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", code);
    return buf;
}

bool isKnownSlError(std::uint32_t code)
{
    static constexpr std::array kKnown = {
        SlError::AccessDenied,
        SlError::InvalidArgument,
        SlError::RightNotConsumed,
        SlError::GraceTimeExpired,
        SlError::InvalidPkey,
        SlError::ValueNotFound,
        SlError::PkeyNotInstalled,
        SlError::ProductSkuNotInstalled,
        SlError::NotSupported,
        SlError::LuaAccessDenied,
        SlError::CidIidInvalidData,
        SlError::CidIidInvalidVersion,
        SlError::CidIidVersionNotSupported,
        SlError::CidIidInvalidDataLength,
        SlError::CidIidNotDeposited,
        SlError::CidIidMismatched,
        SlError::KeyInstallationNotAllowed,
        SlError::EulNotAvailable,
        SlError::CidIidInvalidCheckDigits,
        SlError::InvalidProductKey,
        SlError::BlockedProductKey,
        SlError::MismatchedProductSku,
        SlError::ServiceStopping,
        SlError::InvalidProductKeyType,
        SlError::CidIidMismatchedPkey,
        SlError::CidIidNotBound,
        SlError::ActivationInProgress,
        SlError::NotGenuine,
        SlError::BackendUnavailable,
        SlError::StateDiskFull,
    };
    for (SlError e : kKnown)
        if (static_cast<std::uint32_t>(e) == code)
            return true;
    return false;
}

const char* reasonKey(LicensingReason reason)
{
    switch (reason) {
    case LicensingReason::None:
        return "";
    case LicensingReason::UnknownOsFamily:
        return "unknown-os-family";
    case LicensingReason::IidGroupLength:
        return "iid-group-length";
    case LicensingReason::PreparationPackageMissing:
        return "esu-preparation-missing";
    case LicensingReason::NoEsuSku:
        return "no-esu-sku";
    case LicensingReason::IidNotCurrent:
        return "iid-not-current";
    }
    return "";
}

} // namespace actdesk::licensing
