// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace actdesk::app {

// Where things live by default. Every path can be overridden on the command line.
struct AppPaths
{
    // The simulated machine: $ACTDESK_STATE, else <AppLocalDataLocation>/simulated-machine.
    static QString defaultSimulatedStateDir();
    // The administrator's catalog override: $ACTDESK_CATALOG, else <AppConfigLocation>/esu-catalog.ini.
    static QString defaultCatalogOverride();
    // The journal: $ACTDESK_JOURNAL (a path or a URL), else <AppLocalDataLocation>/journal.sqlite.
    static QString defaultJournalFile();
};

} // namespace actdesk::app
