// SPDX-License-Identifier: MIT
#include "catalog/IniDocument.h"

namespace actdesk::catalog {

namespace {
std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}
} // namespace

const IniEntry* IniSection::find(std::string_view key) const
{
    for (const auto& e : entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

Result<std::vector<IniSection>, IniError> parseIni(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<IniSection> sections;
    int lineNo = 0;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text = (nl == std::string_view::npos) ? std::string_view{} : text.substr(nl + 1);
        ++lineNo;
        if (line.empty() || line.front() == ';' || line.front() == '#')
            continue;
        if (line.front() == '[') {
            if (line.back() != ']')
                return fail(IniError{lineNo, "section header without closing ]"});
            sections.push_back({std::string(trim(line.substr(1, line.size() - 2))), lineNo, {}});
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string_view::npos)
            return fail(IniError{lineNo, "expected key = value"});
        if (sections.empty())
            return fail(IniError{lineNo, "key outside any [section]"});
        sections.back().entries.push_back(
            {std::string(trim(line.substr(0, eq))), std::string(trim(line.substr(eq + 1))), lineNo});
    }
    return sections;
}

} // namespace actdesk::catalog
