// SPDX-License-Identifier: MIT
// "actdesk help": the verbs of VerbTable, section by section, then the global options.
#include "CliContext.h"
#include "VerbTable.h"
#include "text/OnlineText.h"
#include "Verbs.h"

namespace actdesk::cli {

namespace {

// Descriptions start in this column; a longer usage puts its description on the next line.
constexpr qsizetype kDescriptionColumn = 32;

void appendVerb(QString& out, const Verb& verb)
{
    const QString indent(2, QLatin1Char(' '));
    const QString column(kDescriptionColumn, QLatin1Char(' '));
    const QStringList usage = QString::fromLatin1(verb.usage).split(QLatin1Char('\n'));
    QStringList description = verb.translatedDescription().split(QLatin1Char('\n'));
    if (*verb.aliases)
        description.last() += QStringLiteral(" (slmgr %1)").arg(QString::fromLatin1(verb.aliases));

    const QString first = indent + usage.first();
    if (usage.size() == 1 && first.size() + 2 <= kDescriptionColumn) {
        out += first.leftJustified(kDescriptionColumn) + description.takeFirst() + QLatin1Char('\n');
    } else {
        out += first + QLatin1Char('\n');
        // Continuation lines of the usage line up after the command's first word.
        const QString under(indent.size() + usage.first().indexOf(QLatin1Char(' ')) + 1, QLatin1Char(' '));
        for (qsizetype i = 1; i < usage.size(); ++i)
            out += under + usage.at(i) + QLatin1Char('\n');
    }
    for (const QString& line : description)
        out += column + line + QLatin1Char('\n');
}

QString heading(VerbSection section)
{
    switch (section) {
    case VerbSection::Licence:
        return VerbTable::tr("Licences on this machine:");
    case VerbSection::Journal:
        return VerbTable::tr("Journal (every install-key, iid and apply step is recorded):");
    case VerbSection::Transfer:
        return VerbTable::tr("Transfer files (USB stick or share; format: docs/transfer-format.md):");
    case VerbSection::Desk:
        return VerbTable::tr("The desk (answering the requests in a transfer file):");
    case VerbSection::Paper:
        return VerbTable::tr("Paper and phone camera:");
    }
    return {};
}

// What the section's lines leave unsaid; empty when nothing.
QString footnote(VerbSection section)
{
    switch (section) {
    case VerbSection::Licence:
        return VerbTable::tr("ID is an activation ID (GUID) or a program/year name such as win7-esu-y1.");
    case VerbSection::Desk:
        return VerbTable::tr("Desk options: --by NAME (who answers; default user@host), --replace (change an "
                             "answer).\nITEM is an item id or its first characters.");
    case VerbSection::Journal:
    case VerbSection::Transfer:
    case VerbSection::Paper:
        break;
    }
    return {};
}

} // namespace

QString VerbTable::help()
{
    QString out = tr("Usage: actdesk [global options] COMMAND [arguments]") + QLatin1Char('\n');
    for (const VerbSection section : {VerbSection::Licence, VerbSection::Journal, VerbSection::Transfer,
                                      VerbSection::Desk, VerbSection::Paper}) {
        out += QLatin1Char('\n') + heading(section) + QLatin1Char('\n');
        for (const Verb& verb : verbs())
            if (verb.section == section)
                appendVerb(out, verb);
        if (const QString note = footnote(section); !note.isEmpty())
            out += note + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') +
           tr("Global options:\n"
              "  --backend simulated|windows   licensing backend (simulated off Windows)\n"
              "  --state DIR                   where the simulated machine lives\n"
              "  --catalog FILE                an administrator's catalog override file\n"
              "  --journal URL                 the journal: a file path (default: per-user journal.sqlite)\n"
              "                                or postgresql://user@host:port/database for a shared one\n"
              "  --json                        machine-readable output: one JSON object on stdout, errors\n"
              "                                included (\"ok\": false)\n"
              "  --lang en|ja                  language of messages") +
           QLatin1Char('\n');
    out += QLatin1Char('\n') +
           tr("Exit status: 0 success, 1 invalid input or failed operation, 2 usage error,\n"
              "3 environment problem (no simulated machine, backend or catalog unusable, or a transfer\n"
              "file that could not be read or written, which is then left unchanged).");
    return out;
}

int runHelp(CliContext& ctx)
{
    ctx.out << VerbTable::help() << '\n';
    ctx.out << '\n' << text::OnlineText::help() << '\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace actdesk::cli
