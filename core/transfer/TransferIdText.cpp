// SPDX-License-Identifier: MIT
#include "transfer/TransferIdText.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace actdesk::transfer::detail {

namespace {

// Whether the `Length` bytes at `group` are digits and the last is the check digit of the
// others (ids/CheckDigit.h: the data digits weighted 1, 2, 1, 2, ... summed, mod 7).
template <std::size_t Length>
bool groupOk(const char* group)
{
    static_assert(Length >= 4 && Length <= 8);
    if constexpr (std::endian::native == std::endian::little) {
        // All bytes of the group in one 64-bit word, byte i of the group in byte i of the word.
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kGroup = Length == 8 ? ~0ULL : (1ULL << (8 * Length)) - 1;
        constexpr std::uint64_t kData = (1ULL << (8 * (Length - 1))) - 1; // all but the check digit
        constexpr std::uint64_t kOddData = 0xff00ff00ff00ff00ULL & kData; // the data digits weighted 2
        // Two overlapping 4-byte loads rather than a copy into a zeroed word: the word would be
        // read back from the stack before the partial stores reached it, which stalls the CPU.
        std::uint32_t low = 0;
        std::uint32_t high = 0;
        std::memcpy(&low, group, 4);
        std::memcpy(&high, group + Length - 4, 4);
        const std::uint64_t x = std::uint64_t{low} | (std::uint64_t{high} << (8 * (Length - 4)));
        // Digits: every byte is 0x3?, and adding 6 leaves it 0x3? ('9' + 6 = '?', ':' + 6 = '@').
        // (After the first test no byte exceeds 0x3F, so the addition carries into no other.)
        if ((x & (0xf0 * kOnes)) != (0x30 * kOnes & kGroup) ||
            ((x + 0x06 * kOnes) & (0xf0 * kOnes) & kGroup) != (0x30 * kOnes & kGroup))
            return false;
        const std::uint64_t values = x - (0x30 * kOnes & kGroup); // byte i: the digit's value
        const std::uint64_t data = values & kData;
        const std::uint64_t weighted = data + (data & kOddData);
        // One multiplication adds up every byte into the top one (at most 7 * 18 < 256: no
        // byte overflows into the next).
        const auto sum = static_cast<unsigned>((weighted * kOnes) >> 56);
        const auto check = static_cast<unsigned>(values >> (8 * (Length - 1)));
        return sum % 7 == check;
    } else {
        unsigned sum = 0;
        for (std::size_t i = 0; i < Length; ++i) {
            const unsigned d = static_cast<unsigned char>(group[i]) - unsigned{'0'};
            if (d > 9)
                return false;
            if (i + 1 < Length)
                sum += (i % 2 == 0) ? d : 2 * d;
            else
                return sum % 7 == d;
        }
        return false;
    }
}

// `Groups` groups of `Length` digits joined by single '-', each ending in its check digit.
template <std::size_t Groups, std::size_t Length>
bool groupedDigits(std::string_view text, std::string& digits)
{
    if (text.size() != Groups * Length + Groups - 1)
        return false;
    for (std::size_t g = 0; g < Groups; ++g) {
        const char* group = text.data() + g * (Length + 1);
        if ((g > 0 && group[-1] != '-') || !groupOk<Length>(group))
            return false;
    }
    digits.resize(Groups * Length);
    for (std::size_t g = 0; g < Groups; ++g)
        std::memcpy(digits.data() + g * Length, text.data() + g * (Length + 1), Length);
    return true;
}

constexpr std::array<bool, 256> kLowerHex = [] {
    std::array<bool, 256> t{};
    for (char c : std::string_view("0123456789abcdef"))
        t[static_cast<unsigned char>(c)] = true;
    return t;
}();

} // namespace

bool isCanonicalGuid(std::string_view text)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!kLowerHex[static_cast<unsigned char>(text[i])] && i != 8 && i != 13 && i != 18 && i != 23)
            return false;
    return true;
}

bool writerSpelledInstallationId(std::string_view text, std::string& digits)
{
    return groupedDigits<9, 7>(text, digits) || groupedDigits<9, 6>(text, digits);
}

bool writerSpelledConfirmationId(std::string_view text, std::string& digits)
{
    return groupedDigits<8, 6>(text, digits);
}

} // namespace actdesk::transfer::detail
