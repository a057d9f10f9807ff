// SPDX-License-Identifier: MIT
#include "VerbTransferShared.h"

#include "ActivationIdArgument.h"
#include "ArgumentText.h"
#include "CliContext.h"
#include "JsonError.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "input/FreeText.h"
#include "input/ParseInput.h"
#include "text/TransferText.h"
#include "text/Sentences.h"

#include <QJsonArray>
#include <QSysInfo>

namespace actdesk::cli {

// tr() as TransferText::tr, so that lupdate files these strings under the context they are
// looked up in at run time ("TransferText").
using text::TransferText;

namespace {
} // namespace

int transferFailure(CliContext& ctx, const transfer::TransferError& error, const QString& hint)
{
    QString message = TransferText::error(error);
    if (!hint.isEmpty())
        message = text::joinSentences(message, hint);
    return ctx.failure(message, transferExitCode(error), jsonError(error));
}

int transferExitCode(const transfer::TransferError& error)
{
    using Kind = transfer::TransferError::Kind;
    const bool medium = error.kind == Kind::CannotRead || error.kind == Kind::NotAFile ||
                        error.kind == Kind::NotWritable || error.kind == Kind::WriteFailed ||
                        error.kind == Kind::ConcurrentChange || error.kind == Kind::InUse ||
                        error.kind == Kind::NoFolder;
    return medium ? ExitEnvironment : ExitFailed;
}

QString productName(const CliContext& ctx, const ids::ActivationId& activationId)
{
    return describe(ResolvedActivationId{activationId, ctx.catalog.findById(activationId)});
}


QJsonObject itemJson(const transfer::TransferItem& item)
{
    QJsonObject o;
    o.insert(QStringLiteral("item"), QString::fromStdString(item.id));
    o.insert(QStringLiteral("status"), QString::fromLatin1(transfer::statusKey(item.status)));
    o.insert(QStringLiteral("machine"), QString::fromStdString(item.machineName));
    o.insert(QStringLiteral("machineId"), QString::fromStdString(item.machineId));
    o.insert(QStringLiteral("os"), QString::fromStdString(item.os));
    o.insert(QStringLiteral("simulation"), item.simulation);
    o.insert(QStringLiteral("program"), QString::fromStdString(item.program));
    o.insert(QStringLiteral("activationId"), QString::fromStdString(item.activationId.canonical()));
    o.insert(QStringLiteral("partialKey"), QString::fromStdString(item.partialKey));
    o.insert(QStringLiteral("extendedPid"), QString::fromStdString(item.extendedPid));
    o.insert(QStringLiteral("installationId"),
             item.installationId ? QString::fromStdString(item.installationId->grouped()) : QString());
    o.insert(QStringLiteral("requestedAt"),
             QString::fromStdString(transfer::formatTimestamp(item.requestedAt)));
    if (item.confirmationId)
        o.insert(QStringLiteral("confirmationId"), QString::fromStdString(item.confirmationId->grouped()));
    if (!item.answeredBy.empty())
        o.insert(QStringLiteral("answeredBy"), QString::fromStdString(item.answeredBy));
    if (item.answeredAt)
        o.insert(QStringLiteral("answeredAt"),
                 QString::fromStdString(transfer::formatTimestamp(*item.answeredAt)));
    if (!item.reason.empty())
        o.insert(QStringLiteral("reason"), QString::fromStdString(item.reason));
    if (item.appliedAt)
        o.insert(QStringLiteral("appliedAt"),
                 QString::fromStdString(transfer::formatTimestamp(*item.appliedAt)));
    return o;
}

std::optional<QString> checkTypedText(const std::string& reason, const QString& by)
{
    // A key in the reason has its own message (transfer::failItem: "a full product key ...").
    if (!reason.empty())
        if (auto bad = ArgumentText::problem(TransferText::tr("The reason"), QString::fromStdString(reason),
                                             input::kMaxFreeTextBytes, ArgumentText::KeysCheckedLater))
            return bad;
    return ArgumentText::problem(QStringLiteral("--by"), by.trimmed(), input::kMaxNameBytes);
}

std::string deskOperator(const QString& given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed().toStdString();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("desk");
    return (user + QLatin1Char('@') + QSysInfo::machineHostName()).toStdString();
}

} // namespace actdesk::cli
