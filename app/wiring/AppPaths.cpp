// SPDX-License-Identifier: MIT
#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace actdesk::app {

namespace {
QString fromEnvOr(const char* variable, const QString& fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}

// Windows: a file named "portable" beside the programs keeps everything in "data" beside
// them, for a copy on a USB stick that moves between machines. Linux installs are never
// portable (the programs live in /usr/bin).
QString portableRoot()
{
#ifdef Q_OS_WIN
    const QString programDir = QCoreApplication::applicationDirPath();
    if (!programDir.isEmpty() && QFileInfo(programDir + QStringLiteral("/portable")).isFile())
        return programDir + QStringLiteral("/data");
#endif
    return {};
}

// Windows: %LOCALAPPDATA%\ActivationDesk\activation-desk; Linux: ~/.local/share/ActivationDesk/activation-desk.
QString dataRoot()
{
    const QString portable = portableRoot();
    return portable.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : portable;
}

// Windows: the same folder as the data (an administrator finds both together); Linux:
// ~/.config/ActivationDesk.
QString configRoot()
{
    const QString portable = portableRoot();
    return portable.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : portable;
}
} // namespace

QString AppPaths::defaultSimulatedStateDir()
{
    return fromEnvOr("ACTDESK_STATE", dataRoot() + QStringLiteral("/simulated-machine"));
}

QString AppPaths::defaultCatalogOverride()
{
    return fromEnvOr("ACTDESK_CATALOG", configRoot() + QStringLiteral("/esu-catalog.ini"));
}

QString AppPaths::defaultJournalFile()
{
    return fromEnvOr("ACTDESK_JOURNAL", dataRoot() + QStringLiteral("/journal.sqlite"));
}

QString AppPaths::settingsFile()
{
    return dataRoot() + QStringLiteral("/settings.ini");
}

} // namespace actdesk::app
