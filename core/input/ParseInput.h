// SPDX-License-Identifier: MIT
#pragma once

// Parsing of raw user text (typed, pasted, read from a file): normalise, then parse.
// Every function here takes UTF-8 exactly as the user produced it.

#include "common/Result.h"
#include "ids/ActivationId.h"
#include "ids/ConfirmationId.h"
#include "ids/IdError.h"
#include "ids/InstallationId.h"
#include "ids/ProductKey.h"

#include <string_view>

namespace actdesk::input {

Result<ids::InstallationId, ids::IdError> parseInstallationId(std::string_view utf8);
Result<ids::ConfirmationId, ids::IdError> parseConfirmationId(std::string_view utf8);
Result<ids::ProductKey, ids::IdError> parseProductKey(std::string_view utf8);
Result<ids::ActivationId, ids::IdError> parseActivationId(std::string_view utf8);

// One field of a grouped entry (IID group 0..8, CID group 0..7), validated as it is typed.
Result<void, ids::IdError> validateIdGroup(std::string_view utf8, ids::IdType type, int index,
                                           int groupLength);

// Counts the digits after normalisation: `actdesk check` and the paste handlers use it to
// decide whether text is an IID (54/63) or a CID (48).
int countDigits(std::string_view utf8);

} // namespace actdesk::input
