// SPDX-License-Identifier: MIT
// The desk side of a transfer file, for scripts (the Desk screens do the same in the GUI):
//   actdesk desk list FILE [--status STATUS]
//   actdesk desk answer FILE ITEM [CID] [--by NAME] [--replace]
//   actdesk desk fail FILE ITEM REASON... [--by NAME]
//   actdesk desk simulate FILE                    (training: the simulated centre answers)
//   actdesk desk export-csv / import-csv          (VerbDeskCsv.cpp)
// Every answer is journaled; a CID the journal already holds for an item's IID is offered
// instead of asking the activation centre again.
#include "ActivationIdArgument.h"
#include "CliContext.h"
#include "JsonError.h"
#include "VerbDeskCsv.h"
#include "VerbDeskJournal.h"
#include "VerbTransferShared.h"
#include "Verbs.h"
#include "text/ErrorText.h"
#include "text/TransferText.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace actdesk::cli {

// tr() as TransferText::tr, so that lupdate files these strings under the context they are
// looked up in at run time ("TransferText").
using text::TransferText;

namespace {

using transfer::TransferError;
using transfer::TransferFile;
using transfer::TransferItem;

// An item's ID grouped with '-'; empty when the item has none.
template <typename Id>
QString grouped(const std::optional<Id>& id)
{
    return id ? QString::fromStdString(id->grouped()) : QString();
}

// A confirmation ID the journal holds (digits as text) grouped with '-'.
QString groupedKnown(const std::string& digits)
{
    auto cid = ids::ConfirmationId::parseAscii(digits);
    return cid ? QString::fromStdString(cid->grouped()) : QString::fromStdString(digits);
}

QString localTime(std::chrono::system_clock::time_point t)
{
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

transfer::Timestamp now(const CliContext& ctx)
{
    return transfer::toTimestamp(ctx.clock.nowUtc());
}

int deskList(CliContext& ctx)
{
    QString statusFilter;
    const bool filtered = ctx.takeOption(QStringLiteral("--status"), statusFilter);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1)
        return ctx.usage(TransferText::tr("desk list needs exactly one transfer file"));
    std::optional<transfer::ItemStatus> only;
    if (filtered) {
        only = transfer::statusFromKey(statusFilter.toStdString());
        if (!only)
            return ctx.usage(TransferText::tr("--status must be pending, answered, failed or applied"));
    }
    const QString path = ctx.args.first();
    auto loaded = transfer::loadTransferFile(path);
    if (!loaded)
        return transferFailure(ctx, loaded.error());

    DeskJournal journal(ctx);
    QJsonArray rows;
    int shown = 0;
    for (const auto& item : loaded->file.items) {
        if (only && item.status != *only)
            continue;
        ++shown;
        std::optional<workflow::KnownConfirmation> known;
        if (item.status == transfer::ItemStatus::Pending || item.status == transfer::ItemStatus::Failed)
            known = journal.known(item);
        if (ctx.json) {
            auto o = itemJson(item);
            if (known) {
                o.insert(QStringLiteral("knownConfirmationId"), groupedKnown(known->confirmationId));
                o.insert(QStringLiteral("knownAt"), localTime(known->at));
            }
            rows.append(o);
            continue;
        }
        ctx.out << TransferText::tr("Item %1: %2")
                       .arg(QString::fromStdString(item.id), TransferText::status(item.status))
                << '\n'
                << "  "
                << TransferText::tr("Machine: %1 (%2)")
                       .arg(QString::fromStdString(item.machineName), QString::fromStdString(item.os));
        if (item.simulation)
            ctx.out << ' ' << TransferText::tr("[simulated machine]");
        ctx.out << '\n'
                << "  " << TransferText::tr("Product: %1").arg(productName(ctx, item.activationId))
                << '\n'
                << "  "
                << TransferText::tr("Extended PID: %1").arg(QString::fromStdString(item.extendedPid))
                << '\n'
                << "  "
                << TransferText::tr("Installation ID: %1").arg(grouped(item.installationId))
                << '\n';
        if (item.confirmationId)
            ctx.out << "  "
                    << TransferText::tr("Confirmation ID: %1").arg(grouped(item.confirmationId))
                    << '\n';
        if (item.status == transfer::ItemStatus::Failed)
            ctx.out << "  " << TransferText::tr("Reason: %1").arg(QString::fromStdString(item.reason))
                    << '\n';
        if (known)
            ctx.out << "  "
                    << TransferText::tr(
                           "The journal already holds a confirmation ID for this installation ID "
                           "(%1). Reuse it with \"actdesk desk answer %2 %3\": that saves a MAK "
                           "activation.")
                           .arg(localTime(known->at), path, QString::fromStdString(item.id))
                    << '\n';
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("items"), rows);
        ctx.printJson(o);
    } else {
        ctx.out << TransferText::tr("%n item(s).", nullptr, shown) << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int deskAnswer(CliContext& ctx)
{
    QString by;
    ctx.takeOption(QStringLiteral("--by"), by);
    const bool replace = ctx.takeFlag(QStringLiteral("--replace"));
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() < 2)
        return ctx.usage(
            TransferText::tr("desk answer needs the transfer file, the item and its confirmation ID"));
    const QString path = ctx.args.takeFirst();
    const QString itemText = ctx.args.takeFirst();
    // The CID may have been pasted with spaces: everything after the item is the CID.
    const QString cidText = ctx.args.join(QLatin1Char(' '));
    // Given but empty (an unset variable in a script) is a mistake, not "take the journal's".
    if (!ctx.args.isEmpty() && cidText.trimmed().isEmpty())
        return ctx.usage(TransferText::tr("the confirmation ID given for desk answer is empty"));
    if (auto bad = checkTypedText({}, by))
        return ctx.usage(*bad);
    const std::string answeredBy = deskOperator(by);

    // Check the file and the item first, so a typo in the CID is reported against a real item.
    auto loaded = transfer::loadTransferFile(path);
    if (!loaded)
        return transferFailure(ctx, loaded.error());
    auto target = transfer::findItem(loaded->file, itemText.toStdString());
    if (!target) {
        auto e = target.error();
        e.path = path.toStdString();
        return transferFailure(ctx, e);
    }
    const TransferItem before = *target.value();

    DeskJournal journal(ctx);
    const auto known = journal.known(before);
    std::optional<ids::ConfirmationId> cid;
    bool fromJournal = false;
    if (cidText.trimmed().isEmpty()) {
        if (!known)
            return ctx.usage(
                TransferText::tr("desk answer needs the confirmation ID: the journal holds none for "
                                       "item %1's installation ID")
                    .arg(QString::fromStdString(before.id)));
        auto reused = ids::ConfirmationId::parseAscii(known->confirmationId);
        if (!reused)
            return ctx.failure(text::ErrorText::idError(reused.error()), ExitFailed,
                               jsonError(reused.error()));
        cid = reused.value();
        fromJournal = true;
    } else {
        auto typed = transfer::parseTypedConfirmationId(before, cidText.toStdString());
        if (!typed) {
            const ids::IdError& idError = *typed.error().idError;
            QJsonObject error = jsonError(idError);
            error.insert(QStringLiteral("file"), path);
            error.insert(QStringLiteral("item"), QString::fromStdString(before.id));
            return ctx.failure(TransferText::tr("Item %1: %2")
                                   .arg(QString::fromStdString(before.id), text::ErrorText::idError(idError)),
                               ExitFailed, error);
        }
        cid = typed.value();
        if (known && known->confirmationId != cid->digits())
            ctx.err << TransferText::tr(
                           "actdesk: warning: the journal holds a different confirmation ID for this "
                           "installation ID (%1). Check which one is right.")
                           .arg(localTime(known->at))
                    << '\n';
    }

    std::optional<TransferItem> after;
    transfer::AnswerChange change = transfer::AnswerChange::Answered;
    transfer::DeskAnswerLog log;
    auto written = transfer::updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            auto item = transfer::findItem(file, before.id);
            if (!item)
                return fail(item.error());
            auto answered = log.answer(*item.value(), *cid, answeredBy, now(ctx), replace);
            if (!answered)
                return fail(answered.error());
            change = answered.value();
            after = *item.value();
            return change == transfer::AnswerChange::Answered;
        },
        /*createIfMissing=*/false);
    // The CID was obtained either way: journal it even if the stick refused the write.
    if (change == transfer::AnswerChange::Answered)
        journal.record(log);
    if (!written) {
        auto e = written.error();
        e.path = path.toStdString();
        // Only this verb can overwrite an answer: say how.
        const bool replaceable = e.kind == TransferError::Kind::AlreadyAnswered;
        return transferFailure(
            ctx, e, replaceable ? TransferText::tr("Add --replace to overwrite it.") : QString());
    }
    if (ctx.json) {
        auto o = itemJson(*after);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("changed"), change == transfer::AnswerChange::Answered);
        o.insert(QStringLiteral("fromJournal"), fromJournal);
        ctx.printJson(o);
    } else {
        if (fromJournal)
            ctx.out << TransferText::tr(
                           "Reused the confirmation ID already in the journal: no new activation "
                           "was needed.")
                    << '\n';
        ctx.out << (change == transfer::AnswerChange::Answered
                        ? TransferText::tr("Item %1 answered: %2")
                              .arg(QString::fromStdString(after->id), QString::fromStdString(cid->grouped()))
                        : TransferText::tr("Item %1 already had this confirmation ID.")
                              .arg(QString::fromStdString(after->id)))
                << '\n';
    }
    return ExitOk;
}

