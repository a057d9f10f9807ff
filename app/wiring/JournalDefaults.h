// SPDX-License-Identifier: MIT
#pragma once

// Who writes to the journal and where it lives by default. Shared by the CLI and the GUI.

#include "workflow/ActivationJournal.h"

#include <QString>

namespace actdesk::app {

struct JournalDefaults
{
    // $ACTDESK_JOURNAL, else the per-user SQLite file (AppPaths::defaultJournalFile()).
    static QString location();
    // The operating-system user running the tool (the "operator" column).
    static QString operatorName();
    // operatorName(), `role`, and this build's version.
    static workflow::JournalAuthor author(workflow::JournalRole role);
};

} // namespace actdesk::app
