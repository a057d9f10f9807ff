// SPDX-License-Identifier: MIT
#include "transfer/TransferIdText.h"

#include <cstddef>

namespace actdesk::transfer::detail {

namespace {

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// `groups` groups of `length` digits joined by single '-', each ending in its check digit
// (ids/CheckDigit.h: the data digits weighted 1, 2, 1, 2, ... summed, mod 7).
bool groupedDigits(std::string_view text, std::size_t groups, std::size_t length, std::string& digits)
{
    constexpr std::size_t kMaxDigits = 63;
    if (groups * length > kMaxDigits || text.size() != groups * length + groups - 1)
        return false;
    char buffer[kMaxDigits];
    std::size_t count = 0;
    for (std::size_t g = 0; g < groups; ++g) {
        const char* group = text.data() + g * (length + 1);
        if (g > 0 && group[-1] != '-')
            return false;
        int sum = 0;
        for (std::size_t i = 0; i < length; ++i) {
            const int d = group[i] - '0';
            if (d < 0 || d > 9)
                return false;
            if (i + 1 < length)
                sum += (i % 2 == 0) ? d : 2 * d;
            buffer[count++] = group[i];
        }
        if (sum % 7 != group[length - 1] - '0')
            return false;
    }
    digits.assign(buffer, count);
    return true;
}

} // namespace

bool isCanonicalGuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isLowerHex(text[i]))
            return false;
    }
    return true;
}

bool writerSpelledInstallationId(std::string_view text, std::string& digits)
{
    return groupedDigits(text, 9, 7, digits) || groupedDigits(text, 9, 6, digits);
}

bool writerSpelledConfirmationId(std::string_view text, std::string& digits)
{
    return groupedDigits(text, 8, 6, digits);
}

} // namespace actdesk::transfer::detail
