// SPDX-License-Identifier: MIT
#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace actdesk::app {

namespace {
QString fromEnvOr(const char* variable, const QString& fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}
} // namespace

QString AppPaths::defaultSimulatedStateDir()
{
    return fromEnvOr("ACTDESK_STATE", QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                          QStringLiteral("/simulated-machine"));
}

QString AppPaths::defaultCatalogOverride()
{
    return fromEnvOr("ACTDESK_CATALOG", QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                            QStringLiteral("/esu-catalog.ini"));
}

QString AppPaths::defaultJournalFile()
{
    return fromEnvOr("ACTDESK_JOURNAL", QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                            QStringLiteral("/journal.sqlite"));
}

} // namespace actdesk::app
