// SPDX-License-Identifier: MIT
#pragma once

// Free text a person types that Activation Desk writes into files and prints: a machine
// name, a reason, an operator's name. One rule, checked where the text is typed, so that a
// transfer file, a journal or a state file is never blamed for it later: bounded, valid UTF-8,
// no control, invisible or direction-changing characters, and never a product key.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace actdesk::input {

// The limits of the transfer file format (docs/transfer-format.md), in UTF-8 bytes.
inline constexpr std::size_t kMaxNameBytes = 256;      // machine name, operator
inline constexpr std::size_t kMaxFreeTextBytes = 1024; // a reason

struct FreeTextProblem
{
    enum class Kind
    {
        TooLong,          // `length` bytes, more than `limit`
        ControlCharacter, // `character`: C0/C1 control, DEL, zero-width or bidi control
        InvalidUtf8,
        ProductKey, // holds a product key in any spelling the key fields accept
    } kind = Kind::TooLong;
    std::size_t length = 0;
    std::size_t limit = 0;
    char32_t character = 0;
};

std::optional<FreeTextProblem> checkFreeText(std::string_view utf8, std::size_t maxBytes);

// Characters that must never reach a terminal or a file as they are: C0 and C1 controls,
// DEL, zero-width characters and the bidirectional controls (U+202E turns a line round).
bool isHiddenOrControl(char32_t c);

// `utf8` with every such character written as "<U+XXXX>" and every product key masked: how
// free text from a file, a machine or a journal is printed. Invalid UTF-8 bytes become U+FFFD.
// `keepLineBreaks`: a message's own line breaks and tabs stay as they are.
std::string printableText(std::string_view utf8, bool keepLineBreaks = false);

} // namespace actdesk::input
