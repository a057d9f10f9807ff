// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "ids/ActivationId.h"
#include "verbs/LicenceVerbs.h"

#include <QString>

#include <optional>

namespace actdesk::cli {

class CliContext;

using ResolvedActivationId = verbs::ResolvedProgram;

// Accepts a catalog name (win7-esu-y1) or an activation ID in any GUID spelling. On failure
// reports a usage error and sets `exitCode`.
std::optional<ResolvedActivationId> resolveActivationId(CliContext& ctx, const QString& text, int& exitCode);

// "Windows 7 SP1 ESU, Year 1" or the bare GUID.
QString describe(const ResolvedActivationId& id);

} // namespace actdesk::cli
