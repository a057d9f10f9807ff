// SPDX-License-Identifier: MIT
#include "ids/InstallationId.h"

#include "ids/DigitGroups.h"

namespace actdesk::ids {

namespace {
const std::vector<DigitShape> kShapes = {{InstallationId::kGroups, 6}, {InstallationId::kGroups, 7}};
}

Result<InstallationId, IdError> InstallationId::parse(std::u32string_view normalisedText)
{
    auto digits = parseGroupedDigits(normalisedText, IdType::InstallationId, kShapes);
    if (!digits)
        return fail(digits.error());
    return InstallationId(std::move(digits).value());
}

Result<InstallationId, IdError> InstallationId::parseAscii(std::string_view text)
{
    return parse(widenAscii(text));
}

std::vector<std::string> InstallationId::groups() const
{
    return splitGroups(m_digits, groupLength());
}

std::string InstallationId::grouped(char separator) const
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
