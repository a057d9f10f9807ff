// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/IdError.h"

#include <string>
#include <string_view>
#include <vector>

namespace actdesk::ids {

// The confirmation ID the activation centre returns: 48 digits in 8 groups of 6,
// labelled A to H, each group ending in its check digit.
class ConfirmationId
{
  public:
    static constexpr int kGroups = 8;
    static constexpr int kGroupLength = 6;

    static Result<ConfirmationId, IdError> parse(std::u32string_view normalisedText);
    static Result<ConfirmationId, IdError> parseAscii(std::string_view text);
    // The same, except that groups failing their check digit are accepted. Only for a person
    // who overrides the check because the activation line confirmed the digits: the check rule
    // is verified on few real confirmation IDs, so it must not be the last word (docs:
    // ids-transfer-esu 3.2). Every other error is still refused.
    static Result<ConfirmationId, IdError> parseAsciiAcceptingCheckFailures(std::string_view text);
    // Wraps digits already checked exactly as parseAscii checks them (48 digits, every group's
    // check digit right): for a reader that has checked the text in a faster way of its own and
    // proven that check to agree with parseAscii (the transfer reader,
    // core/transfer/TransferIdText.h and test_transfer_id_text.cpp). Not a way round the
    // check: anything else parses. Debug builds assert the precondition.
    static ConfirmationId fromCheckedDigits(std::string digits);

    // Builds a CID from digits that are known to be well formed (the simulated centre).
    // Returns an error if they are not, rather than trusting the caller.
    static Result<ConfirmationId, IdError> fromDigits(std::string_view digits) { return parseAscii(digits); }

    const std::string& digits() const { return m_digits; }
    std::vector<std::string> groups() const;
    std::string grouped(char separator = '-') const;

    friend bool operator==(const ConfirmationId&, const ConfirmationId&) = default;

  private:
    explicit ConfirmationId(std::string digits) : m_digits(std::move(digits)) {}
    std::string m_digits;
};

} // namespace actdesk::ids
