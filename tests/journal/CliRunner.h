// SPDX-License-Identifier: MIT
#pragma once

// Runs the real actdesk binary with a private home, the way an admin's script would.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace actdesk::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runActdesk(const QString& home, const QStringList& args, const QString& lang = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("ACTDESK_LANG"), lang);
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.remove(QStringLiteral("USERNAME"));
    env.remove(QStringLiteral("ACTDESK_JOURNAL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTDESK_CLI), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace actdesk::test
