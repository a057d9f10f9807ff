// SPDX-License-Identifier: MIT
// The device side of a transfer file (USB stick, share):
//   actdesk export FILE [ID...]   save this machine's activation requests into FILE
//   actdesk import FILE           apply the answers in FILE that are meant for this machine
// IIDs are generated and CIDs deposited through the activation workflow, so every step is
// reported to the journal like the interactive verbs.
#include "ActivationIdArgument.h"
#include "ArgumentText.h"
#include "CliContext.h"
#include "JsonError.h"
#include "VerbTransferShared.h"
#include "Verbs.h"
#include "input/FreeText.h"
#include "text/ErrorText.h"
#include "text/TransferText.h"
#include "transfer/DeviceTransferFile.h"
#include "workflow/ActivationSession.h"

#include <QJsonArray>
#include <algorithm>

namespace actdesk::cli {

// tr() as TransferText::tr, so that lupdate files these strings under the context they are
// looked up in at run time ("TransferText").
using text::TransferText;

namespace {

const char* exportOutcomeKey(const transfer::ExportEntry& e, const transfer::MergeAction* action)
{
    using O = transfer::ExportEntry::Outcome;
    switch (e.outcome) {
    case O::Requested:
        if (!action)
            return "requested";
        switch (action->kind) {
        case transfer::MergeAction::Kind::Added:
            return "added";
        case transfer::MergeAction::Kind::Replaced:
            return "replaced";
        case transfer::MergeAction::Kind::AlreadyPending:
            return "already-pending";
        case transfer::MergeAction::Kind::AlreadyAnswered:
            return "already-answered";
        }
        return "requested";
    case O::AlreadyLicensed:
        return "already-licensed";
    case O::NoKey:
        return "no-key";
    case O::NotPresent:
        return "not-present";
    case O::Failed:
        return "failed";
    }
    return "failed";
}

const char* importOutcomeKey(transfer::ImportEntry::Outcome o)
{
    using O = transfer::ImportEntry::Outcome;
    switch (o) {
    case O::Applied:
        return "applied";
    case O::AlreadyLicensed:
        return "already-licensed";
    case O::NotAnswered:
        return "not-answered";
    case O::FailedAtDesk:
        return "failed-at-desk";
    case O::IidChanged:
        return "iid-changed";
    case O::NoKey:
        return "no-key";
    case O::NotPresent:
        return "not-present";
    case O::DepositFailed:
        return "deposit-failed";
    }
    return "deposit-failed";
}

int machineFailure(CliContext& ctx, const workflow::SessionError& e)
{
    return ctx.failure(text::ErrorText::sessionError(e), workflow::exitCodeFor(e), jsonError(e));
}

} // namespace

int runExport(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    // An empty name ("" from an unset shell variable) is no file either.
    if (ctx.args.isEmpty() || ctx.args.first().trimmed().isEmpty())
        return ctx.usage(
            TransferText::tr("export needs the transfer file, optionally followed by activation IDs "
                             "or program/year names"));
    const QString path = ctx.args.takeFirst();
    std::vector<ids::ActivationId> only;
    for (const QString& a : std::as_const(ctx.args)) {
        auto id = resolveActivationId(ctx, a, code);
        if (!id)
            return code;
        only.push_back(id->id);
    }

    auto backend = ctx.openBackend(code);
    if (!backend)
        return code;
    ctx.announceSimulation(backend->isSimulation());
    auto report = transfer::collectRequests(*backend, ctx.catalog, ctx.clock, ctx.observers, only);
    if (!report)
        return machineFailure(ctx, report.error());
    if (!report->esuSkusPresent)
        return ctx.failure(
            TransferText::tr("No ESU product is present on this machine. Install the prerequisite "
                             "updates first (see \"actdesk status\")."),
            ExitFailed, jsonError("no-esu-product"));

    const auto requests = report->requests();
    // The machine's own name, checked before the file is touched: its fault, not the file's.
    for (const auto& request : requests)
        if (auto bad =
                ArgumentText::problem(TransferText::tr("This machine's name"),
                                      QString::fromStdString(request.machineName), input::kMaxNameBytes))
            return ctx.failure(*bad, ExitFailed, jsonError("machine-name"));
    auto saved = transfer::saveRequestsToFile(path, requests);
    if (!saved)
        return transferFailure(ctx, saved.error());
    const std::vector<transfer::MergeAction> actions = std::move(saved).value();

    int problems = 0;
    QJsonArray rows;
    std::size_t next = 0;
    for (const auto& entry : report->entries) {
        const transfer::MergeAction* action = nullptr;
        if (entry.request && next < actions.size())
            action = &actions[next++];
        const bool bad = entry.outcome == transfer::ExportEntry::Outcome::Failed ||
                         entry.outcome == transfer::ExportEntry::Outcome::NoKey ||
                         entry.outcome == transfer::ExportEntry::Outcome::NotPresent;
        problems += bad ? 1 : 0;
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("activationId"), QString::fromStdString(entry.activationId.canonical()));
            o.insert(QStringLiteral("program"), QString::fromStdString(entry.program));
            o.insert(QStringLiteral("outcome"), QString::fromLatin1(exportOutcomeKey(entry, action)));
            if (action) {
                o.insert(QStringLiteral("item"), QString::fromStdString(action->itemId));
                QJsonArray replaced;
                for (const auto& r : action->replaced)
                    replaced.append(QString::fromStdString(r));
                o.insert(QStringLiteral("replaced"), replaced);
            }
            if (entry.request)
                o.insert(QStringLiteral("installationId"),
                         itemJson(*entry.request).value(QStringLiteral("installationId")));
            if (entry.error)
                o.insert(QStringLiteral("error"),
                         CliContext::errorObject(text::ErrorText::sessionError(*entry.error),
                                                 jsonError(*entry.error)));
            rows.append(o);
        } else {
            (bad ? ctx.err : ctx.out)
                << TransferText::exportEntry(entry, productName(ctx, entry.activationId), action) << '\n';
        }
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), problems == 0);
        if (problems > 0)
            o.insert(QStringLiteral("error"), CliContext::itemsFailed(problems));
        o.insert(QStringLiteral("simulation"), report->simulation);
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("machine"), QString::fromStdString(report->machine.name));
        o.insert(QStringLiteral("machineId"), QString::fromStdString(report->machine.stableId));
        o.insert(QStringLiteral("items"), rows);
        ctx.printJson(o);
    } else if (report->entries.empty()) {
        ctx.out << TransferText::tr("Nothing to request: no ESU product on this machine has a product key "
                                    "installed and is still unlicensed.")
                << '\n';
    } else if (!requests.empty()) {
        // "Saved" only when something was: the same requests exported again change nothing.
        const bool added = std::any_of(actions.begin(), actions.end(), [](const transfer::MergeAction& a) {
            return a.kind == transfer::MergeAction::Kind::Added ||
                   a.kind == transfer::MergeAction::Kind::Replaced;
        });
        ctx.out << (added ? TransferText::tr("Saved in %1. Take the file to the activation desk.").arg(path)
                          : TransferText::tr("%1 already holds these requests; nothing was changed. Take the "
                                             "file to the activation desk.")
                                .arg(path))
                << '\n';
    }
    ctx.out.flush();
    ctx.err.flush();
    return problems > 0 ? ExitFailed : ExitOk;
}

