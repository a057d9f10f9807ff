// SPDX-License-Identifier: MIT
#pragma once

namespace actdesk::cli {

class CliContext;

// actdesk desk export-csv / import-csv (the arguments after the sub-command are in ctx.args).
int deskExportCsv(CliContext& ctx);
int deskImportCsv(CliContext& ctx);

} // namespace actdesk::cli
