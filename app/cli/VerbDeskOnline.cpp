// SPDX-License-Identifier: MIT
// Online proxy activation from the command line (core/online: Microsoft's BatchActivation
// service, as VAMT uses it):
//   actdesk desk online FILE... [--endpoint URL] [--proxy URL] [--limit N] [--dry-run] [--ca-file PEM]
//   actdesk desk remaining EXTENDED-PID [--endpoint URL] [--proxy URL] [--ca-file PEM]
// For every waiting item (pending or failed) of the files: a CID the journal already holds for
// the same IID and extended PID is reused (no MAK activation spent); an item from a simulated
// machine is never sent to Microsoft; the rest are sent, the IID and extended PID only. Answers
// and service errors go into the files as `desk answer` and `desk fail` write them (atomically,
// under the file's lock); every attempt is journaled. Exit: 0 all answered, 1 some item failed,
// 2 usage, 3 file or network trouble.
#include "CliContext.h"
#include "DeskOnlineNetwork.h"
#include "JsonError.h"
#include "VerbDeskJournal.h"
#include "VerbTransferShared.h"
#include "Verbs.h"
#include "online/OnlineClient.h"
#include "online/OnlineJournal.h"
#include "online/OnlinePlan.h"
#include "text/OnlineText.h"
#include "text/TransferText.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferStore.h"

#include <QJsonArray>
#include <algorithm>

namespace actdesk::cli {

namespace {

using text::OnlineText;
using transfer::TransferError;
using transfer::TransferFile;
using transfer::TransferItem;

QString groupedCid(const std::string& digits)
{
    auto cid = ids::ConfirmationId::parseAscii(digits);
    return cid ? QString::fromStdString(cid->grouped()) : QString::fromStdString(digits);
}

// One waiting item and what became of it.
using Step = online::PlannedItem::Step;
struct Row
{
    QString file;
    TransferItem item;
    Step plan = Step::Send;
    int tag = -1;             // the request that carries it (items with the same IID and PID share one)
    std::string cid;          // answered (online or from the journal)
    std::string serviceError; // e.g. "0x7F"
    QString problem;          // translated: why it has no answer
    QString outcome;          // answered, from-journal, failed, not-sent, error, simulation-not-sent
    int attempts = 0;
    online::OnlineAttempt attempt; // what the journal records (online/OnlineJournal.h)
};

int deskOnline(CliContext& ctx)
{
    NetworkOptions options;
    int code = ExitOk;
    if (!takeNetworkOptions(ctx, options, code, /*withLimit=*/true))
        return code;
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    QString by;
    ctx.takeOption(QStringLiteral("--by"), by);
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.isEmpty())
        return ctx.usage(DeskOnlineText::tr("desk online needs at least one transfer file"));
    const QStringList files = ctx.args;
    const QString endpoint = endpointText(options.client);
    // The file's answered-by: who fetched it and from where (not translated: the file is read
    // on machines in any language).
    const std::string answeredBy = "online: " + endpoint.toStdString() + " (" + deskOperator(by) + ")";

