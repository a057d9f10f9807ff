// SPDX-License-Identifier: MIT
// The desk's spreadsheet round trip, for scripts:
//   actdesk desk export-csv FILE CSV              (pending IIDs for a spreadsheet)
//   actdesk desk import-csv FILE CSV [--by NAME]  (CIDs back from a spreadsheet)
// Every answer imported is journaled, as `desk answer` does.
#include "VerbDeskCsv.h"

#include "CliContext.h"
#include "JsonError.h"
#include "VerbDeskJournal.h"
#include "VerbTransferShared.h"
#include "text/ErrorText.h"
#include "text/TransferText.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferCsv.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace actdesk::cli {

// tr() as TransferText::tr, so that lupdate files these strings under the context they are
// looked up in at run time ("TransferText").
using text::TransferText;

using transfer::TransferError;
using transfer::TransferFile;
using transfer::TransferItem;

int deskExportCsv(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 2)
        return ctx.usage(
            TransferText::tr("desk export-csv needs the transfer file and the CSV file to write"));
    const QString path = ctx.args.at(0);
    const QString csvPath = ctx.args.at(1);
    auto loaded = transfer::loadTransferFile(path);
    if (!loaded)
        return transferFailure(ctx, loaded.error());
    const auto pending =
        std::count_if(loaded->file.items.begin(), loaded->file.items.end(),
                      [](const TransferItem& i) { return i.status == transfer::ItemStatus::Pending; });
    // Nothing but a plain file is opened or replaced (a named pipe would wait for ever).
    if (const files::FileKind kind = files::fileKind(csvPath); !files::isMissingOrRegular(kind))
        return transferFailure(ctx, transfer::notAFile(csvPath, kind));
    // The CSV never replaces a transfer file (a slip of the arguments would lose every request).
    if (QFileInfo::exists(csvPath)) {
        QFile existing(csvPath);
        const bool isTransferFile =
            QFileInfo(csvPath).canonicalFilePath() == QFileInfo(path).canonicalFilePath() ||
            (existing.open(QIODevice::ReadOnly) &&
             existing.read(static_cast<qint64>(transfer::kMagic.size())) ==
                 QByteArray(transfer::kMagic.data(), static_cast<qsizetype>(transfer::kMagic.size())));
        if (isTransferFile)
            return ctx.usage(
                TransferText::tr("%1 is a transfer file: the CSV would replace it and every request "
                                       "in it. Give the CSV another name.")
                    .arg(csvPath));
    }
    auto written = transfer::writeAtomically(csvPath, transfer::pendingItemsCsv(loaded->file));
    if (!written)
        return transferFailure(ctx, written.error());
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("csv"), csvPath);
        o.insert(QStringLiteral("items"), static_cast<int>(pending));
        ctx.printJson(o);
    } else {
        ctx.out << TransferText::tr("%n pending item(s) written to %1.", nullptr,
                                          static_cast<int>(pending))
                       .arg(csvPath)
                << '\n';
    }
    return ExitOk;
}

int deskImportCsv(CliContext& ctx)
{
    QString by;
    ctx.takeOption(QStringLiteral("--by"), by);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 2)
        return ctx.usage(
            TransferText::tr("desk import-csv needs the transfer file and the CSV file to read"));
    const QString path = ctx.args.at(0);
    const QString csvPath = ctx.args.at(1);
    const std::string answeredBy = deskOperator(by);

    if (const files::FileKind kind = files::fileKind(csvPath); !files::isMissingOrRegular(kind))
        return transferFailure(ctx, transfer::notAFile(csvPath, kind));
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::ReadOnly)) {
        TransferError e;
        e.kind = csvFile.exists() ? TransferError::Kind::CannotRead : TransferError::Kind::NotFound;
        e.path = csvPath.toStdString();
        e.detail = csvFile.errorString().toStdString();
        return transferFailure(ctx, e);
    }
    const QByteArray csv = csvFile.read(transfer::kMaxFileBytes + 1);

    std::vector<transfer::CsvAnswerResult> results;
    transfer::DeskAnswerLog log;
    std::optional<TransferError> csvError;
    auto written = transfer::updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            log.restart();
            auto applied = transfer::applyCsvAnswers(file, csv, answeredBy,
                                                     transfer::toTimestamp(ctx.clock.nowUtc()), log);
            if (!applied) {
                csvError = applied.error();
                return false;
            }
            results = std::move(applied).value();
            return !log.answered().empty();
        },
        /*createIfMissing=*/false);
    if (csvError) {
        csvError->path = csvPath.toStdString();
        return transferFailure(ctx, *csvError);
    }
    if (!log.answered().empty()) {
        DeskJournal journal(ctx);
        journal.record(log);
    }
    if (!written) {
        auto e = written.error();
        e.path = path.toStdString();
        return transferFailure(ctx, e);
    }

    int rejected = 0;
    QJsonArray rows;
    for (const auto& r : results) {
        using O = transfer::CsvAnswerResult::Outcome;
        QString line;
        switch (r.outcome) {
        case O::Answered:
            line = TransferText::tr("CSV line %1: item %2 answered.")
                       .arg(r.line)
                       .arg(QString::fromStdString(r.itemId));
            break;
        case O::Unchanged:
            line = TransferText::tr("CSV line %1: item %2 already had this confirmation ID.")
                       .arg(r.line)
                       .arg(QString::fromStdString(r.itemId));
            break;
        case O::NoAnswer:
            line = TransferText::tr("CSV line %1: item %2 has no confirmation ID yet; left as it is.")
                       .arg(r.line)
                       .arg(QString::fromStdString(r.itemId));
            break;
        case O::Rejected: {
            ++rejected;
            const auto& e = *r.error;
            const QString why = e.kind == TransferError::Kind::InvalidId && e.idError
                                    ? text::ErrorText::idError(*e.idError)
                                    : TransferText::error(e);
            line = TransferText::tr("CSV line %1: item %2 not answered. %3")
                       .arg(r.line)
                       .arg(QString::fromStdString(r.itemId), why);
            break;
        }
        }
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("line"), r.line);
            o.insert(QStringLiteral("item"), QString::fromStdString(r.itemId));
            static const char* const keys[] = {"answered", "unchanged", "no-answer", "rejected"};
            o.insert(QStringLiteral("outcome"), QString::fromLatin1(keys[static_cast<int>(r.outcome)]));
            if (r.error) {
                QJsonObject error = jsonError(*r.error);
                error.insert(QStringLiteral("line"), r.line); // the CSV's line, as the message says
                o.insert(QStringLiteral("error"), CliContext::errorObject(line, error));
            }
            rows.append(o);
        } else {
            (r.outcome == O::Rejected ? ctx.err : ctx.out) << line << '\n';
        }
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), rejected == 0);
        if (rejected > 0)
            o.insert(QStringLiteral("error"), CliContext::itemsFailed(rejected));
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("csv"), csvPath);
        o.insert(QStringLiteral("rows"), rows);
        ctx.printJson(o);
    }
    ctx.out.flush();
    ctx.err.flush();
    return rejected > 0 ? ExitFailed : ExitOk;
}

} // namespace actdesk::cli
