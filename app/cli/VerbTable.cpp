// SPDX-License-Identifier: MIT
#include "VerbTable.h"

#include "CliContext.h"
#include "VerbDeskCsv.h"
#include "Verbs.h"

#include <array>

namespace actdesk::cli {

namespace {

using enum VerbSection;

// One entry per verb, in the order "actdesk help" lists them within a section.
constexpr std::array kVerbs{
    Verb{"programs", "", "programs [--os OS]",
         QT_TRANSLATE_NOOP("VerbTable", "list the ESU programs and years (the catalog)"), Licence, true,
         false, &runPrograms},
    Verb{"status", "/dlv", "status [ID|all]",
         QT_TRANSLATE_NOOP("VerbTable", "licence status of the ESU products"), Licence, true, false,
         &runStatus},
    Verb{"install-key", "/ipk", "install-key KEY|- [--for ID]",
         QT_TRANSLATE_NOOP("VerbTable", "install an ESU product key; - reads it from stdin"), Licence, true,
         false, &runInstallKey},
    Verb{"iid", "/dti", "iid ID", QT_TRANSLATE_NOOP("VerbTable", "show the installation ID"), Licence, true,
         false, &runIid},
    Verb{"apply", "/atp", "apply CID ID",
         QT_TRANSLATE_NOOP("VerbTable", "deposit a confirmation ID and verify"), Licence, true, false,
         &runApply},
    Verb{"check", "", "check ID", QT_TRANSLATE_NOOP("VerbTable", "check an installation or confirmation ID"),
         Licence, true, false, &runCheck},
    Verb{"simulate init", "",
         "simulate init [--os OS] [--name NAME] [--missing-prerequisites] [--iid-length 54|63]",
         QT_TRANSLATE_NOOP("VerbTable", "set up a simulated machine (training, tests)"), Licence, true, false,
         &runSimulateInit},
    Verb{"simulate cid", "", "simulate cid IID",
         QT_TRANSLATE_NOOP("VerbTable", "the simulated activation centre"), Licence, true, false,
         &runSimulateCid},
    Verb{"journal", "",
         "journal [--machine NAME] [--iid IID] [--partial-key KEY] [--program ID]\n"
         "[--outcome succeeded|failed] [--since DATE] [--until DATE] [--limit N] [--csv]",
         QT_TRANSLATE_NOOP("VerbTable", "list journal entries, newest first (DATE: YYYY-MM-DD, UTC)"),
         Journal, true, false, &runJournal},
    Verb{"export", "", "export FILE [ID...]",
         QT_TRANSLATE_NOOP("VerbTable", "save this machine's activation requests into FILE"), Transfer, true,
         false, &runExport},
    Verb{"import", "", "import FILE",
         QT_TRANSLATE_NOOP("VerbTable", "apply the answers in FILE that are meant for this machine"),
         Transfer, true, false, &runImport},
    Verb{"desk list", "", "desk list FILE [--status S]",
         QT_TRANSLATE_NOOP("VerbTable", "the items in FILE (S: pending, answered, failed, applied)"), Desk,
         true, false, &runDeskList},
    Verb{"desk answer", "", "desk answer FILE ITEM [CID]",
         QT_TRANSLATE_NOOP("VerbTable", "record the confirmation ID for an item (without CID: reuse\n"
                                        "the one the journal already holds)"),
         Desk, true, false, &runDeskAnswer},
    Verb{"desk fail", "", "desk fail FILE ITEM REASON",
         QT_TRANSLATE_NOOP("VerbTable", "mark an item failed, with the reason"), Desk, true, false,
         &runDeskFail},
    Verb{"desk simulate", "", "desk simulate FILE",
         QT_TRANSLATE_NOOP("VerbTable", "training: the simulated centre answers every open item"), Desk, true,
         false, &runDeskSimulate},
    Verb{"desk export-csv", "", "desk export-csv FILE CSV",
         QT_TRANSLATE_NOOP("VerbTable", "the pending installation IDs, for a spreadsheet"), Desk, true, false,
         &deskExportCsv},
    Verb{"desk import-csv", "", "desk import-csv FILE CSV",
         QT_TRANSLATE_NOOP("VerbTable", "confirmation IDs back from a spreadsheet"), Desk, true, false,
         &deskImportCsv},
    Verb{"desk online", "", "desk online FILE... [--endpoint URL] [--proxy URL] [--limit N] [--dry-run] [--ca-file PEM]",
         QT_TRANSLATE_NOOP("VerbTable", "get confirmation IDs for every waiting item from Microsoft's BatchActivation\n"
                                        "service and save them into the files; a CID already in the journal is\n"
                                        "reused (no MAK activation spent); simulated machines are never sent to Microsoft"),
         Desk, true, false, &runDeskOnline},
    Verb{"desk remaining", "", "desk remaining EXTENDED-PID [--endpoint URL] [--proxy URL] [--ca-file PEM]",
         QT_TRANSLATE_NOOP("VerbTable", "how many activations the MAK has left"), Desk, true, false, &runDeskRemaining},
    Verb{"sheet", "", "sheet FILE.pdf [--from TRANSFER_FILE] [--qr-with-name]",
         QT_TRANSLATE_NOOP("VerbTable", "printable activation sheet(s): IID in large groups, its QR\n"
                                        "code and boxes A-H for the CID; for this machine's pending\n"
                                        "ESU years, or for every pending item of a transfer file"),
         Paper, true, true, &runSheet},
    Verb{"qr", "", "qr IID --png FILE [--name NAME]",
         QT_TRANSLATE_NOOP("VerbTable", "a QR code of the IID (digits only unless --name is given)"), Paper,
         true, true, &runQr},
};

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Does `verb` (or one of its aliases) spell the start of `given`? Returns the words used.
int matches(const Verb& verb, const QStringList& given)
{
    QStringList spellings{QString::fromLatin1(verb.name)};
    spellings += words(verb.aliases);
    for (const QString& spelling : spellings) {
        const QStringList name = spelling.split(QLatin1Char(' '));
        if (given.size() < name.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < name.size() && same; ++i)
            same = given.at(i).compare(name.at(i), Qt::CaseInsensitive) == 0;
        if (same)
            return static_cast<int>(name.size());
    }
    return 0;
}

// The sub-commands of a command word ("desk" -> list, answer, ...); empty for a verb of one word.
QStringList subcommands(const QString& command)
{
    QStringList subs;
    for (const Verb& verb : kVerbs) {
        const QStringList name = words(verb.name);
        if (name.size() > 1 && name.first().compare(command, Qt::CaseInsensitive) == 0)
            subs << name.at(1);
    }
    return subs;
}

} // namespace

QString Verb::translatedDescription() const
{
    return QCoreApplication::translate("VerbTable", description);
}

std::span<const Verb> VerbTable::verbs()
{
    return kVerbs;
}

const Verb* VerbTable::find(const QStringList& given, int& taken)
{
    for (const Verb& verb : kVerbs) {
        if (const int n = matches(verb, given); n > 0) {
            taken = n;
            return &verb;
        }
    }
    taken = 0;
    return nullptr;
}

int VerbTable::dispatch(CliContext& ctx)
{
    int taken = 0;
    const Verb* verb = find(ctx.args, taken);
    if (!verb) {
        const QString command = ctx.args.first();
        const QStringList subs = subcommands(command);
        if (subs.isEmpty())
            return ctx.usage(CliContext::tr("unknown command \"%1\"").arg(command), "unknown-command");
        ctx.command = command.toLower();
        if (ctx.args.size() < 2)
            return ctx.usage(
                tr("%1 needs one of these commands: %2").arg(ctx.command, subs.join(QStringLiteral(", "))),
                "missing-command");
        return ctx.usage(tr("unknown %1 command \"%2\"").arg(ctx.command, ctx.args.at(1)), "unknown-command");
    }
    ctx.command = QString::fromLatin1(verb->name);
    ctx.args.remove(0, taken);
    if (ctx.json && !verb->json)
        return ctx.usage(tr("%1 has no --json output").arg(ctx.command), "no-json");
    return verb->run(ctx);
}

} // namespace actdesk::cli
