// SPDX-License-Identifier: MIT
#pragma once

// Runs our programs (actdesk, activation-desk) the way an admin's script would, with a
// private HOME: nothing of the person running the tests is read or written, and none of
// their ACTDESK_STATE, ACTDESK_JOURNAL or user name leaks into what a test checks.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace actdesk::test {

// Well-formed product keys (not real ones) for simulated machines. "HJKMP" is in no partial
// key, so finding it in output or in a file means a full key leaked.
inline constexpr const char* kKeyA1 = "BCDFG-HJKMP-QRTVW-XY234-6789B";
inline constexpr const char* kKeyA2 = "BCDFG-HJKMP-QRTVW-XY234-6789C";
inline constexpr const char* kKeyB1 = "BCDFG-HJKMP-QRTVW-XY234-6789D";

// How a run ended and what it printed. exitCode is -1 when the program crashed, could not
// be started or was killed for taking too long, so that no expected exit status matches.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    // Standard output read as the JSON object that --json prints.
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

struct RunOptions
{
    QString lang = QStringLiteral("en");                  // ACTDESK_LANG
    QString user = QStringLiteral("tester");              // USER (USERNAME removed): the operator
    std::vector<std::pair<QString, QString>> environment; // further variables
    QByteArray input;                                     // standard input, then end of file
    std::function<void()> inChild;                        // runs in the child before exec
    int timeoutMs = 120000;
};

inline CliRun runProgram(const QString& program, const QString& home, const QStringList& args,
                         const RunOptions& options = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("ACTDESK_LANG"), options.lang);
    env.insert(QStringLiteral("USER"), options.user);
    env.remove(QStringLiteral("USERNAME"));
    env.remove(QStringLiteral("ACTDESK_STATE"));
    env.remove(QStringLiteral("ACTDESK_JOURNAL"));
    for (const auto& [name, value] : options.environment)
        env.insert(name, value);

    QProcess p;
    p.setProcessEnvironment(env);
    if (options.inChild)
        p.setChildProcessModifier(options.inChild);
    p.start(program, args);
    if (!p.waitForStarted())
        return {-1, {}, QStringLiteral("%1 could not be started: %2").arg(program, p.errorString())};
    p.write(options.input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(options.timeoutMs);
    if (!finished) {
        // The command line may hold a test key: the log gets its shape, never the key.
        QStringList shown;
        for (const QString& a : args)
            shown << (a.count(QLatin1Char('-')) == 4 && a.size() == 29 ? QStringLiteral("<product key>") : a);
        qWarning("%s %s did not finish in %d ms; killed", qPrintable(program),
                 qPrintable(shown.join(QLatin1Char(' '))), options.timeoutMs);
        p.kill();
        p.waitForFinished();
    }
    const bool normal = finished && p.exitStatus() == QProcess::NormalExit;
    return {normal ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

#ifdef ACTDESK_CLI
inline CliRun runActdesk(const QString& home, const QStringList& args, const RunOptions& options = {})
{
    return runProgram(QStringLiteral(ACTDESK_CLI), home, args, options);
}
#endif

// The bytes of a file the program wrote (empty if there is none).
inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Replaces a file's bytes, as someone editing or damaging it would. False if that failed.
[[nodiscard]] inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace actdesk::test
