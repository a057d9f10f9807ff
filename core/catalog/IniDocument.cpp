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
// Well-formed UTF-8 without NUL: what a catalog saved as UTF-8 contains. Shift-JIS or Latin-1
// text would otherwise be shown as replacement characters, and a NUL would cut names short.
bool isUtf8Text(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0)
            return false;
        // How many continuation bytes this lead byte announces (-1: not a lead byte).
        const int follow = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (follow < 0 || (follow == 1 && c < 0xC2)) // stray continuation, or an overlong form
            return false;
        if (i + static_cast<std::size_t>(follow) >= s.size() && follow > 0) // cut short
            return false;
        for (int k = 1; k <= follow; ++k)
            if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
                return false;
        i += static_cast<std::size_t>(follow) + 1;
    }
    return true;
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
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        return fail(IniError{1, "the file is UTF-16; save it as UTF-8"});
    std::vector<IniSection> sections;
    int lineNo = 0;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text = (nl == std::string_view::npos) ? std::string_view{} : text.substr(nl + 1);
        ++lineNo;
        if (!isUtf8Text(line))
            return fail(IniError{lineNo, "not UTF-8 text; save the file as UTF-8"});
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
        const std::string key(trim(line.substr(0, eq)));
        // Twice in one section is ambiguous (which one did the administrator mean?): say so.
        if (sections.back().find(key))
            return fail(IniError{lineNo, "\"" + key + "\" is given twice in this section"});
        sections.back().entries.push_back({key, std::string(trim(line.substr(eq + 1))), lineNo});
    }
    return sections;
}

} // namespace actdesk::catalog
