// SPDX-License-Identifier: MIT
#include "ids/CheckDigit.h"

namespace actdesk::ids {

int checkDigitFor(std::string_view dataDigits)
{
    int sum = 0;
    for (std::size_t i = 0; i < dataDigits.size(); ++i) {
        const int d = dataDigits[i] - '0';
        sum += (i % 2 == 0) ? d : 2 * d;
    }
    return sum % 7;
}

bool groupCheckDigitOk(std::string_view group)
{
    // One pass: every character a digit, and the last the check digit of the others
    // (the same sum as checkDigitFor).
    if (group.size() < 2)
        return false;
    const std::size_t last = group.size() - 1;
    int sum = 0;
    for (std::size_t i = 0; i < group.size(); ++i) {
        const int d = group[i] - '0';
        if (d < 0 || d > 9)
            return false;
        if (i < last)
            sum += (i % 2 == 0) ? d : 2 * d;
    }
    return sum % 7 == group[last] - '0';
}

} // namespace actdesk::ids
