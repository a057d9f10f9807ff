// SPDX-License-Identifier: MIT
// actdesk journal [--machine NAME] [--iid IID] [--partial-key KEY] [--program ID]
//                 [--outcome succeeded|failed] [--since DATE] [--until DATE] [--limit N]
//                 [--json|--csv]
// Lists journal entries, newest first. DATE is YYYY-MM-DD or an ISO 8601 time; both are UTC
// unless they carry an offset. --csv and --json use stable English keys for scripts.
#include "ArgumentText.h"
#include "CliContext.h"
#include "JsonError.h"
#include "text/JournalText.h"
#include "Verbs.h"
#include "journal/Csv.h"
#include "journal/EventCodec.h"
#include "journal/JournalRecovery.h"
#include "journal/JournalRows.h"
#include "licensing/LicensingError.h"
#include "text/ErrorText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace actdesk::cli {

namespace {

std::optional<std::chrono::system_clock::time_point> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    QDateTime at;
    if (date.isValid()) {
        at = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), QTimeZone::utc()); // no offset given: UTC
    }
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(at.toMSecsSinceEpoch()));
}

// Terminal columns: East Asian wide characters take two.
int displayWidth(const QString& s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x2E80 && !c.isLowSurrogate() ? 2 : 1;
    return w;
}

QString outcomeText(workflow::Outcome o)
{
    return o == workflow::Outcome::Succeeded ? CliContext::tr("succeeded") : CliContext::tr("failed");
}

QStringList humanRow(const workflow::JournalEntry& e)
{
    const auto& ev = e.event;
    QString code;
    if (ev.errorCode)
        code = QString::fromStdString(licensing::formatHresult(ev.errorCode));
    else if (ev.idError)
        code = CliContext::tr("invalid input");
    QString time = journal::formatUtc(ev.at);
    time.replace(QLatin1Char('T'), QLatin1Char(' '));
    return {time,
            ArgumentText::printable(QString::fromStdString(ev.machineName)),
            QString::fromStdString(ev.catalogKey.empty() ? ev.activationId : ev.catalogKey),
            text::ErrorText::stepName(ev.step),
            outcomeText(ev.outcome),
            code,
            QString::fromStdString(ev.partialKey),
            QString::fromStdString(ev.installationId),
            QString::fromStdString(ev.confirmationId)};
}

void printTable(CliContext& ctx, const std::vector<workflow::JournalEntry>& entries)
{
    std::vector<QStringList> rows;
    rows.push_back({CliContext::tr("Time (UTC)"), CliContext::tr("Machine"), CliContext::tr("Program"),
                    CliContext::tr("Step"), CliContext::tr("Outcome"), CliContext::tr("Error"),
                    CliContext::tr("Partial key"), CliContext::tr("Installation ID"),
                    CliContext::tr("Confirmation ID")});
    for (const auto& e : entries)
        rows.push_back(humanRow(e));
    std::vector<int> widths(rows.front().size(), 0);
    for (const auto& r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(r.at(i)));
    for (const auto& r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            line += r.at(i);
            if (i + 1 < r.size())
                line += QString(widths[i] - displayWidth(r.at(i)) + 2, QLatin1Char(' '));
        }
        ctx.out << line.trimmed() << '\n';
    }
    ctx.out.flush();
}

} // namespace

int runJournal(CliContext& ctx)
{
    workflow::JournalQuery query;
    QString value;
    if (ctx.takeOption(QStringLiteral("--machine"), value))
        query.machineName = value.toStdString();
    if (ctx.takeOption(QStringLiteral("--iid"), value))
        query.installationId = value.toStdString();
    if (ctx.takeOption(QStringLiteral("--partial-key"), value))
        query.partialKey = value.toStdString();
    if (ctx.takeOption(QStringLiteral("--program"), value)) {
        // A GUID is an activation ID; anything else a program/year name.
        if (ids::ActivationId::parseAscii(value.toStdString()))
            query.activationId = ids::ActivationId::parseAscii(value.toStdString())->canonical();
        else
            query.catalogKey = value.toStdString();
    }
    if (ctx.takeOption(QStringLiteral("--outcome"), value)) {
        query.outcome = journal::outcomeFromKey(value.toLower());
        if (!query.outcome)
            return ctx.usage(CliContext::tr("--outcome takes succeeded or failed, not \"%1\"").arg(value));
    }
    for (const auto& [option, target] : {std::pair{QStringLiteral("--since"), &query.since},
                                         std::pair{QStringLiteral("--until"), &query.until}}) {
        if (ctx.takeOption(option, value)) {
            *target = parseDate(value);
            if (!*target)
                return ctx.usage(
                    CliContext::tr("%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not \"%2\"").arg(option, value));
        }
    }
    if (ctx.takeOption(QStringLiteral("--limit"), value)) {
        bool ok = false;
        const int limit = value.toInt(&ok);
        if (!ok || limit < 0)
            return ctx.usage(CliContext::tr("--limit takes a number, not \"%1\"").arg(value));
        query.limit = std::size_t(limit);
    }
    const bool csv = ctx.takeFlag(QStringLiteral("--csv"));
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (!ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument \"%1\"").arg(ctx.args.first()));
    if (csv && ctx.json)
        return ctx.usage(CliContext::tr("choose either --csv or --json"));

    auto location = journal::JournalLocation::parse(ctx.journalLocation);
    if (!location)
        return ctx.failure(text::JournalText::problem(location.error()), ExitUsage,
                           jsonError(location.error()));
    auto opened = journal::JournalRecovery::openOrStartFresh(location.value(), ctx.clock,
                                                             QStringLiteral(ACTDESK_VERSION));
    if (!opened)
        return ctx.failure(text::JournalText::problem(opened.error()), ExitEnvironment,
                           jsonError(opened.error()));
    if (opened->replacedBecause) {
        ctx.err << CliContext::tr("actdesk: warning: %1")
                       .arg(text::JournalText::startedFreshBeside(*opened->replacedBecause,
                                                                 opened->journal->location().path))
                << '\n';
        ctx.err.flush();
    }
    auto entries = opened->journal->find(query);
    if (!entries)
        return ctx.failure(text::JournalText::problem(entries.error()), ExitEnvironment,
                           jsonError(entries.error()));

    if (ctx.json) {
        QJsonArray array;
        for (const auto& e : entries.value())
            array.append(journal::toJson(e));
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("journal"), opened->journal->location().display());
        o.insert(QStringLiteral("entries"), array);
        ctx.printJson(o);
    } else if (csv) {
        ctx.out << journal::csvLine(journal::stableColumnKeys());
        for (const auto& e : entries.value()) {
            // Escaped as the table is: an ESC or U+202E in a name is named, not passed on.
            QStringList values = journal::stableValues(e);
            for (QString& v : values)
                v = ArgumentText::printable(v);
            ctx.out << journal::csvLine(values);
        }
        ctx.out.flush();
    } else {
        printTable(ctx, entries.value());
        ctx.err << CliContext::tr("%n entries in %1", nullptr, int(entries->size()))
                       .arg(opened->journal->location().display())
                << '\n';
        ctx.err.flush();
    }
    return ExitOk;
}

} // namespace actdesk::cli
