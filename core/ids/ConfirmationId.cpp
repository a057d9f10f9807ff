// SPDX-License-Identifier: MIT
#include "ids/ConfirmationId.h"

#include "ids/DigitGroups.h"

#include <cassert>

namespace actdesk::ids {

namespace {
const std::vector<DigitShape> kShapes = {{ConfirmationId::kGroups, ConfirmationId::kGroupLength}};
}

Result<ConfirmationId, IdError> ConfirmationId::parse(std::u32string_view normalisedText)
{
    auto digits = parseGroupedDigits(normalisedText, IdType::ConfirmationId, kShapes);
    if (!digits)
        return fail(digits.error());
    return ConfirmationId(std::move(digits).value());
}

Result<ConfirmationId, IdError> ConfirmationId::parseAscii(std::string_view text)
{
    auto digits = parseGroupedDigits(text, IdType::ConfirmationId, kShapes);
    if (!digits)
        return fail(digits.error());
    return ConfirmationId(std::move(digits).value());
}

Result<ConfirmationId, IdError> ConfirmationId::parseAsciiAcceptingCheckFailures(std::string_view text)
{
    auto checked = parseAscii(text);
    if (checked || checked.error().kind != IdErrorKind::CheckDigit)
        return checked;
    // The check digits are the only problem, so the text holds exactly 48 digits.
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9')
            digits.push_back(c);
    return ConfirmationId(std::move(digits));
}

std::vector<std::string> ConfirmationId::groups() const
{
    return splitGroups(m_digits, kGroupLength);
}

std::string ConfirmationId::grouped(char separator) const
{
    const std::size_t len = static_cast<std::size_t>(kGroupLength);
    std::string out;
    out.reserve(m_digits.size() + m_digits.size() / len);
    for (std::size_t i = 0; i + len <= m_digits.size(); i += len) {
        if (i)
            out.push_back(separator);
        out.append(m_digits, i, len);
    }
    return out;
}

ConfirmationId ConfirmationId::fromCheckedDigits(std::string digits)
{
    assert(parseAscii(digits) && parseAscii(digits)->digits() == digits);
    return ConfirmationId(std::move(digits));
}

} // namespace actdesk::ids