    // The plan: every waiting item of every file (core/online/OnlinePlan.h).
    DeskJournal journal(ctx);
    std::vector<Row> rows;
    std::vector<online::PlanItem> planItems;
    for (const QString& path : files) {
        auto loaded = transfer::loadTransferFile(path);
        if (!loaded)
            return transferFailure(ctx, loaded.error());
        for (const auto& item : loaded->file.items) {
            if (item.status != transfer::ItemStatus::Pending && item.status != transfer::ItemStatus::Failed)
                continue;
            rows.push_back(Row{path, item});
            // A waiting item always has its installation ID (the reader requires it).
            planItems.push_back({item.installationId ? item.installationId->digits() : std::string(),
                                 item.extendedPid, item.simulation});
        }
    }
    online::OnlinePlan plan = online::planOnline(planItems, options.client.endpoint,
                                                 [&](std::size_t i) -> std::optional<std::string> {
                                                     if (auto known = journal.known(rows[i].item))
                                                         return known->confirmationId;
                                                     return std::nullopt;
                                                 });
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].plan = plan.items[i].step;
        rows[i].tag = plan.items[i].tag;
        rows[i].cid = plan.items[i].confirmationId;
    }
    std::vector<online::OnlineRequest>& requests = plan.requests;

    if (dryRun) {
        QJsonArray out;
        for (const auto& row : rows) {
            if (ctx.json) {
                QJsonObject o;
                o.insert(QStringLiteral("file"), row.file);
                o.insert(QStringLiteral("item"), QString::fromStdString(row.item.id));
                o.insert(QStringLiteral("machine"), QString::fromStdString(row.item.machineName));
                o.insert(QStringLiteral("plan"), QString::fromLatin1(online::stepKey(row.plan)));
                out.append(o);
                continue;
            }
            const QString what = row.plan == Step::FromJournal
                                     ? DeskOnlineText::tr("reuse the confirmation ID in the journal")
                                 : row.plan == Step::SimulationKeptAway
                                     ? DeskOnlineText::tr("simulated machine: not sent to Microsoft")
                                     : DeskOnlineText::tr("send to %1").arg(endpoint);
            ctx.out << DeskOnlineText::tr("Item %1 (%2): %3")
                           .arg(QString::fromStdString(row.item.id),
                                QString::fromStdString(row.item.machineName), what)
                    << '\n';
        }
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("ok"), true);
            o.insert(QStringLiteral("dryRun"), true);
            o.insert(QStringLiteral("endpoint"), endpoint);
            o.insert(QStringLiteral("requests"), static_cast<int>(requests.size()));
            o.insert(QStringLiteral("items"), out);
            ctx.printJson(o);
        } else {
            ctx.out << DeskOnlineText::tr(
                           "Dry run: %n request(s) would be sent; nothing was sent or changed.", nullptr,
                           static_cast<int>(requests.size()))
                    << '\n';
        }
        return ExitOk;
    }

    // How many activations are left, per MAK, before a batch that would use more.
    std::vector<QString> warnings;
    QString stoppedMessage; // why the batch stopped: said once
    if (!requests.empty()) {
        const std::vector<online::RemainingQuestion> asked = online::remainingQuestions(requests);
        std::vector<online::OnlineRequest> questions;
        for (const auto& question : asked)
            questions.push_back({static_cast<int>(questions.size()),
                                 online::RequestType::RemainingActivations,
                                 question.extendedPid,
                                 {}});
        online::ClientOptions quick = options.client;
        quick.maxAttempts = 1;
        const BatchOutcome counts = runBatch(quick, std::move(questions));
        for (const auto& [tag, r] : counts.results) {
            if (r.kind != online::OnlineResult::Kind::Answered ||
                r.answer.kind != online::ServiceAnswer::Kind::RemainingActivations)
                continue;
            if (online::tooFewLeft(asked[tag], r.answer.remaining))
                warnings.push_back(
                    DeskOnlineText::tr("The MAK of extended PID %1 has %2 activation(s) left, and "
                                       "this batch asks for %3: the items beyond that will fail "
                                       "with 0x7F.")
                        .arg(QString::fromStdString(asked[tag].extendedPid))
                        .arg(r.answer.remaining)
                        .arg(asked[tag].requests));
        }
        if (counts.stopped && counts.stopped->first != online::StopReason::Cancelled) {
            // The same trouble would stop the batch: say it once and send nothing more.
            for (auto& row : rows)
                if (row.plan == Step::Send) {
                    row.outcome = QStringLiteral("not-sent");
                    row.problem = OnlineText::tr("Not sent.");
                }
            requests.clear();
            stoppedMessage = OnlineText::stopped(counts.stopped->first, counts.stopped->second);
        }
    }
    for (const auto& w : warnings)
        if (!ctx.json)
            ctx.err << DeskOnlineText::tr("actdesk: warning: %1").arg(w) << '\n';

    BatchOutcome batch;
    if (!requests.empty()) {
        batch = runBatch(options.client, requests);
        if (batch.stopped)
            stoppedMessage = OnlineText::stopped(batch.stopped->first, batch.stopped->second);
    }
    if (!stoppedMessage.isEmpty() && !ctx.json)
        ctx.err << DeskOnlineText::tr("actdesk: %1").arg(stoppedMessage) << '\n';

    // What became of each row.
    for (auto& row : rows) {
        switch (row.plan) {
        case Step::FromJournal:
            row.outcome = QStringLiteral("from-journal");
            row.attempt = online::reusedFromJournal(row.cid);
            continue;
        case Step::SimulationKeptAway:
            row.outcome = QStringLiteral("simulation-not-sent");
            row.problem =
                DeskOnlineText::tr("This request comes from a simulated machine: it is never sent to "
                                   "Microsoft. Answer it with \"actdesk desk simulate\".");
            continue;
        case Step::Send:
            break;
        }
        if (!row.outcome.isEmpty()) { // not sent: the batch was stopped before it
            row.attempt.outcome = row.outcome.toStdString();
            continue;
        }
        auto found = batch.results.find(row.tag);
        if (found == batch.results.end()) {
            row.outcome = QStringLiteral("not-sent");
            row.problem = OnlineText::tr("Not sent.");
            row.attempt.outcome = row.outcome.toStdString();
            continue;
        }
        const online::OnlineResult& r = found->second;
        row.attempt = online::attemptOf(r);
        row.outcome = QString::fromStdString(row.attempt.outcome);
        row.attempts = row.attempt.attempts;
        row.cid = row.attempt.confirmationId;
        row.serviceError = row.attempt.serviceError;
        if (r.kind == online::OnlineResult::Kind::Answered &&
            r.answer.kind != online::ServiceAnswer::Kind::ConfirmationId)
            row.problem = OnlineText::serviceError(r.answer.errorCode);
        else if (r.kind != online::OnlineResult::Kind::Answered)
            row.problem = OnlineText::resultProblem(r);
    }

    // Into the files, one change per file under its lock; then the journal, written or not.
    bool fileTrouble = false;
    std::vector<std::pair<QString, TransferItem>> changed;
    std::vector<std::pair<QString, TransferError>> fileErrors;
    for (const QString& path : files) {
        transfer::DeskAnswerLog log;
        std::vector<TransferItem> failedHere;
        auto written = transfer::updateTransferFile(
            path,
            [&](TransferFile& file) -> Result<bool, TransferError> {
                log.restart();
                failedHere.clear();
                bool any = false;
                for (auto& row : rows) {
                    if (row.file != path)
                        continue;
                    TransferItem* item = file.find(row.item.id);
                    if (!item || (item->status != transfer::ItemStatus::Pending &&
                                  item->status != transfer::ItemStatus::Failed))
                        continue; // answered meanwhile by someone else: theirs stands
                    if (!row.cid.empty()) {
                        auto cid = ids::ConfirmationId::parseAscii(row.cid);
                        if (!cid)
                            continue;
                        auto answered =
                            log.answer(*item, *cid, answeredBy, transfer::toTimestamp(ctx.clock.nowUtc()));
                        any = any || (answered && answered.value() == transfer::AnswerChange::Answered);
                    } else if (!row.serviceError.empty()) {
                        auto failed = transfer::failItem(*item, row.problem.toStdString(), answeredBy,
                                                         transfer::toTimestamp(ctx.clock.nowUtc()));
                        if (failed) {
                            failedHere.push_back(*item);
                            any = true;
                        }
                    }
                }
                return any;
            },
            /*createIfMissing=*/false);
        for (const auto& item : log.answered())
            changed.emplace_back(path, item);
        for (const auto& item : failedHere)
            changed.emplace_back(path, item);
        if (!written) {
            fileTrouble = true;
            auto e = written.error();
            e.path = path.toStdString();
            fileErrors.emplace_back(path, e);
        }
    }

    // The journal: every online attempt (answered, service error, or no answer), and every reuse.
    for (const auto& row : rows) {
        if (row.plan == Step::SimulationKeptAway)
            continue;
        TransferItem item = row.item;
        auto it = std::find_if(changed.begin(), changed.end(), [&](const auto& c) {
            return c.first == row.file && c.second.id == row.item.id;
        });
        if (it != changed.end())
            item = it->second;
        journal.recordEvent(
            online::attemptEvent(item, row.attempt, options.client.endpoint, ctx.clock.nowUtc()));
    }

    // The report.
    int answered = 0, fromJournal = 0, failed = 0, notAnswered = 0;
    for (const auto& row : rows) {
        if (row.outcome == QLatin1String("answered"))
            ++answered;
        else if (row.outcome == QLatin1String("from-journal"))
            ++fromJournal;
        else if (row.outcome == QLatin1String("failed") ||
                 row.outcome == QLatin1String("simulation-not-sent") || row.outcome == QLatin1String("error"))
            ++failed;
        else
            ++notAnswered;
    }
    const bool networkTrouble = notAnswered > 0;
    if (ctx.json) {
        QJsonArray out;
        for (const auto& row : rows) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), row.file);
            o.insert(QStringLiteral("item"), QString::fromStdString(row.item.id));
            o.insert(QStringLiteral("machine"), QString::fromStdString(row.item.machineName));
            o.insert(QStringLiteral("outcome"), row.outcome);
            if (!row.cid.empty())
                o.insert(QStringLiteral("confirmationId"), groupedCid(row.cid));
            if (!row.serviceError.empty())
                o.insert(QStringLiteral("serviceError"), QString::fromStdString(row.serviceError));
            if (!row.problem.isEmpty())
                o.insert(QStringLiteral("reason"), row.problem);
            o.insert(QStringLiteral("attempts"), row.attempts);
            out.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("ok"), failed == 0 && !networkTrouble && !fileTrouble);
        o.insert(QStringLiteral("endpoint"), endpoint);
        o.insert(QStringLiteral("answered"), answered);
        o.insert(QStringLiteral("fromJournal"), fromJournal);
        o.insert(QStringLiteral("failed"), failed);
        o.insert(QStringLiteral("notAnswered"), notAnswered);
        o.insert(QStringLiteral("requestsSent"), batch.sent);
        if (!stoppedMessage.isEmpty())
            o.insert(QStringLiteral("stopped"), stoppedMessage);
        QJsonArray warn;
        for (const auto& w : warnings)
            warn.append(w);
        o.insert(QStringLiteral("warnings"), warn);
        QJsonArray fe;
        for (const auto& [path, e] : fileErrors)
            fe.append(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("error"),
                                   CliContext::errorObject(text::TransferText::error(e), jsonError(e))}});
        o.insert(QStringLiteral("fileErrors"), fe);
        // The exit code's reason first: a file that could not be written (3), then items (1 or 3).
        if (!fileErrors.empty())
            o.insert(QStringLiteral("error"), fe.first().toObject().value(QStringLiteral("error")));
        else if (failed > 0 || networkTrouble)
            o.insert(QStringLiteral("error"), CliContext::itemsFailed(failed + notAnswered));
        o.insert(QStringLiteral("items"), out);
        ctx.printJson(o);
    } else {
        for (const auto& row : rows) {
            if (row.outcome == QLatin1String("answered"))
                ctx.out << DeskOnlineText::tr("Item %1 (%2): confirmation ID %3")
                               .arg(QString::fromStdString(row.item.id),
                                    QString::fromStdString(row.item.machineName), groupedCid(row.cid))
                        << '\n';
            else if (row.outcome == QLatin1String("from-journal"))
                ctx.out << DeskOnlineText::tr(
                               "Item %1 (%2): confirmation ID %3, reused from the journal (no MAK "
                               "activation spent)")
                               .arg(QString::fromStdString(row.item.id),
                                    QString::fromStdString(row.item.machineName), groupedCid(row.cid))
                        << '\n';
            else if (row.outcome != QLatin1String("not-sent"))
                ctx.err << DeskOnlineText::tr("Item %1 (%2): %3")
                               .arg(QString::fromStdString(row.item.id),
                                    QString::fromStdString(row.item.machineName), row.problem)
                        << '\n';
        }
        for (const auto& [path, e] : fileErrors)
            transferFailure(ctx, e);
        ctx.out << DeskOnlineText::tr("%1 answered online, %2 from the journal, %3 failed, %4 not answered.")
                       .arg(answered)
                       .arg(fromJournal)
                       .arg(failed)
                       .arg(notAnswered)
                << '\n';
    }
    ctx.out.flush();
    ctx.err.flush();
    if (fileTrouble || networkTrouble)
        return ExitEnvironment;
    return failed > 0 ? ExitFailed : ExitOk;
}

