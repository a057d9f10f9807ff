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
    if (group.size() < 2)
        return false;
    for (char c : group)
        if (c < '0' || c > '9')
            return false;
    return checkDigitFor(group.substr(0, group.size() - 1)) == group.back() - '0';
}

} // namespace actdesk::ids