int deskFail(CliContext& ctx)
{
    QString by;
    ctx.takeOption(QStringLiteral("--by"), by);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() < 3)
        return ctx.usage(
            TransferText::tr("desk fail needs the transfer file, the item and the reason"));
    const QString path = ctx.args.takeFirst();
    const std::string itemText = ctx.args.takeFirst().toStdString();
    const std::string reason = ctx.args.join(QLatin1Char(' ')).trimmed().toStdString();
    if (reason.empty())
        return ctx.usage(TransferText::tr("desk fail needs the transfer file, the item and the reason"));
    if (auto bad = checkTypedText(reason, by))
        return ctx.usage(*bad);
    const std::string answeredBy = deskOperator(by);

    std::optional<TransferItem> after;
    auto written = transfer::updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            auto item = transfer::findItem(file, itemText);
            if (!item)
                return fail(item.error());
            auto failed = transfer::failItem(*item.value(), reason, answeredBy, now(ctx));
            if (!failed)
                return fail(failed.error());
            after = *item.value();
            return true;
        },
        /*createIfMissing=*/false);
    if (after) {
        DeskJournal journal(ctx);
        journal.record(*after);
    }
    if (!written) {
        auto e = written.error();
        e.path = path.toStdString();
        return transferFailure(ctx, e);
    }
    if (ctx.json) {
        auto o = itemJson(*after);
        o.insert(QStringLiteral("ok"), true);
        ctx.printJson(o);
    } else {
        ctx.out << TransferText::tr("Item %1 marked failed: %2")
                       .arg(QString::fromStdString(after->id), QString::fromStdString(after->reason))
                << '\n';
    }
    return ExitOk;
}

