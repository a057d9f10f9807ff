// SPDX-License-Identifier: MIT
// actdesk programs [--os OS]: the ESU catalog.
#include "CliContext.h"
#include "Verbs.h"
#include "text/CatalogText.h"

#include <QJsonArray>

namespace actdesk::cli {

int runPrograms(CliContext& ctx)
{
    QString osFilter;
    ctx.takeOption(QStringLiteral("--os"), osFilter);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    std::optional<OsFamily> os;
    if (!osFilter.isEmpty()) {
        os = osFromKey(osFilter.toStdString());
        if (!os)
            return ctx.usage(CliContext::tr("unknown OS \"%1\" (use win7, win2008, win2008r2, win2012, "
                                            "win2012r2 or win10)")
                                 .arg(osFilter));
    }

    QJsonArray rows;
    for (const auto& e : ctx.catalog.entries()) {
        if (os && !e.coversOs(*os))
            continue;
        QStringList oses;
        for (OsFamily f : e.os)
            oses << QString::fromStdString(osKey(f));
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), QString::fromStdString(e.key));
            o.insert(QStringLiteral("program"), QString::fromStdString(e.program));
            o.insert(QStringLiteral("name"), text::CatalogText::programName(e));
            o.insert(QStringLiteral("year"), e.year);
            o.insert(QStringLiteral("activationId"), QString::fromStdString(e.activationId.canonical()));
            o.insert(QStringLiteral("os"), QJsonArray::fromStringList(oses));
            o.insert(QStringLiteral("trust"), e.trust == catalog::Trust::Official ? QStringLiteral("official")
                                                                                  : QStringLiteral("community"));
            o.insert(QStringLiteral("source"), QString::fromStdString(e.source));
            o.insert(QStringLiteral("origin"), QString::fromStdString(e.origin));
            rows.append(o);
        } else {
            ctx.out << QString::fromStdString(e.key).leftJustified(20) << ' '
                    << QString::fromStdString(e.activationId.canonical()) << "  "
                    << text::CatalogText::programYear(e) << "  [" << oses.join(QLatin1Char(' ')) << "; "
                    << text::CatalogText::trust(e.trust) << "]\n";
        }
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("programs"), rows);
        ctx.printJson(o);
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace actdesk::cli
