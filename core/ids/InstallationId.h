// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/IdError.h"

#include <string>
#include <string_view>
#include <vector>

namespace actdesk::ids {

// The installation ID Windows generates for one product SKU: 63 digits in 9 groups of 7
// (Windows 8 / Server 2012 and later), or 54 digits in 9 groups of 6 (the form Windows 7
// is suspected to use; unconfirmed, so both are accepted).
class InstallationId
{
public:
    static constexpr int kGroups = 9;

    // Parses normalised text (see UserInput.h for raw user text). Checks every group.
    static Result<InstallationId, IdError> parse(std::u32string_view normalisedText);
    static Result<InstallationId, IdError> parseAscii(std::string_view text);
    // Wraps digits already checked exactly as parseAscii checks them (54 or 63 digits, every
    // group's check digit right): for a reader that has checked the text in a faster way of
    // its own and proven that check to agree with parseAscii (the transfer reader,
    // core/transfer/TransferIdText.h and test_transfer_id_text.cpp). Not a way round the
    // check: anything else parses. Debug builds assert the precondition.
    static InstallationId fromCheckedDigits(std::string digits);

    const std::string& digits() const { return m_digits; }
    int groupLength() const { return static_cast<int>(m_digits.size()) / kGroups; }
    std::vector<std::string> groups() const;
    std::string grouped(char separator = '-') const;

    friend bool operator==(const InstallationId&, const InstallationId&) = default;

private:
    explicit InstallationId(std::string digits) : m_digits(std::move(digits)) {}
    std::string m_digits;
};

} // namespace actdesk::ids
