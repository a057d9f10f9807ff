// SPDX-License-Identifier: MIT
#pragma once

#include "Composition.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/ExitCode.h"
#include "workflow/WorkflowEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace actdesk::cli {

// Everything a verb needs: parsed global options, streams, the catalog and the backend.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliContext();

    // Global options.
    app::Backend backend = app::defaultBackend();
    QString stateDir;
    QString catalogFile;
    bool catalogGiven = false;
    bool json = false;
    QString journalLocation; // --journal: a file path, sqlite:///path or postgresql://user@host:port/db

    QStringList args; // the verb's own arguments (verb removed)
    QString command;  // the verb being run ("desk list"), once it is known

    QTextStream out;
    QTextStream err;
    SystemClock clock;
    catalog::Catalog catalog;
    // Observers of every licence-touching step (the journal attaches here).
    std::vector<workflow::WorkflowObserver*> observers;

    // A mistake on the command line (exit 2). With --json it is also one object on stdout:
    // {"ok": false, "command": ..., "error": {"code": `code`, "message": ...}}; `code` is stable
    // ("usage", "unknown-command", "missing-command", "unknown-option", "no-json").
    int usage(const QString& message, const char* code = "usage");
    // The operation failed (exit 1) or the environment is the problem (exit 3): the message on
    // stderr and, with --json, the same shape as a usage error on stdout: {"ok": false,
    // "command": ..., "error": {`error` (its "code" and context, see JsonError.h), "message": ...}}
    // plus `extra` (other top-level fields).
    int failure(const QString& message, int exitCode, const QJsonObject& error,
                const QJsonObject& extra = {});
    // `error` with its translated "message" (keys masked, control characters named): the
    // "error" of a failure, or of one item in a report.
    static QJsonObject errorObject(const QString& message, QJsonObject error);
    // The top-level "error" of a report whose items did not all succeed ("items-failed"); each
    // item that failed carries its own "error" object.
    static QJsonObject itemsFailed(int count);
    void printJson(const QJsonObject& object);
    // Prints the "SIMULATION" banner on stderr for human output (JSON carries a field).
    void announceSimulation(bool simulation);

    // Opens the chosen backend, or reports why not (ExitEnvironment) and returns null.
    std::unique_ptr<licensing::Licensing> openBackend(int& exitCode);

    // Takes "--name value" or "--name=value" out of `args`.
    bool takeOption(const QString& name, QString& value);
    bool takeFlag(const QString& name);
    // After options are taken: an unknown leftover "--x" is a usage error.
    bool rejectUnknownOptions(int& exitCode);
};

} // namespace actdesk::cli
