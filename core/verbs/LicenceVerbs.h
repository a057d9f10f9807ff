// SPDX-License-Identifier: MIT
#pragma once

// The slmgr-like licence verbs (install-key, iid, apply) as plain workflow, shared by every
// front end: actdesk (Qt, translated) and actdesk-win.exe (no Qt, for Windows 7 to 8.1). The
// front ends parse their command lines and print; what the verbs do, and in which order,
// lives here once.

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "ids/ActivationId.h"
#include "workflow/ActivationSession.h"

#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace actdesk::verbs {

using workflow::ActivationSession;
using workflow::SessionError;

// A program/year from the command line: a catalog name (win7-esu-y1) or an activation ID in
// any spelling people type or paste (braces, full-width characters, spaces).
struct ResolvedProgram
{
    ids::ActivationId id;
    const catalog::CatalogEntry* entry = nullptr; // null when the GUID is not in the catalog
};
Result<ResolvedProgram, ids::IdError> resolveProgram(const catalog::Catalog& catalog, std::string_view text);

// `install-key -`: one line of standard input, at most 256 bytes (a key in any spelling fits;
// /dev/zero or a binary file ends in "not a product key", not in gigabytes of memory).
std::string readKeyLine(std::istream& in);

// install-key: on `target`'s SKU when given, else where Windows puts it. `keyText` is wiped.
Result<licensing::KeyInstallResult, SessionError>
installKey(ActivationSession& session, const std::optional<ResolvedProgram>& target, std::string& keyText);

// iid (slmgr /dti): the IID of the key already installed for `target`.
Result<ids::InstallationId, SessionError> currentInstallationId(ActivationSession& session,
                                                                const ResolvedProgram& target);

// apply (slmgr /atp): the CID checked group by group against the IID Windows generates now,
// deposited, and the status read back.
Result<licensing::LicenseStatus, SessionError>
applyConfirmationId(ActivationSession& session, const ResolvedProgram& target, std::string_view cidText);

} // namespace actdesk::verbs
