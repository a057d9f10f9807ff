// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actdesk {

// Operating-system families the ESU programs cover.
enum class OsFamily
{
    Unknown,
    Windows7,
    Server2008,
    Server2008R2,
    Server2012,
    Server2012R2,
    Windows10,
};

// Stable keys used in files and on the command line: win7, win2008, win2008r2, win2012,
// win2012r2, win10.
std::string osKey(OsFamily os);
std::optional<OsFamily> osFromKey(std::string_view key);
std::vector<OsFamily> allOsFamilies();
// Digits per group of the installation ID the family shows: 6 (54 digits) for the Windows 7 /
// Server 2008 era, 7 (63 digits) from Windows 8 / Server 2012 on, and for an unknown family.
int installationIdGroupLength(OsFamily os);

} // namespace actdesk
