// SPDX-License-Identifier: MIT
#include "ids/DigitGroups.h"

#include "ids/CheckDigit.h"

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

Result<std::string, IdError> parseGroupedDigits(std::u32string_view text, IdType type,
                                                const std::vector<DigitShape>& shapes)
{
    std::string digits;
    digits.reserve(64);
    int position = 0;
    for (char32_t c : text) {
        ++position;
        if (isDigit(c)) {
            digits.push_back(static_cast<char>(c));
        } else if (!isSeparator(c)) {
            IdError e{type, IdErrorKind::InvalidCharacter};
            e.character = c;
            e.position = position;
            return fail(e);
        }
    }
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
    const auto groups = splitGroups(digits, shape->groupLength);
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (!groupCheckDigitOk(groups[i]))
            e.badGroups.push_back(static_cast<int>(i));
    if (!e.badGroups.empty())
        return fail(e);
    return digits;
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
