// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/IdError.h"

#include <string>
#include <string_view>

namespace actdesk::input {

// Maps what people really type or paste onto the ASCII the ID parsers understand, one code
// point in, one code point out, so error positions still point at the user's own text:
//  - NFKC (Boost.Locale/ICU): full-width digits and letters from a Japanese IME become ASCII;
//  - every Unicode dash (and the katakana long-vowel mark an IME produces for '-') becomes '-';
//  - every Unicode space, including the ideographic space U+3000 and line breaks, becomes ' '.
// Anything else is kept as typed, so the parser can name it.
// Fails only when the bytes are not valid UTF-8.
Result<std::u32string, ids::IdError> normaliseForIds(std::string_view utf8, ids::IdType type);

// UTF-32 -> UTF-8 for one code point (to name an offending character in a message).
std::string toUtf8(char32_t c);

} // namespace actdesk::input
