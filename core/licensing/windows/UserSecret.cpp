// SPDX-License-Identifier: MIT
#include "UserSecret.h"

#include <windows.h>

#include <dpapi.h>

namespace actdesk::platform {

namespace {

std::optional<std::string> takeBlob(DATA_BLOB& out)
{
    std::string result(reinterpret_cast<const char*>(out.pbData), out.cbData);
    SecureZeroMemory(out.pbData, out.cbData);
    LocalFree(out.pbData);
    return result;
}

DATA_BLOB blobOf(std::string_view bytes)
{
    DATA_BLOB in{};
    in.cbData = static_cast<DWORD>(bytes.size());
    in.pbData = reinterpret_cast<BYTE*>(const_cast<char*>(bytes.data()));
    return in;
}

} // namespace

std::optional<std::string> protectForThisUser(std::string_view plain)
{
    DATA_BLOB in = blobOf(plain);
    DATA_BLOB out{};
    if (!CryptProtectData(&in, L"Activation Desk", nullptr, nullptr, nullptr, CRYPTPROTECT_UI_FORBIDDEN, &out))
        return std::nullopt;
    return takeBlob(out);
}

std::optional<std::string> unprotectForThisUser(std::string_view blob)
{
    DATA_BLOB in = blobOf(blob);
    DATA_BLOB out{};
    if (!CryptUnprotectData(&in, nullptr, nullptr, nullptr, nullptr, CRYPTPROTECT_UI_FORBIDDEN, &out))
        return std::nullopt;
    return takeBlob(out);
}

} // namespace actdesk::platform
