// SPDX-License-Identifier: MIT
#include "ids/ActivationId.h"

#include "ids/DigitGroups.h"

#include <cassert>
#include <type_traits>

namespace actdesk::ids {

namespace {
int hexValue(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return static_cast<int>(c - U'0');
    if (c >= U'a' && c <= U'f')
        return static_cast<int>(c - U'a') + 10;
    if (c >= U'A' && c <= U'F')
        return static_cast<int>(c - U'A') + 10;
    return -1;
}
} // namespace

// UTF-32 text, or bytes taken as code points U+0000..U+00FF (as widenAscii would make them).
template <typename Char>
Result<ActivationId, IdError> ActivationId::parseText(std::basic_string_view<Char> text)
{
    auto at = [&](std::size_t i) {
        return static_cast<char32_t>(static_cast<std::make_unsigned_t<Char>>(text[i]));
    };
    // Trim surrounding whitespace, then one pair of braces or parentheses.
    std::size_t begin = 0;
    std::size_t end = text.size();
    auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; };
    while (begin < end && space(at(begin)))
        ++begin;
    while (end > begin && space(at(end - 1)))
        --end;
    if (end - begin >= 2 &&
        ((at(begin) == U'{' && at(end - 1) == U'}') || (at(begin) == U'(' && at(end - 1) == U')'))) {
        ++begin;
        --end;
    }

    std::string hex;
    hex.reserve(32);
    for (std::size_t i = begin; i < end; ++i) {
        const char32_t c = at(i);
        if (c == U'-')
            continue;
        const int v = hexValue(c);
        if (v < 0) {
            IdError e{IdType::ActivationId, IdErrorKind::InvalidCharacter};
            e.character = c;
            e.position = static_cast<int>(i) + 1;
            return fail(e);
        }
        hex.push_back("0123456789abcdef"[v]);
    }
    if (hex.empty())
        return fail(IdError{IdType::ActivationId, IdErrorKind::Empty});
    if (hex.size() != 32) {
        IdError e{IdType::ActivationId, IdErrorKind::WrongLength};
        e.found = static_cast<int>(hex.size());
        e.expected = {32};
        return fail(e);
    }
    std::string canonical;
    canonical.reserve(36);
    const std::string_view h(hex);
    canonical.append(h.substr(0, 8)).append(1, '-').append(h.substr(8, 4)).append(1, '-');
    canonical.append(h.substr(12, 4)).append(1, '-').append(h.substr(16, 4)).append(1, '-');
    canonical.append(h.substr(20, 12));
    return ActivationId(std::move(canonical));
}

Result<ActivationId, IdError> ActivationId::parse(std::u32string_view text)
{
    return parseText(text);
}

Result<ActivationId, IdError> ActivationId::parseAscii(std::string_view text)
{
    return parseText(text);
}

std::array<std::uint8_t, 16> ActivationId::bytes() const
{
    std::array<std::uint8_t, 16> out{};
    std::size_t n = 0;
    int high = -1;
    for (char c : m_canonical) {
        if (c == '-')
            continue;
        const int v = hexValue(static_cast<char32_t>(c));
        if (high < 0) {
            high = v;
        } else {
            out[n++] = static_cast<std::uint8_t>(high * 16 + v);
            high = -1;
        }
    }
    return out;
}

ActivationId ActivationId::fromCanonical(std::string canonical)
{
    assert(parseAscii(canonical) && parseAscii(canonical)->canonical() == canonical);
    return ActivationId(std::move(canonical));
}

} // namespace actdesk::ids
