// SPDX-License-Identifier: MIT
#include "input/FreeText.h"

#include "input/UserText.h"

#include <boost/locale/utf.hpp>
#include <cstdio>

namespace actdesk::input {

namespace {

using Utf = boost::locale::utf::utf_traits<char>;

template <typename Each>
bool forEachCodePoint(std::string_view s, Each each)
{
    const char* p = s.data();
    const char* const end = s.data() + s.size();
    while (p != end) {
        const char* start = p;
        const boost::locale::utf::code_point c = Utf::decode(p, end);
        if (c == boost::locale::utf::illegal || c == boost::locale::utf::incomplete) {
            each(std::string_view(start, 1), char32_t(0xFFFD), false);
            p = start + 1;
            continue;
        }
        if (!each(std::string_view(start, std::size_t(p - start)), char32_t(c), true))
            return false;
    }
    return true;
}

} // namespace

bool isHiddenOrControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0x061C || c == 0xFEFF;
}

std::optional<FreeTextProblem> checkFreeText(std::string_view utf8, std::size_t maxBytes)
{
    using Kind = FreeTextProblem::Kind;
    if (utf8.size() > maxBytes)
        return FreeTextProblem{Kind::TooLong, utf8.size(), maxBytes, 0};
    std::optional<FreeTextProblem> problem;
    forEachCodePoint(utf8, [&](std::string_view, char32_t c, bool valid) {
        if (!valid)
            problem = FreeTextProblem{Kind::InvalidUtf8, utf8.size(), maxBytes, 0};
        else if (isHiddenOrControl(c))
            problem = FreeTextProblem{Kind::ControlCharacter, utf8.size(), maxBytes, c};
        return !problem;
    });
    if (problem)
        return problem;
    if (mentionsProductKey(utf8))
        return FreeTextProblem{Kind::ProductKey, utf8.size(), maxBytes, 0};
    return std::nullopt;
}

std::string printableText(std::string_view utf8, bool keepLineBreaks)
{
    const std::string masked = maskProductKeys(utf8);
    std::string out;
    out.reserve(masked.size());
    forEachCodePoint(masked, [&](std::string_view bytes, char32_t c, bool valid) {
        if (!valid) {
            out += "\xEF\xBF\xBD"; // U+FFFD
        } else if (isHiddenOrControl(c) && !(keepLineBreaks && (c == '\n' || c == '\t'))) {
            char name[16];
            std::snprintf(name, sizeof name, "<U+%04X>", static_cast<unsigned>(c));
            out += name;
        } else {
            out += bytes;
        }
        return true;
    });
    return out;
}

} // namespace actdesk::input
