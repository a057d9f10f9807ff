// SPDX-License-Identifier: MIT
#include "CliContext.h"

#include "JsonError.h"

#include "input/FreeText.h"
#include "input/UserText.h"
#include "text/ErrorText.h"

#include <QJsonDocument>

#include <cstdio>

namespace actdesk::cli {

CliContext::CliContext() : out(stdout), err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

namespace {

// A message may quote what was typed: a key typed in the wrong place is not echoed, and a
// control or direction-changing character is named (<U+202E>), not sent to the terminal.
QString withoutKeys(const QString& message)
{
    return QString::fromStdString(input::printableText(message.toStdString(), /*keepLineBreaks=*/true));
}

} // namespace

int CliContext::usage(const QString& message, const char* code)
{
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), false}};
        if (!command.isEmpty())
            o.insert(QStringLiteral("command"), command);
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                      {QStringLiteral("message"), withoutKeys(message)}});
        printJson(o);
    }
    err << tr("actdesk: %1").arg(withoutKeys(message)) << '\n'
        << tr("Run \"actdesk help\" for the list of commands.") << '\n';
    err.flush();
    return ExitUsage;
}

int CliContext::failure(const QString& message, int exitCode, const QJsonObject& error,
                        const QJsonObject& extra)
{
    if (json) {
        QJsonObject o = extra;
        o.insert(QStringLiteral("ok"), false);
        if (!command.isEmpty())
            o.insert(QStringLiteral("command"), command);
        o.insert(QStringLiteral("error"), errorObject(message, error));
        printJson(o);
    }
    err << tr("actdesk: %1").arg(withoutKeys(message)) << '\n';
    err.flush();
    return exitCode;
}

QJsonObject CliContext::errorObject(const QString& message, QJsonObject error)
{
    error.insert(QStringLiteral("message"), withoutKeys(message));
    return error;
}

QJsonObject CliContext::itemsFailed(int count)
{
    return errorObject(tr("%n item(s) did not succeed; each one says why.", nullptr, count),
                       jsonError("items-failed"));
}

void CliContext::printJson(const QJsonObject& object)
{
    // A failed report names its command, as every other failure does.
    QJsonObject o = object;
    if (o.value(QStringLiteral("ok")) == QJsonValue(false) && !command.isEmpty() &&
        !o.contains(QStringLiteral("command")))
        o.insert(QStringLiteral("command"), command);
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out.flush();
}

void CliContext::announceSimulation(bool simulation)
{
    if (simulation && !json) {
        err << tr("SIMULATION: simulated machine, not a real Windows activation.") << '\n';
        err.flush();
    }
}

std::unique_ptr<licensing::Licensing> CliContext::openBackend(int& exitCode)
{
    auto opened = app::openLicensing(backend, stateDir, clock);
    if (!opened) {
        QString message = text::ErrorText::licensingError(opened.error());
        if (backend == app::Backend::Simulated)
            message += QLatin1Char('\n') +
                       tr("Set up a simulated machine first: actdesk simulate init --os win7");
        exitCode = failure(message, ExitEnvironment, jsonError(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

bool CliContext::takeOption(const QString& name, QString& value)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == name && i + 1 < args.size()) {
            value = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            value = a.mid(name.size() + 1);
            args.removeAt(i);
            return true;
        }
    }
    return false;
}

bool CliContext::takeFlag(const QString& name)
{
    return args.removeAll(name) > 0;
}

bool CliContext::rejectUnknownOptions(int& exitCode)
{
    for (const QString& a : args) {
        if (a.startsWith(QLatin1String("--"))) {
            exitCode = usage(tr("unknown option %1").arg(a), "unknown-option");
            return true;
        }
    }
    return false;
}

} // namespace actdesk::cli
