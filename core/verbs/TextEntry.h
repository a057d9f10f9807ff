// SPDX-License-Identifier: MIT
#pragma once

// Text as people type or paste it, into the activation workflow: normalised and parsed here
// (core/input), handed to ActivationSession as typed values. Text that does not parse is
// reported to the session as a failed step (journaled like any other) and returned as an
// Input error naming the group. Every front end (wizard, actdesk, actdesk-win.exe) enters
// text through these, so the session itself never sees a string.

#include "workflow/ActivationSession.h"

#include <string_view>

namespace actdesk::verbs {

// slmgr /ipk: the key in any spelling (dashes, spaces, full-width characters).
Result<licensing::KeyInstallResult, workflow::SessionError>
installProductKey(workflow::ActivationSession& session, std::string_view keyText);
// The CID as typed, every group checked.
Result<ids::ConfirmationId, workflow::SessionError> enterConfirmationId(workflow::ActivationSession& session,
                                                                        std::string_view cidText);
// The CID taken although groups fail their check digit (see
// ActivationSession::enterConfirmationIdDespiteCheck); any other mistake is refused as usual.
Result<ids::ConfirmationId, workflow::SessionError>
enterConfirmationIdDespiteCheck(workflow::ActivationSession& session, std::string_view digits);

} // namespace actdesk::verbs