int runImport(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1 || ctx.args.first().trimmed().isEmpty())
        return ctx.usage(TransferText::tr("import needs exactly one transfer file"));
    const QString path = ctx.args.first();

    // Read and check the file before touching the machine: a damaged file changes nothing.
    auto check = transfer::loadTransferFile(path);
    if (!check)
        return transferFailure(ctx, check.error());

    auto backend = ctx.openBackend(code);
    if (!backend)
        return code;
    ctx.announceSimulation(backend->isSimulation());

    auto imported = transfer::importAnswersFromFile(path, *backend, ctx.catalog, ctx.clock, ctx.observers);
    if (imported.machineError)
        return machineFailure(ctx, *imported.machineError);
    if (!imported.report) // the file could not be read again
        return transferFailure(ctx, *imported.fileError);
    const auto& report = imported.report;
    // The licences are applied; whether the file could be marked too.
    const Result<bool, transfer::TransferError> written =
        imported.fileError ? Result<bool, transfer::TransferError>(fail(*imported.fileError))
                           : Result<bool, transfer::TransferError>(imported.fileUpdated);

    int problems = 0;
    QJsonArray rows;
    for (const auto& entry : report->entries) {
        problems += entry.isProblem() ? 1 : 0;
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("item"), QString::fromStdString(entry.itemId));
            o.insert(QStringLiteral("activationId"), QString::fromStdString(entry.activationId.canonical()));
            o.insert(QStringLiteral("program"), QString::fromStdString(entry.program));
            o.insert(QStringLiteral("outcome"), QString::fromLatin1(importOutcomeKey(entry.outcome)));
            if (!entry.reason.empty())
                o.insert(QStringLiteral("reason"), QString::fromStdString(entry.reason));
            if (entry.error)
                o.insert(QStringLiteral("error"),
                         CliContext::errorObject(text::ErrorText::sessionError(*entry.error),
                                                 jsonError(*entry.error)));
            rows.append(o);
        } else {
            (entry.isProblem() ? ctx.err : ctx.out)
                << TransferText::importEntry(entry, productName(ctx, entry.activationId)) << '\n';
        }
    }
    const bool problem = problems > 0;
    const bool none = report->entries.empty();
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), !problem && !none && written.ok());
        o.insert(QStringLiteral("simulation"), report->simulation);
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("machine"), QString::fromStdString(report->machine.name));
        o.insert(QStringLiteral("machineId"), QString::fromStdString(report->machine.stableId));
        o.insert(QStringLiteral("items"), rows);
        o.insert(QStringLiteral("otherMachinesItems"), report->otherMachinesItems);
        o.insert(QStringLiteral("fileUpdated"), written.ok() && written.value());
        // The file's trouble decides the exit code (3), so it is the error; else the items'.
        if (!written.ok())
            o.insert(QStringLiteral("error"), CliContext::errorObject(TransferText::error(written.error()),
                                                                      jsonError(written.error())));
        else if (problem)
            o.insert(QStringLiteral("error"), CliContext::itemsFailed(problems));
        else if (none)
            o.insert(
                QStringLiteral("error"),
                CliContext::errorObject(TransferText::tr("No item in %1 is for this machine (%2, id %3).")
                                            .arg(path, QString::fromStdString(report->machine.name),
                                                 QString::fromStdString(report->machine.stableId)),
                                        jsonError("no-item-for-machine")));
        ctx.printJson(o);
    } else {
        if (report->otherMachinesItems > 0)
            ctx.out << TransferText::tr("%n item(s) for other machines skipped (left untouched).", nullptr,
                                        report->otherMachinesItems)
                    << '\n';
        if (none)
            ctx.err << TransferText::tr("No item in %1 is for this machine (%2, id %3).")
                           .arg(path, QString::fromStdString(report->machine.name),
                                QString::fromStdString(report->machine.stableId))
                    << '\n';
        if (written.ok() && written.value())
            ctx.out << TransferText::tr("Marked the applied items in %1.").arg(path) << '\n';
        if (!written.ok())
            ctx.err << TransferText::tr("The licences above are applied, but %1 could not be updated: %2")
                           .arg(path, TransferText::error(written.error()))
                    << '\n';
    }
    ctx.out.flush();
    ctx.err.flush();
    if (!written.ok())
        return transferExitCode(written.error());
    return problem || none ? ExitFailed : ExitOk;
}

} // namespace actdesk::cli
