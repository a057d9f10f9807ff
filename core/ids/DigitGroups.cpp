// SPDX-License-Identifier: MIT
#include "ids/DigitGroups.h"

#include "ids/CheckDigit.h"

#include <type_traits>

namespace actdesk::ids {

namespace {

bool isSeparator(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'-';
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

} // namespace

std::vector<std::string> splitGroups(std::string_view digits, int groupLength)
{
    std::vector<std::string> groups;
    const auto len = static_cast<std::size_t>(groupLength);
    for (std::size_t i = 0; i + len <= digits.size(); i += len)
        groups.emplace_back(digits.substr(i, len));
    return groups;
}

namespace {

// One implementation for both spellings of the text: UTF-32, and bytes taken as code points
// U+0000..U+00FF (what widenAscii makes of them), so both give the same result and error.
template <typename Char>
Result<std::string, IdError> parseDigits(std::basic_string_view<Char> text, IdType type,
                                         const std::vector<DigitShape>& shapes)
{
    // The digits go into a small buffer first (an ID has at most 63), and into a string once.
    constexpr std::size_t kBuffer = 72;
    char buffer[kBuffer];
    std::size_t count = 0;
    std::string digits;
    int position = 0;
    for (Char ch : text) {
        const auto c = static_cast<char32_t>(static_cast<std::make_unsigned_t<Char>>(ch));
        ++position;
        if (isDigit(c)) {
            if (count == kBuffer) { // far too long to be an ID; keep counting in the string
                digits.append(buffer, count);
                count = 0;
            }
            buffer[count++] = static_cast<char>(c);
        } else if (!isSeparator(c)) {
            IdError e{type, IdErrorKind::InvalidCharacter};
            e.character = c;
            e.position = position;
            return fail(e);
        }
    }
    digits.append(buffer, count);
    if (digits.empty())
        return fail(IdError{type, IdErrorKind::Empty});

    const DigitShape* shape = nullptr;
    for (const auto& s : shapes)
        if (static_cast<int>(digits.size()) == s.totalDigits())
            shape = &s;
    if (!shape) {
        IdError e{type, IdErrorKind::WrongLength};
        e.found = static_cast<int>(digits.size());
        for (const auto& s : shapes)
            e.expected.push_back(s.totalDigits());
        return fail(e);
    }

    IdError e{type, IdErrorKind::CheckDigit};
    const auto len = static_cast<std::size_t>(shape->groupLength);
    const std::string_view all(digits);
    for (std::size_t i = 0; i < static_cast<std::size_t>(shape->groups); ++i)
        if (!groupCheckDigitOk(all.substr(i * len, len)))
            e.badGroups.push_back(static_cast<int>(i));
    if (!e.badGroups.empty())
        return fail(e);
    return digits;
}

} // namespace

Result<std::string, IdError> parseGroupedDigits(std::u32string_view text, IdType type,
                                                const std::vector<DigitShape>& shapes)
{
    return parseDigits(text, type, shapes);
}

Result<std::string, IdError> parseGroupedDigits(std::string_view bytes, IdType type,
                                                const std::vector<DigitShape>& shapes)
{
    return parseDigits(bytes, type, shapes);
}

Result<void, IdError> validateGroup(std::u32string_view text, IdType type, int index, int groupLength)
{
    std::string digits;
    int position = 0;
    for (char32_t c : text) {
        ++position;
        if (isDigit(c)) {
            digits.push_back(static_cast<char>(c));
        } else if (!isSeparator(c)) {
            IdError e{type, IdErrorKind::InvalidCharacter};
            e.character = c;
            e.position = position;
            e.badGroups = {index};
            return fail(e);
        }
    }
    if (static_cast<int>(digits.size()) < groupLength) {
        IdError e{type, IdErrorKind::IncompleteGroup};
        e.found = static_cast<int>(digits.size());
        e.expected = {groupLength};
        e.badGroups = {index};
        return fail(e);
    }
    if (static_cast<int>(digits.size()) > groupLength) {
        IdError e{type, IdErrorKind::WrongLength};
        e.found = static_cast<int>(digits.size());
        e.expected = {groupLength};
        e.badGroups = {index};
        return fail(e);
    }
    if (!groupCheckDigitOk(digits)) {
        IdError e{type, IdErrorKind::CheckDigit};
        e.badGroups = {index};
        return fail(e);
    }
    return {};
}

std::u32string widenAscii(std::string_view ascii)
{
    std::u32string out;
    out.reserve(ascii.size());
    for (unsigned char c : ascii)
        out.push_back(c);
    return out;
}

std::string groupLabel(IdType type, int index)
{
    if (type == IdType::ConfirmationId)
        return std::string(1, static_cast<char>('A' + index));
    return std::to_string(index + 1);
}

} // namespace actdesk::ids
