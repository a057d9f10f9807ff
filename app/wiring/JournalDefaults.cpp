// SPDX-License-Identifier: MIT
#include "JournalDefaults.h"

#include "AppPaths.h"

#include <QDir>

namespace actdesk::app {

QString JournalDefaults::location()
{
    return AppPaths::defaultJournalFile();
}

QString JournalDefaults::operatorName()
{
    for (const char* variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

workflow::JournalAuthor JournalDefaults::author(workflow::JournalRole role)
{
    return {operatorName().toStdString(), role, ACTDESK_VERSION};
}

} // namespace actdesk::app
