// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/IdError.h"

#include <string>
#include <string_view>
#include <vector>

namespace actdesk::ids {

// One accepted layout of a grouped digit ID: `groups` groups of `groupLength` digits.
struct DigitShape
{
    int groups;
    int groupLength;
    int totalDigits() const { return groups * groupLength; }
};

// Splits `digits` (already validated) into groups of `groupLength`.
std::vector<std::string> splitGroups(std::string_view digits, int groupLength);

// Parses text that has already been normalised to ASCII where possible (see UserInput.h):
// digits are kept, ASCII spaces, tabs, line breaks and '-' are separators, anything else is
// an InvalidCharacter naming its 1-based position. The digit count picks the shape; each
// group's check digit is then verified. On success returns the bare digits.
Result<std::string, IdError> parseGroupedDigits(std::u32string_view text, IdType type,
                                                const std::vector<DigitShape>& shapes);
// The same for bytes that never met a user (a file, a command-line ID already in ASCII):
// each byte is one code point, exactly as parseGroupedDigits(widenAscii(bytes), ...) but
// without widening the text first.
Result<std::string, IdError> parseGroupedDigits(std::string_view bytes, IdType type,
                                                const std::vector<DigitShape>& shapes);

// Validates one group as typed into a single field (the UI checks each field live).
// Incomplete input is IncompleteGroup, a wrong check digit is CheckDigit with badGroups={index}.
Result<void, IdError> validateGroup(std::u32string_view text, IdType type, int index, int groupLength);

// Widens ASCII/Latin-1 bytes code point by code point (for text that never met a user).
std::u32string widenAscii(std::string_view ascii);

} // namespace actdesk::ids
