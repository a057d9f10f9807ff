// SPDX-License-Identifier: MIT
#include "transfer/TransferLines.h"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace actdesk::transfer::detail {

namespace {

// The length of the UTF-8 sequence starting at `p` (2 to 4 bytes), or 0 when it is not
// strict UTF-8: a stray continuation byte, a sequence cut short, an overlong form, a
// surrogate or a code point above U+10FFFF.
std::size_t utf8SequenceLength(const char* p, const char* end)
{
    const auto c = static_cast<unsigned char>(*p);
    std::size_t extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xe0) == 0xc0) {
        extra = 1;
        cp = c & 0x1f;
        min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        extra = 2;
        cp = c & 0x0f;
        min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
        extra = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (static_cast<std::size_t>(end - p) <= extra)
        return 0;
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto cc = static_cast<unsigned char>(p[k]);
        if ((cc & 0xc0) != 0x80) // also stops at a line feed or CR: neither is a continuation byte
            return 0;
        cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return extra + 1;
}

// Printable ASCII (0x20..0x7E) other than the backslash, which starts an escape.
bool isPlainAscii(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f && c != '\\';
}

// The first byte at or after `p` that is not plain ASCII (isPlainAscii), or `end`: a line
// feed, another control character, DEL, a backslash or the start of a multi-byte character.
// Sixteen bytes at a time with SSE2 (every x86-64 CPU has it), then eight at a time: in each
// 64-bit word, a byte's high bit is set in `special` when it is >= 0x80, < 0x20, 0x7F or a
// backslash. (A borrow can only flag bytes above a byte that is really special, so the
// lowest flagged byte is always the first special one.)
const char* skipPlainAscii(const char* p, const char* end)
{
#if defined(__SSE2__)
    // As signed bytes, printable ASCII is exactly 0x1F < c < 0x7F (bytes >= 0x80 are negative).
    const __m128i belowPrintable = _mm_set1_epi8(0x1f);
    const __m128i del = _mm_set1_epi8(0x7f);
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(x, belowPrintable), _mm_cmplt_epi8(x, del));
        const __m128i plain = _mm_andnot_si128(_mm_cmpeq_epi8(x, backslash), printable);
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(plain));
        if (mask != 0xffff)
            return p + std::countr_zero(~mask);
        p += 16;
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            const std::uint64_t below20 = (x - 0x20 * kOnes) & ~x & kHigh;
            const std::uint64_t y = x ^ (0x7f * kOnes);
            const std::uint64_t is7f = (y - kOnes) & ~y & kHigh;
            const std::uint64_t z = x ^ (0x5c * kOnes); // '\\'
            const std::uint64_t isBackslash = (z - kOnes) & ~z & kHigh;
            const std::uint64_t special = (x & kHigh) | below20 | is7f | isBackslash;
            if (special)
                return p + (std::countr_zero(special) >> 3);
            p += 8;
        }
    }
    while (p < end && isPlainAscii(*p))
        ++p;
    return p;
}

const char* lineFeedOrEnd(const char* p, const char* end)
{
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    return nl ? static_cast<const char*>(nl) : end;
}

} // namespace

bool isCleanUtf8(std::string_view s, bool allowBreaks)
{
    const char* p = s.data();
    const char* const end = p + s.size();
    while ((p = skipPlainAscii(p, end)) != end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            const std::size_t n = utf8SequenceLength(p, end);
            if (n == 0)
                return false;
            p += n;
        } else if (c == '\\' || (allowBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
            ++p;
        } else {
            return false;
        }
    }
    return true;
}

bool LineScanner::next(ScannedLine& line)
{
    if (m_pos >= m_text.size())
        return false;
    const char* const begin = m_text.data() + m_pos;
    const char* const end = m_text.data() + m_text.size();
    const char* p = begin;
    bool clean = true;
    bool backslash = false;
    while ((p = skipPlainAscii(p, end)) != end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\n')
            break;
        if (c == '\\') {
            backslash = true;
            ++p;
            continue;
        }
        if (c >= 0x80) {
            if (const std::size_t n = utf8SequenceLength(p, end)) {
                p += n;
                continue;
            }
        } else if (c == '\r' && (p + 1 == end || p[1] == '\n')) {
            ++p; // the CR of a CRLF (or at the very end): not part of the line's text
            continue;
        }
        // Not clean: the rest of the line needs no look, only its end.
        clean = false;
        p = lineFeedOrEnd(p + 1, end);
        break;
    }
    std::string_view text(begin, static_cast<std::size_t>(p - begin));
    bool crlf = false;
    if (!text.empty() && text.back() == '\r') {
        text.remove_suffix(1);
        crlf = true;
    }
    line.text = text;
    line.clean = clean;
    line.hasBackslash = backslash;
    line.endsWithLf = p != end && !crlf;
    m_pos = static_cast<std::size_t>(p - m_text.data()) + 1;
    ++m_number;
    return true;
}

} // namespace actdesk::transfer::detail
