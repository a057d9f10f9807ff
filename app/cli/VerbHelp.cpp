// SPDX-License-Identifier: MIT
#include "CliContext.h"
#include "text/OnlineText.h"
#include "text/TransferText.h"
#include "Verbs.h"

namespace actdesk::cli {

// tr() as TransferText::tr, so that lupdate files these strings under the context they are
// looked up in at run time ("TransferText").
using text::TransferText;

int runHelp(CliContext& ctx)
{
    ctx.out << CliContext::tr(
                   "Usage: actdesk [global options] COMMAND [arguments]\n"
                   "\n"
                   "Commands:\n"
                   "  programs [--os OS]            list the ESU programs and years (the catalog)\n"
                   "  status [ID|all]               licence status of the ESU products (slmgr /dlv)\n"
                   "  install-key KEY|- [--for ID]  install an ESU product key (slmgr /ipk); - reads it from stdin\n"
                   "  iid ID                        show the installation ID (slmgr /dti)\n"
                   "  apply CID ID                  deposit a confirmation ID and verify (slmgr /atp)\n"
                   "  check ID                      check an installation or confirmation ID\n"
                   "  simulate init [--os OS] [--name NAME] [--missing-prerequisites] [--iid-length 54|63]\n"
                   "                                set up a simulated machine (training, tests)\n"
                   "  simulate cid IID              the simulated activation centre\n"
                   "\n"
                   "ID is an activation ID (GUID) or a program/year name such as win7-esu-y1.\n"
                   "The slmgr spellings /ipk, /dti, /atp and /dlv are accepted too.\n"
                   "\n"
                   "Global options:\n"
                   "  --backend simulated|windows   licensing backend (simulated off Windows)\n"
                   "  --state DIR                   where the simulated machine lives\n"
                   "  --catalog FILE                an administrator's catalog override file\n"
                   "  --json                        machine-readable output\n"
                   "  --lang en|ja                  language of messages\n"
                   "\n"
                   "Exit status: 0 success, 1 invalid input or failed operation, 2 usage error,\n"
                   "3 environment problem (no simulated machine, backend or catalog unusable).")
            << '\n';
    ctx.out << '\n'
            << CliContext::tr(
                   "Journal (every install-key, iid and apply step is recorded):\n"
                   "  journal [--machine NAME] [--iid IID] [--partial-key KEY] [--program ID]\n"
                   "          [--outcome succeeded|failed] [--since DATE] [--until DATE] [--limit N] [--csv]\n"
                   "                                list journal entries, newest first (DATE: YYYY-MM-DD, UTC)\n"
                   "  --journal URL                 the journal: a file path (default: per-user journal.sqlite)\n"
                   "                                or postgresql://user@host:port/database for a shared one")
            << '\n';
    ctx.out << '\n' << TransferText::help() << '\n';
    ctx.out << '\n' << text::OnlineText::help() << '\n';
    ctx.out << '\n'
            << CliContext::tr(
                   "Paper and phone camera:\n"
                   "  sheet FILE.pdf [--from TRANSFER_FILE] [--qr-with-name]\n"
                   "                                printable activation sheet(s): IID in large groups, its QR\n"
                   "                                code and boxes A-H for the CID; for this machine's pending\n"
                   "                                ESU years, or for every pending item of a transfer file\n"
                   "  qr IID --png FILE [--name NAME]\n"
                   "                                a QR code of the IID (digits only unless --name is given)")
            << '\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace actdesk::cli
