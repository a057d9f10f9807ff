// SPDX-License-Identifier: MIT
// actdesk check ID: validates an installation or confirmation ID; the digit count decides
// which. Exit 0 valid, 1 invalid (the message names the group), 2 usage.
#include "CliContext.h"
#include "JsonError.h"
#include "Verbs.h"
#include "input/ParseInput.h"
#include "text/ErrorText.h"

namespace actdesk::cli {

int runCheck(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("check needs an installation ID or a confirmation ID"));
    const std::string text = ctx.args.join(QLatin1Char(' ')).toStdString();
    const int digits = input::countDigits(text);

    QString kind;
    QString grouped;
    std::optional<ids::IdError> error;
    if (digits == 48) {
        auto cid = input::parseConfirmationId(text);
        kind = QStringLiteral("confirmation-id");
        if (cid)
            grouped = QString::fromStdString(cid->grouped());
        else
            error = cid.error();
    } else {
        // 54/63 digits, or anything else: judge it as an installation ID, whose message
        // explains both accepted lengths.
        auto iid = input::parseInstallationId(text);
        kind = QStringLiteral("installation-id");
        if (iid)
            grouped = QString::fromStdString(iid->grouped());
        else
            error = iid.error();
        if (error && error->kind == ids::IdErrorKind::WrongLength) {
            return ctx.failure(CliContext::tr("%1 digits found: an installation ID has 63 or 54 digits, a "
                                              "confirmation ID 48.")
                                   .arg(digits),
                               ExitFailed,
                               QJsonObject{{QStringLiteral("code"), QStringLiteral("id-wrong-length")},
                                           {QStringLiteral("found"), digits}});
        }
    }

    if (error) {
        return ctx.failure(text::ErrorText::idError(*error), ExitFailed, jsonError(*error));
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("kind"), kind);
        o.insert(QStringLiteral("digits"), digits);
        o.insert(QStringLiteral("grouped"), grouped);
        ctx.printJson(o);
    } else {
        ctx.out << (digits == 48 ? CliContext::tr("Valid confirmation ID: %1").arg(grouped)
                                 : CliContext::tr("Valid installation ID (%1 digits): %2").arg(digits).arg(grouped))
                << '\n';
    }
    return ExitOk;
}

} // namespace actdesk::cli
