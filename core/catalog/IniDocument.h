// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace actdesk::catalog {

// A deliberately small INI reader for the catalog. Hand-written (rather than
// Boost.PropertyTree) for one reason: every key keeps its line number, so an administrator's
// override file gets "line 42: activation-id is not a GUID" instead of a bare failure.
struct IniEntry
{
    std::string key;
    std::string value;
    int line = 0;
};

struct IniSection
{
    std::string name;
    int line = 0;
    std::vector<IniEntry> entries;
    const IniEntry* find(std::string_view key) const;
};

struct IniError
{
    int line = 0;
    std::string what; // technical; the app words the message
};

Result<std::vector<IniSection>, IniError> parseIni(std::string_view text);

} // namespace actdesk::catalog
