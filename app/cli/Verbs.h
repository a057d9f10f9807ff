// SPDX-License-Identifier: MIT
#pragma once

namespace actdesk::cli {

class CliContext;

// One function per verb of VerbTable.cpp, which names them; each returns the process exit code.
int runPrograms(CliContext& ctx);
int runStatus(CliContext& ctx);
int runInstallKey(CliContext& ctx);
int runIid(CliContext& ctx);
int runApply(CliContext& ctx);
int runJournal(CliContext& ctx);
int runCheck(CliContext& ctx);
int runSimulateInit(CliContext& ctx);
int runSimulateCid(CliContext& ctx);
int runHelp(CliContext& ctx);
// Transfer files (VerbTransfer.cpp, VerbDesk.cpp).
int runExport(CliContext& ctx);
int runImport(CliContext& ctx);
int runDeskList(CliContext& ctx);
int runDeskAnswer(CliContext& ctx);
int runDeskFail(CliContext& ctx);
int runDeskSimulate(CliContext& ctx);
// desk online / desk remaining (VerbDeskOnline.cpp).
int runDeskOnline(CliContext& ctx);
int runDeskRemaining(CliContext& ctx);
int runSheet(CliContext& ctx);
int runQr(CliContext& ctx);

} // namespace actdesk::cli
