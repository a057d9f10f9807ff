// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace actdesk::ids {

// Every group of an installation or confirmation ID ends in a check digit:
// last = (d1 + 2*d2 + d3 + 2*d4 + ...) mod 7 over the group's other digits
// (see docs: ids-transfer-esu.md section 3.2, verified on every real sample found).

// The check digit for `dataDigits` (ASCII digits only; the caller guarantees it).
int checkDigitFor(std::string_view dataDigits);

// True when `group` is all ASCII digits and its last digit is the check digit of the rest.
bool groupCheckDigitOk(std::string_view group);

} // namespace actdesk::ids
