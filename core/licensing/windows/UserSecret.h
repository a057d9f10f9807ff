// SPDX-License-Identifier: MIT
#pragma once

// Windows' Data Protection API for the current user, as plain C++ (no Windows header): a
// product key typed before "Restart as administrator" crosses to the elevated process in a
// file only this user's logon can read back, never on a command line.

#include <optional>
#include <string>
#include <string_view>

namespace actdesk::platform {

// CryptProtectData (user scope, no UI). Nothing when the API fails.
std::optional<std::string> protectForThisUser(std::string_view plain);
// CryptUnprotectData. Nothing when the blob is damaged or belongs to another user (an
// administrator who elevated with their own account cannot read it: they type the key again).
std::optional<std::string> unprotectForThisUser(std::string_view blob);

} // namespace actdesk::platform
