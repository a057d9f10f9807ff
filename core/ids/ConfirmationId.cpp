// SPDX-License-Identifier: MIT
#include "ids/ConfirmationId.h"

#include "ids/DigitGroups.h"

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
    return parse(widenAscii(text));
}

std::vector<std::string> ConfirmationId::groups() const
{
    return splitGroups(m_digits, kGroupLength);
}

std::string ConfirmationId::grouped(char separator) const
{
    std::string out;
    for (const auto& g : groups()) {
        if (!out.empty())
            out.push_back(separator);
        out += g;
    }
    return out;
}

} // namespace actdesk::ids
