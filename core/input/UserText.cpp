// SPDX-License-Identifier: MIT
#include "input/UserText.h"

#include <boost/locale/encoding_utf.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/conversion.hpp>
#include <boost/locale/utf.hpp>

#include "ids/ProductKey.h"

#include <vector>

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
        // An activation ID has no spaces at all: a zero-width space in one is named as what
        // it is (U+200B), not shown as " ".
        if (isSpace(c) && !(type == ids::IdType::ActivationId && c == 0x200B)) {
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

namespace {

// The code points of `utf8` (or its bytes, when it is not UTF-8), their normalised form, and
// the positions of every key character that belongs to a product key.
struct KeyScan
{
    std::u32string original;
    bool utf8 = true;
    std::vector<std::size_t> keyPositions;
};

KeyScan scanForProductKeys(std::string_view utf8)
{
    KeyScan scan;
    std::u32string text;
    if (auto normalised = normaliseForIds(utf8, ids::IdType::ProductKey)) {
        text = std::move(normalised).value();
        scan.original = boost::locale::conv::utf_to_utf<char32_t>(utf8.data(), utf8.data() + utf8.size());
    } else {
        text.assign(utf8.begin(), utf8.end()); // not UTF-8: look at the bytes as they are
        scan.original = text;
        scan.utf8 = false;
    }
    // 25 key characters in a row, separated by nothing but dashes and spaces. A run of digits
    // alone is an installation or confirmation ID (the key alphabet has seven digits), and
    // XXXXX-XXXXX-XXXXX-XXXXX-6789B is the masked key the app itself shows: neither is a key.
    std::u32string run;
    std::vector<std::size_t> runPositions;
    bool inKey = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == U'-' || c == U' ')
            continue;
        const char32_t upper = (c >= U'a' && c <= U'z') ? c - 32 : c;
        if (!ids::isProductKeyCharacter(upper)) {
            run.clear();
            runPositions.clear();
            inKey = false;
            continue;
        }
        if (inKey) {
            scan.keyPositions.push_back(i); // the key goes on: more of it to hide
            continue;
        }
        run.push_back(upper);
        runPositions.push_back(i);
        if (run.size() > 25) {
            run.erase(0, 1);
            runPositions.erase(runPositions.begin());
        }
        if (run.size() == 25 && run.find_first_not_of(U"0123456789") != std::u32string::npos &&
            run.compare(0, 20, std::u32string(20, U'X')) != 0) {
            scan.keyPositions.insert(scan.keyPositions.end(), runPositions.begin(), runPositions.end());
            inKey = true;
        }
    }
    return scan;
}

} // namespace

bool mentionsProductKey(std::string_view utf8)
{
    return !scanForProductKeys(utf8).keyPositions.empty();
}

std::string maskProductKeys(std::string_view utf8)
{
    KeyScan scan = scanForProductKeys(utf8);
    if (scan.keyPositions.empty())
        return std::string(utf8);
    for (std::size_t i : scan.keyPositions)
        scan.original[i] = U'X';
    if (!scan.utf8)
        return std::string(scan.original.begin(), scan.original.end()); // byte for byte
    return boost::locale::conv::utf_to_utf<char>(scan.original);
}

} // namespace actdesk::input
