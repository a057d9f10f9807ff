// SPDX-License-Identifier: MIT
// The one list of actdesk's verbs: help, dispatch and the slmgr spellings all come from it.
// Adding a verb is one entry in VerbTable.cpp (and its handler in Verbs.h).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <span>

namespace actdesk::cli {

class CliContext;

// Where a verb is listed in "actdesk help", in this order.
enum class VerbSection
{
    Licence,
    Journal,
    Transfer,
    Desk,
    Paper
};

struct Verb
{
    // One word ("status") or a command and its sub-command ("desk list").
    const char* name;
    // Other spellings of the whole name, separated by spaces (slmgr's "/dlv"); "" when none.
    const char* aliases;
    // What follows "actdesk" in help; "\n" starts a continuation line. Not translated: the
    // option names and placeholders (FILE, ID) are the same in every language.
    const char* usage;
    // One line (or a few, separated by "\n") saying what it does: QT_TRANSLATE_NOOP("VerbTable", ...).
    const char* description;
    VerbSection section;
    bool json;   // writes one JSON object with --json
    bool paints; // needs a QGuiApplication (fonts, images, PDF)
    int (*run)(CliContext& ctx);

    QString translatedDescription() const;
};

class VerbTable
{
    Q_DECLARE_TR_FUNCTIONS(VerbTable)

public:
    static std::span<const Verb> verbs();
    // The verb the command line names (case-insensitive; an alias counts). `words` are the
    // arguments after the global options; `taken` says how many of them the name used.
    static const Verb* find(const QStringList& words, int& taken);
    // "actdesk help".
    static QString help();
    // Takes the verb off ctx.args and runs it, or reports a usage error.
    static int dispatch(CliContext& ctx);
};

} // namespace actdesk::cli
