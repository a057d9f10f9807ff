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

// True when free text someone typed (a reason, a machine name, a stray command-line argument)
// holds a product key in any spelling the key fields themselves accept: either case,
// full-width, with any dashes or spaces between (or inside) the groups. Such text must never
// be recorded or echoed. Invalid UTF-8 is checked byte by byte.
bool mentionsProductKey(std::string_view utf8);
// The same text with the characters of every such key replaced by X (the separators kept), for
// messages that quote what was typed.
std::string maskProductKeys(std::string_view utf8);

// UTF-32 -> UTF-8 for one code point (to name an offending character in a message).
std::string toUtf8(char32_t c);

} // namespace actdesk::input
