// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace actdesk::ids {

enum class IdType
{
    InstallationId,
    ConfirmationId,
    ProductKey,
    ActivationId,
};

enum class IdErrorKind
{
    Empty,            // nothing but separators
    InvalidEncoding,  // the bytes are not UTF-8
    InvalidCharacter, // `character` at `position` is not allowed
    WrongLength,      // `found` significant characters, `expected` lists what would be accepted
    CheckDigit,       // `badGroups` failed their check digit
    IncompleteGroup,  // single-group validation: fewer digits than the group needs
    TooManyN,         // product key: the letter N may appear once only
};

// A parse failure, with everything a message needs to say *what* and *where*.
// Core never builds the sentence: ui/ and app/ translate these fields.
struct IdError
{
    IdType type = IdType::InstallationId;
    IdErrorKind kind = IdErrorKind::Empty;
    int found = 0;             // WrongLength / IncompleteGroup: significant characters found
    std::vector<int> expected; // WrongLength: accepted totals (for example {54, 63})
    char32_t character = 0;    // InvalidCharacter: the offending code point, as typed
    int position = 0;          // InvalidCharacter: 1-based code-point position in the input
    std::vector<int> badGroups; // CheckDigit: 0-based indices of the failing groups
};

// "1".."9" for installation-ID groups, "A".."H" for confirmation-ID groups.
std::string groupLabel(IdType type, int index);

} // namespace actdesk::ids
