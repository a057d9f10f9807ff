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
};

class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)

public:
    // --lang only, read before any translator exists (so --help itself can be translated).
    static QString languageOverride(const QStringList& arguments);
    // Everything. --help and --version print and yield exit code 0; mistakes print and
    // yield exit code 2.
    static std::variant<GuiOptions, int> parse(const QStringList& arguments);
};

} // namespace actdesk::app::gui
