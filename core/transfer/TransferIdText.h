// SPDX-License-Identifier: MIT
#pragma once

// IDs as the writer spells them (lower-case GUIDs, digit groups joined by '-'), checked in
// one pass over their bytes. Reading a file checked every ID through the ID parsers, which
// accept every spelling a user might paste (spaces, braces, upper case) and so first
// collect the significant characters, then check them: about an eighth of the time of
// reading a file. Each function here accepts only text the ID parser also accepts and
// yields exactly what the parser would; anything else returns false and the caller asks
// the parser, which names the problem. (test_transfer_id_text.cpp proves the agreement.)
// The reader wraps what these accept without parsing it again: ids::ActivationId::
// fromCanonical and ids::InstallationId / ids::ConfirmationId::fromCheckedDigits, the narrow
// factories that exist for this agreement.
// Internal to core/transfer.

#include <string>
#include <string_view>

namespace actdesk::transfer::detail {

// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in lower-case hex: then the text is its own
// canonical form (ids::ActivationId::parseAscii(text)->canonical() == text).
bool isCanonicalGuid(std::string_view text);

// Nine groups of 7 digits (or of 6) joined by single '-', every group's check digit right:
// then `digits` is set to ids::InstallationId::parseAscii(text)->digits().
bool writerSpelledInstallationId(std::string_view text, std::string& digits);

// Eight groups of 6 digits joined by single '-', every group's check digit right: then
// `digits` is set to ids::ConfirmationId::parseAscii(text)->digits().
bool writerSpelledConfirmationId(std::string_view text, std::string& digits);

} // namespace actdesk::transfer::detail
