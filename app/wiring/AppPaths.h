// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace actdesk::app {

// Where things live by default. Every path can be overridden on the command line.
// On Windows that is %LOCALAPPDATA%\ActivationDesk\activation-desk, or, in portable mode (a
// file named "portable" beside the programs, for a USB stick), the folder "data" beside them.
struct AppPaths
{
    // The simulated machine: $ACTDESK_STATE, else <AppLocalDataLocation>/simulated-machine.
    static QString defaultSimulatedStateDir();
    // The administrator's catalog override: $ACTDESK_CATALOG, else <AppConfigLocation>/esu-catalog.ini.
    static QString defaultCatalogOverride();
    // The journal: $ACTDESK_JOURNAL (a path or a URL), else <AppLocalDataLocation>/journal.sqlite.
    static QString defaultJournalFile();
    // Windows: the GUI's settings (window geometry, choices) as an INI file beside the journal
    // rather than in the registry, so a portable copy keeps them on the stick.
    static QString settingsFile();
};

} // namespace actdesk::app
