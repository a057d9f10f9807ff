// SPDX-License-Identifier: MIT
#include "verbs/LicenceVerbs.h"

#include "input/ParseInput.h"
#include "verbs/TextEntry.h"

#include <algorithm>

namespace actdesk::verbs {

Result<ResolvedProgram, ids::IdError> resolveProgram(const catalog::Catalog& catalog, std::string_view text)
{
    if (const auto* entry = catalog.find(text))
        return ResolvedProgram{entry->activationId, entry};
    auto id = input::parseActivationId(text);
    if (!id)
        return fail(id.error());
    return ResolvedProgram{id.value(), catalog.findById(id.value())};
}

std::string readKeyLine(std::istream& in)
{
    constexpr std::size_t kLongestKeyLine = 256;
    std::string line;
    char c = 0;
    while (line.size() < kLongestKeyLine && in.get(c) && c != '\n')
        line.push_back(c);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

Result<licensing::KeyInstallResult, SessionError>
installKey(ActivationSession& session, const std::optional<ResolvedProgram>& target, std::string& keyText)
{
    if (target)
        session.chooseProgram(target->id, target->entry);
    auto installed = installProductKey(session, keyText);
    std::fill(keyText.begin(), keyText.end(), '\0');
    return installed;
}

Result<ids::InstallationId, SessionError> currentInstallationId(ActivationSession& session,
                                                                const ResolvedProgram& target)
{
    session.chooseProgram(target.id, target.entry);
    auto key = session.useInstalledKey();
    if (!key)
        return fail(key.error());
    return session.generateInstallationId();
}

Result<licensing::LicenseStatus, SessionError>
applyConfirmationId(ActivationSession& session, const ResolvedProgram& target, std::string_view cidText)
{
    auto iid = currentInstallationId(session, target);
    if (!iid)
        return fail(iid.error());
    auto cid = enterConfirmationId(session, cidText);
    if (!cid)
        return fail(cid.error());
    auto deposited = session.deposit();
    if (!deposited)
        return fail(deposited.error());
    return session.verify();
}

} // namespace actdesk::verbs
