// SPDX-License-Identifier: MIT
#include "input/ParseInput.h"

#include "ids/DigitGroups.h"
#include "input/UserText.h"

namespace actdesk::input {

namespace {
template <typename T>
Result<T, ids::IdError> normaliseThen(std::string_view utf8, ids::IdType type,
                                      Result<T, ids::IdError> (*parse)(std::u32string_view))
{
    auto text = normaliseForIds(utf8, type);
    if (!text)
        return fail(text.error());
    return parse(text.value());
}
} // namespace

Result<ids::InstallationId, ids::IdError> parseInstallationId(std::string_view utf8)
{
    return normaliseThen<ids::InstallationId>(utf8, ids::IdType::InstallationId, &ids::InstallationId::parse);
}

Result<ids::ConfirmationId, ids::IdError> parseConfirmationId(std::string_view utf8)
{
    return normaliseThen<ids::ConfirmationId>(utf8, ids::IdType::ConfirmationId, &ids::ConfirmationId::parse);
}

Result<ids::ProductKey, ids::IdError> parseProductKey(std::string_view utf8)
{
    return normaliseThen<ids::ProductKey>(utf8, ids::IdType::ProductKey, &ids::ProductKey::parse);
}

Result<ids::ActivationId, ids::IdError> parseActivationId(std::string_view utf8)
{
    return normaliseThen<ids::ActivationId>(utf8, ids::IdType::ActivationId, &ids::ActivationId::parse);
}

Result<void, ids::IdError> validateIdGroup(std::string_view utf8, ids::IdType type, int index,
                                           int groupLength)
{
    auto text = normaliseForIds(utf8, type);
    if (!text)
        return fail(text.error());
    return ids::validateGroup(text.value(), type, index, groupLength);
}

int countDigits(std::string_view utf8)
{
    auto text = normaliseForIds(utf8, ids::IdType::InstallationId);
    if (!text)
        return 0;
    int n = 0;
    for (char32_t c : text.value())
        if (c >= U'0' && c <= U'9')
            ++n;
    return n;
}

} // namespace actdesk::input
