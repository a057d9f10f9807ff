// SPDX-License-Identifier: MIT
#include "ids/InstallationId.h"

#include "ids/DigitGroups.h"

#include <cassert>

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
    auto digits = parseGroupedDigits(text, IdType::InstallationId, kShapes);
    if (!digits)
        return fail(digits.error());
    return InstallationId(std::move(digits).value());
}

std::vector<std::string> InstallationId::groups() const
{
    return splitGroups(m_digits, groupLength());
}

std::string InstallationId::grouped(char separator) const
{
    const std::size_t len = static_cast<std::size_t>(groupLength());
    std::string out;
    out.reserve(m_digits.size() + m_digits.size() / len);
    for (std::size_t i = 0; i + len <= m_digits.size(); i += len) {
        if (i)
            out.push_back(separator);
        out.append(m_digits, i, len);
    }
    return out;
}

InstallationId InstallationId::fromCheckedDigits(std::string digits)
{
    assert(parseAscii(digits) && parseAscii(digits)->digits() == digits);
    return InstallationId(std::move(digits));
}

} // namespace actdesk::ids
