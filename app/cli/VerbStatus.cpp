// SPDX-License-Identifier: MIT
// actdesk status [ACTIVATION_ID|all] (slmgr /dlv): the ESU SKUs present and their status.
#include "ActivationIdArgument.h"
#include "ArgumentText.h"
#include "CliContext.h"
#include "JsonError.h"
#include "Verbs.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"

#include <QJsonArray>

namespace actdesk::cli {

namespace {
QString statusKey(licensing::LicenseStatus s)
{
    switch (s) {
    case licensing::LicenseStatus::Licensed: return QStringLiteral("licensed");
    case licensing::LicenseStatus::Unlicensed: return QStringLiteral("unlicensed");
    case licensing::LicenseStatus::InGracePeriod: return QStringLiteral("grace");
    case licensing::LicenseStatus::Notification: return QStringLiteral("notification");
    case licensing::LicenseStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}
} // namespace

int runStatus(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() > 1)
        return ctx.usage(CliContext::tr("status takes at most one activation ID or \"all\""));
    std::optional<ResolvedActivationId> only;
    if (!ctx.args.isEmpty() && ctx.args.first().toLower() != QLatin1String("all")) {
        only = resolveActivationId(ctx, ctx.args.first(), code);
        if (!only)
            return code;
    }

    auto backend = ctx.openBackend(code);
    if (!backend)
        return code;
    ctx.announceSimulation(backend->isSimulation());
    auto machine = backend->machine();
    if (!machine)
        return ctx.failure(text::ErrorText::licensingError(machine.error()), ExitEnvironment,
                           jsonError(machine.error()));
    auto skus = backend->esuSkus();
    if (!skus)
        return ctx.failure(text::ErrorText::licensingError(skus.error()), ExitEnvironment,
                           jsonError(skus.error()));

    QJsonArray rows;
    if (!ctx.json) {
        ctx.out << CliContext::tr("Machine: %1 (%2)")
                       .arg(ArgumentText::printable(QString::fromStdString(machine->name)),
                            QString::fromStdString(machine->osDisplay))
                << '\n';
        if (skus->empty()) {
            ctx.out << CliContext::tr("No ESU product is present. Install the prerequisite updates first:") << ' ';
            if (auto p = ctx.catalog.prerequisites(machine->os)) {
                QStringList kbs;
                for (const auto& kb : p->updates)
                    kbs << QString::fromStdString(kb);
                ctx.out << kbs.join(QStringLiteral(", "));
            }
            ctx.out << '\n';
        }
    }
    bool found = !only.has_value();
    for (const auto& s : skus.value()) {
        if (only && !(s.activationId == only->id))
            continue;
        found = true;
        const auto* entry = ctx.catalog.findById(s.activationId);
        const QString name = entry ? text::CatalogText::programYear(*entry) : QString::fromStdString(s.name);
        if (ctx.json) {
            QJsonObject o;
            o.insert(QStringLiteral("activationId"), QString::fromStdString(s.activationId.canonical()));
            o.insert(QStringLiteral("catalogKey"), entry ? QString::fromStdString(entry->key) : QString());
            o.insert(QStringLiteral("name"), name);
            o.insert(QStringLiteral("skuName"), QString::fromStdString(s.name));
            o.insert(QStringLiteral("status"), statusKey(s.status));
            o.insert(QStringLiteral("partialKey"), QString::fromStdString(s.partialKey));
            o.insert(QStringLiteral("extendedPid"), QString::fromStdString(s.extendedPid));
            rows.append(o);
        } else {
            ctx.out << "  " << name.leftJustified(40) << ' ' << QString::fromStdString(s.activationId.canonical())
                    << "  " << text::ErrorText::licenseStatus(s.status).leftJustified(12);
            if (!s.partialKey.empty())
                ctx.out << "  " << CliContext::tr("partial key %1").arg(QString::fromStdString(s.partialKey));
            ctx.out << '\n';
        }
    }
    if (!found) {
        const auto notFound =
            licensing::slError(licensing::SlError::MismatchedProductSku, only->id.canonical());
        return ctx.failure(text::ErrorText::licensingError(notFound), ExitFailed, jsonError(notFound));
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("simulation"), backend->isSimulation());
        o.insert(QStringLiteral("machine"), QString::fromStdString(machine->name));
        o.insert(QStringLiteral("machineId"), QString::fromStdString(machine->stableId));
        o.insert(QStringLiteral("os"), QString::fromStdString(osKey(machine->os)));
        o.insert(QStringLiteral("products"), rows);
        ctx.printJson(o);
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace actdesk::cli
