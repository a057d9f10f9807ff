// SPDX-License-Identifier: MIT
#pragma once

#include "Composition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <variant>

namespace actdesk::app::gui {

// The GUI's command line. --lang, --state, --backend, --catalog and --journal mean what they
// mean for the actdesk CLI.
struct GuiOptions
{
    QString language;
    Backend backend = defaultBackend();
    QString stateDir;
    QString catalogFile;
    bool catalogGiven = false;
    QString journalLocation; // a path, sqlite:///path or postgresql://user@host:port/db
    QString resumeTicket;    // --resume: started again as administrator (app/gui/ResumeTicket)
};

// A command line that asks for no window (--help, --version) or has a mistake: answered on
// the terminal with this exit code.
struct TerminalAnswer
{
    int exitCode = 0;
    QString out;
    QString err;
};

class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)

  public:
    // --lang only, read before any translator exists (so --help itself can be translated).
    static QString languageOverride(const QStringList& arguments);
    // Everything. --help and --version are answered with exit code 0, mistakes with exit code 2
    // and a message naming the mistake. Prints nothing: the caller decides where the answer goes.
    static std::variant<GuiOptions, TerminalAnswer> parse(const QStringList& arguments);
};

} // namespace actdesk::app::gui