int deskRemaining(CliContext& ctx)
{
    NetworkOptions options;
    int code = ExitOk;
    if (!takeNetworkOptions(ctx, options, code, /*withLimit=*/false))
        return code;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1 || online::keyPartOfExtendedPid(ctx.args.first().toStdString()).empty())
        return ctx.usage(
            DeskOnlineText::tr("desk remaining needs one extended PID (as `actdesk desk list` shows it)"));
    const std::string pid = ctx.args.first().toStdString();
    const BatchOutcome batch =
        runBatch(options.client, {{0, online::RequestType::RemainingActivations, pid, {}}});
    if (batch.stopped)
        return ctx.failure(OnlineText::stopped(batch.stopped->first, batch.stopped->second), ExitEnvironment,
                           jsonError("online-stopped"));
    const auto found = batch.results.find(0);
    if (found == batch.results.end())
        return ctx.failure(OnlineText::tr("Not sent."), ExitEnvironment, jsonError("online-not-sent"));
    const online::OnlineResult& r = found->second;
    if (r.kind == online::OnlineResult::Kind::Answered &&
        r.answer.kind == online::ServiceAnswer::Kind::RemainingActivations) {
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("ok"), true);
            o.insert(QStringLiteral("extendedPid"), QString::fromStdString(pid));
            o.insert(QStringLiteral("remaining"), static_cast<double>(r.answer.remaining));
            ctx.printJson(o);
        } else {
            ctx.out << DeskOnlineText::tr("The MAK of extended PID %1 has %2 activation(s) left.")
                           .arg(QString::fromStdString(pid))
                           .arg(r.answer.remaining)
                    << '\n';
        }
        return ExitOk;
    }
    if (r.kind == online::OnlineResult::Kind::Answered) {
        QJsonObject error = jsonError("online-service-error");
        error.insert(QStringLiteral("serviceError"), QString::fromStdString(r.answer.errorCode));
        return ctx.failure(OnlineText::serviceError(r.answer.errorCode), ExitFailed, error);
    }
    const bool bad = r.kind == online::OnlineResult::Kind::BadResponse;
    return ctx.failure(OnlineText::resultProblem(r), bad ? ExitFailed : ExitEnvironment,
                       jsonError(bad ? "online-bad-response" : "online-not-answered"));
}

} // namespace

int runDeskOnline(CliContext& ctx)
{
    return deskOnline(ctx);
}

int runDeskRemaining(CliContext& ctx)
{
    return deskRemaining(ctx);
}

} // namespace actdesk::cli
