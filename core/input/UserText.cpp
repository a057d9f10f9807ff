// SPDX-License-Identifier: MIT
#include "input/UserText.h"

#include <boost/locale/encoding_utf.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/conversion.hpp>
#include <boost/locale/utf.hpp>

namespace actdesk::input {

namespace {

// The one place that knows which code points are dashes (Unicode category Pd, the minus
// sign and the IME long-vowel marks that look like one).
bool isDash(char32_t c)
{
    switch (c) {
    case 0x002D: case 0x058A: case 0x05BE: case 0x1400: case 0x1806: case 0x2010: case 0x2011:
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2043: case 0x2212: case 0x2E17:
    case 0x2E1A: case 0x2E3A: case 0x2E3B: case 0x2E40: case 0x301C: case 0x3030: case 0x30A0:
    case 0x30FC: case 0xFE31: case 0xFE32: case 0xFE58: case 0xFE63: case 0xFF0D: case 0xFF70:
        return true;
    default:
        return false;
    }
}

bool isSpace(char32_t c)
{
    switch (c) {
    case 0x0009: case 0x000A: case 0x000B: case 0x000C: case 0x000D: case 0x0020: case 0x0085:
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: // a stray BOM at the start of a pasted line
        return true;
    default:
        return c >= 0x2000 && c <= 0x200B;
    }
}

const std::locale& normalisationLocale()
{
    // Generated once; Debian's Boost.Locale uses ICU, so no system locale has to exist.
    static const std::locale loc = boost::locale::generator()("en_US.UTF-8");
    return loc;
}

// NFKC of a single code point; if it becomes exactly one ASCII character, use that.
char32_t foldOne(char32_t c)
{
    if (c < 0x80)
        return c;
    const std::u32string one(1, c);
    const std::string utf8 = boost::locale::conv::utf_to_utf<char>(one);
    const std::string folded =
        boost::locale::normalize(utf8, boost::locale::norm_nfkc, normalisationLocale());
    if (folded.size() == 1 && static_cast<unsigned char>(folded[0]) < 0x80)
        return static_cast<unsigned char>(folded[0]);
    return c;
}

} // namespace

Result<std::u32string, ids::IdError> normaliseForIds(std::string_view utf8, ids::IdType type)
{
    std::u32string codePoints;
    try {
        codePoints = boost::locale::conv::utf_to_utf<char32_t>(utf8.data(), utf8.data() + utf8.size(),
                                                               boost::locale::conv::stop);
    } catch (const boost::locale::conv::conversion_error&) {
        return fail(ids::IdError{type, ids::IdErrorKind::InvalidEncoding});
    }
    for (char32_t& c : codePoints) {
        if (isSpace(c)) {
            c = U' ';
        } else if (isDash(c)) {
            c = U'-';
        } else {
            c = foldOne(c);
            if (isDash(c))
                c = U'-';
        }
    }
    return codePoints;
}

std::string toUtf8(char32_t c)
{
    const std::u32string one(1, c);
    return boost::locale::conv::utf_to_utf<char>(one);
}

} // namespace actdesk::input