int deskSimulate(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1)
        return ctx.usage(TransferText::tr("desk simulate needs exactly one transfer file"));
    const QString path = ctx.args.first();

    struct Row
    {
        std::string item;
        std::string machine;
        bool answered = false;
        std::optional<TransferError> refused;
        std::optional<ids::ConfirmationId> cid;
    };
    std::vector<Row> rows;
    std::vector<TransferItem> answered;
    auto written = transfer::updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            rows.clear();
            answered.clear();
            for (auto& item : file.items) {
                if (item.status != transfer::ItemStatus::Pending &&
                    item.status != transfer::ItemStatus::Failed)
                    continue;
                Row row{item.id, item.machineName};
                auto result = transfer::answerFromSimulatedCentre(item, now(ctx));
                if (!result) {
                    row.refused = result.error();
                } else {
                    row.answered = result.value() == transfer::AnswerChange::Answered;
                    row.cid = item.confirmationId;
                    if (row.answered)
                        answered.push_back(item);
                }
                rows.push_back(std::move(row));
            }
            return !answered.empty();
        },
        /*createIfMissing=*/false);
    if (!answered.empty()) {
        DeskJournal journal(ctx);
        for (const auto& item : answered)
            journal.record(item);
    }
    if (!written) {
        auto e = written.error();
        e.path = path.toStdString();
        return transferFailure(ctx, e);
    }

    int refused = 0;
    QJsonArray out;
    if (!ctx.json)
        ctx.err << TransferText::tr(
                       "SIMULATION: the simulated activation centre answers. Its confirmation IDs "
                       "work only on simulated machines.")
                << '\n';
    for (const auto& row : rows) {
        refused += row.refused ? 1 : 0;
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("item"), QString::fromStdString(row.item));
            o.insert(QStringLiteral("machine"), QString::fromStdString(row.machine));
            o.insert(QStringLiteral("outcome"),
                     row.refused ? QStringLiteral("refused") : QStringLiteral("answered"));
            if (row.refused)
                o.insert(QStringLiteral("error"),
                         CliContext::errorObject(TransferText::error(*row.refused), jsonError(*row.refused)));
            else
                o.insert(QStringLiteral("confirmationId"), grouped(row.cid));
            out.append(o);
        } else if (row.refused) {
            ctx.err << TransferText::error(*row.refused) << '\n';
        } else {
            ctx.out << TransferText::tr("Item %1 (%2): SIMULATED confirmation ID %3")
                           .arg(QString::fromStdString(row.item), QString::fromStdString(row.machine),
                                grouped(row.cid))
                    << '\n';
        }
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), refused == 0);
        if (refused > 0)
            o.insert(QStringLiteral("error"), CliContext::itemsFailed(refused));
        o.insert(QStringLiteral("simulation"), true);
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("items"), out);
        ctx.printJson(o);
    } else if (rows.empty()) {
        ctx.out << TransferText::tr("No item is waiting for an answer.") << '\n';
    }
    ctx.out.flush();
    ctx.err.flush();
    return refused > 0 ? ExitFailed : ExitOk;
}

} // namespace

int runDeskList(CliContext& ctx)
{
    return deskList(ctx);
}

int runDeskAnswer(CliContext& ctx)
{
    return deskAnswer(ctx);
}

int runDeskFail(CliContext& ctx)
{
    return deskFail(ctx);
}

int runDeskSimulate(CliContext& ctx)
{
    return deskSimulate(ctx);
}

} // namespace actdesk::cli
