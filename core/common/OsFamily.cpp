// SPDX-License-Identifier: MIT
#include "common/OsFamily.h"

#include <algorithm>
#include <array>
#include <utility>

namespace actdesk {

namespace {
constexpr std::array<std::pair<OsFamily, std::string_view>, 6> kKeys = {{
    {OsFamily::Windows7, "win7"},
    {OsFamily::Server2008, "win2008"},
    {OsFamily::Server2008R2, "win2008r2"},
    {OsFamily::Server2012, "win2012"},
    {OsFamily::Server2012R2, "win2012r2"},
    {OsFamily::Windows10, "win10"},
}};
} // namespace

std::string osKey(OsFamily os)
{
    for (const auto& [family, key] : kKeys)
        if (family == os)
            return std::string(key);
    return "unknown";
}

std::optional<OsFamily> osFromKey(std::string_view key)
{
    std::string lower(key);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    for (const auto& [family, k] : kKeys)
        if (k == lower)
            return family;
    return std::nullopt;
}

std::vector<OsFamily> allOsFamilies()
{
    std::vector<OsFamily> out;
    for (const auto& [family, key] : kKeys)
        out.push_back(family);
    return out;
}

int installationIdGroupLength(OsFamily os)
{
    switch (os) {
    case OsFamily::Windows7:
    case OsFamily::Server2008:
    case OsFamily::Server2008R2: return 6;
    case OsFamily::Server2012:
    case OsFamily::Server2012R2:
    case OsFamily::Windows10:
    case OsFamily::Unknown: break;
    }
    return 7;
}

} // namespace actdesk
