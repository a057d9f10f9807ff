// SPDX-License-Identifier: MIT
#include "verbs/TextEntry.h"

#include "input/ParseInput.h"

namespace actdesk::verbs {

using workflow::SessionError;
using workflow::Step;

Result<licensing::KeyInstallResult, SessionError> installProductKey(workflow::ActivationSession& session,
                                                                    std::string_view keyText)
{
    auto key = input::parseProductKey(keyText);
    if (!key)
        return fail(session.rejectInput(Step::ProductKey, key.error()));
    return session.installProductKey(key.value());
}

Result<ids::ConfirmationId, SessionError> enterConfirmationId(workflow::ActivationSession& session,
                                                              std::string_view cidText)
{
    auto cid = input::parseConfirmationId(cidText);
    if (!cid)
        return fail(session.rejectInput(Step::ConfirmationId, cid.error()));
    return session.enterConfirmationId(cid.value());
}

Result<ids::ConfirmationId, SessionError>
enterConfirmationIdDespiteCheck(workflow::ActivationSession& session, std::string_view digits)
{
    auto cid = ids::ConfirmationId::parseAsciiAcceptingCheckFailures(digits);
    if (!cid)
        return enterConfirmationId(session, digits); // names the mistake as the ordinary way does
    return session.enterConfirmationIdDespiteCheck(cid.value());
}

} // namespace actdesk::verbs
