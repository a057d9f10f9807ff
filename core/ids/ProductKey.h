// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/IdError.h"

#include <string>
#include <string_view>

namespace actdesk::ids {

// A 25-character product key (5 groups of 5) from the product-key alphabet
// BCDFGHJKMPQRTVWXY2346789, in which the letter N may appear once.
//
// Secret: the full key must never reach a log, the journal, a transfer file or a screen.
// It has no stream operator and no to-string; only partial() (the last five characters,
// which Windows itself shows) and masked() are for display. The full text is only handed
// out by revealForInstall(), for the one call that installs the key, and it is wiped from
// memory when the object dies.
class ProductKey
{
public:
    static constexpr int kLength = 25;

    // Parses normalised text: case-insensitive, '-' and whitespace ignored.
    static Result<ProductKey, IdError> parse(std::u32string_view normalisedText);
    static Result<ProductKey, IdError> parseAscii(std::string_view text);

    ProductKey(const ProductKey&) = default;
    ProductKey& operator=(const ProductKey&) = default;
    ProductKey(ProductKey&&) noexcept = default;
    ProductKey& operator=(ProductKey&&) noexcept = default;
    ~ProductKey();

    // The last five characters: "3V66T".
    std::string partial() const { return m_key.substr(kLength - 5); }
    // "XXXXX-XXXXX-XXXXX-XXXXX-3V66T".
    std::string masked() const { return "XXXXX-XXXXX-XXXXX-XXXXX-" + partial(); }
    // The whole key in 5x5 form. Only for the install call.
    std::string revealForInstall() const;

    friend bool operator==(const ProductKey&, const ProductKey&) = default;

private:
    explicit ProductKey(std::string key) : m_key(std::move(key)) {}
    std::string m_key; // 25 upper-case characters, no separators
};

// True for characters of the product-key alphabet (upper case, N included).
bool isProductKeyCharacter(char32_t c);

} // namespace actdesk::ids
