// SPDX-License-Identifier: MIT
#include "ids/ProductKey.h"

#include "ids/DigitGroups.h"

#include <algorithm>

namespace actdesk::ids {

namespace {
constexpr std::u32string_view kAlphabet = U"BCDFGHJKMPQRTVWXY2346789N";

char32_t upper(char32_t c)
{
    return (c >= U'a' && c <= U'z') ? c - (U'a' - U'A') : c;
}
} // namespace

bool isProductKeyCharacter(char32_t c)
{
    return kAlphabet.find(c) != std::u32string_view::npos;
}

Result<ProductKey, IdError> ProductKey::parse(std::u32string_view normalisedText)
{
    std::string key;
    int position = 0;
    int nCount = 0;
    for (char32_t raw : normalisedText) {
        ++position;
        if (raw == U'-' || raw == U' ' || raw == U'\t' || raw == U'\n' || raw == U'\r')
            continue;
        const char32_t c = upper(raw);
        if (!isProductKeyCharacter(c)) {
            IdError e{IdType::ProductKey, IdErrorKind::InvalidCharacter};
            e.character = raw;
            e.position = position;
            return fail(e);
        }
        if (c == U'N' && ++nCount > 1) {
            IdError e{IdType::ProductKey, IdErrorKind::TooManyN};
            e.character = raw;
            e.position = position;
            return fail(e);
        }
        key.push_back(static_cast<char>(c));
    }
    if (key.empty())
        return fail(IdError{IdType::ProductKey, IdErrorKind::Empty});
    if (static_cast<int>(key.size()) != kLength) {
        IdError e{IdType::ProductKey, IdErrorKind::WrongLength};
        e.found = static_cast<int>(key.size());
        e.expected = {kLength};
        std::fill(key.begin(), key.end(), '\0');
        return fail(e);
    }
    return ProductKey(std::move(key));
}

Result<ProductKey, IdError> ProductKey::parseAscii(std::string_view text)
{
    return parse(widenAscii(text));
}

ProductKey::~ProductKey()
{
    // Best effort: do not leave the key lying in freed heap memory.
    volatile char* p = m_key.data();
    for (std::size_t i = 0; i < m_key.size(); ++i)
        p[i] = '\0';
}

std::string ProductKey::revealForInstall() const
{
    std::string out;
    for (int i = 0; i < kLength; ++i) {
        if (i > 0 && i % 5 == 0)
            out.push_back('-');
        out.push_back(m_key[static_cast<std::size_t>(i)]);
    }
    return out;
}

} // namespace actdesk::ids
