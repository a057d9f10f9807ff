// SPDX-License-Identifier: MIT
// The verbs that touch a licence, each through the activation workflow so every step is
// reported to the journal:
//   actdesk install-key KEY [--for ID]   (slmgr /ipk)
//   actdesk iid ID                       (slmgr /dti)
//   actdesk apply CID ID                 (slmgr /atp)
#include "ActivationIdArgument.h"
#include "CliContext.h"
#include "JsonError.h"
#include "Verbs.h"
#include "text/ErrorText.h"
#include "workflow/ActivationSession.h"
#include "verbs/LicenceVerbs.h"

#include <iostream>

namespace actdesk::cli {

namespace {

QJsonObject base(bool simulation)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("simulation"), simulation);
    return o;
}

int sessionFailure(CliContext& ctx, const workflow::SessionError& e)
{
    return ctx.failure(text::ErrorText::sessionError(e), workflow::exitCodeFor(e), jsonError(e));
}

struct Prepared
{
    std::unique_ptr<licensing::Licensing> backend;
    std::unique_ptr<workflow::ActivationSession> session;
};

std::optional<Prepared> prepare(CliContext& ctx, int& code)
{
    Prepared p;
    p.backend = ctx.openBackend(code);
    if (!p.backend)
        return std::nullopt;
    ctx.announceSimulation(p.backend->isSimulation());
    p.session = std::make_unique<workflow::ActivationSession>(*p.backend, ctx.catalog, ctx.clock);
    for (auto* o : ctx.observers)
        p.session->addObserver(o);
    return p;
}

} // namespace

int runInstallKey(CliContext& ctx)
{
    QString forText;
    const bool hasFor = ctx.takeOption(QStringLiteral("--for"), forText);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("install-key needs exactly one product key"));
    std::optional<ResolvedActivationId> target;
    if (hasFor) {
        target = resolveActivationId(ctx, forText, code);
        if (!target)
            return code;
    }
    auto p = prepare(ctx, code);
    if (!p)
        return code;
    // "-" reads the key from standard input, so it never shows in the process list or history.
    std::string keyText = ctx.args.first().toStdString();
    if (keyText == "-")
        keyText = verbs::readKeyLine(std::cin);
    auto installed = verbs::installKey(*p->session, target, keyText);
    if (!installed)
        return sessionFailure(ctx, installed.error());

    const ResolvedActivationId where{installed->activationId, ctx.catalog.findById(installed->activationId)};
    if (ctx.json) {
        auto o = base(p->backend->isSimulation());
        o.insert(QStringLiteral("partialKey"), QString::fromStdString(installed->partialKey));
        o.insert(QStringLiteral("extendedPid"), QString::fromStdString(installed->extendedPid));
        o.insert(QStringLiteral("activationId"), QString::fromStdString(installed->activationId.canonical()));
        ctx.printJson(o);
    } else {
        ctx.out << CliContext::tr("Installed product key XXXXX-XXXXX-XXXXX-XXXXX-%1 for %2.")
                       .arg(QString::fromStdString(installed->partialKey), describe(where))
                << '\n';
    }
    return ExitOk;
}

int runIid(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("iid needs the activation ID or program/year (for example win7-esu-y1)"));
    auto target = resolveActivationId(ctx, ctx.args.first(), code);
    if (!target)
        return code;
    auto p = prepare(ctx, code);
    if (!p)
        return code;
    auto iid = verbs::currentInstallationId(*p->session, *target);
    if (!iid)
        return sessionFailure(ctx, iid.error());

    if (ctx.json) {
        auto o = base(p->backend->isSimulation());
        o.insert(QStringLiteral("activationId"), QString::fromStdString(target->id.canonical()));
        o.insert(QStringLiteral("installationId"), QString::fromStdString(iid->digits()));
        o.insert(QStringLiteral("grouped"), QString::fromStdString(iid->grouped()));
        ctx.printJson(o);
    } else {
        // The data on stdout, the words on stderr: IID=$(actdesk iid win7-esu-y1) just works.
        ctx.err << CliContext::tr("Installation ID for %1:").arg(describe(*target)) << '\n';
        ctx.err.flush();
        ctx.out << QString::fromStdString(iid->grouped()) << '\n';
    }
    return ExitOk;
}

int runApply(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() < 2)
        return ctx.usage(CliContext::tr("apply needs the confirmation ID and the activation ID"));
    // The CID may have been pasted with spaces, so everything but the last word is the CID.
    const QString idText = ctx.args.takeLast();
    const QString cidText = ctx.args.join(QLatin1Char(' '));
    auto target = resolveActivationId(ctx, idText, code);
    if (!target)
        return code;
    auto p = prepare(ctx, code);
    if (!p)
        return code;
    auto status = verbs::applyConfirmationId(*p->session, *target, cidText.toStdString());
    if (!status)
        return sessionFailure(ctx, status.error());

    const bool licensed = status.value() == licensing::LicenseStatus::Licensed;
    if (ctx.json) {
        auto o = base(p->backend->isSimulation());
        o.insert(QStringLiteral("ok"), licensed);
        o.insert(QStringLiteral("activationId"), QString::fromStdString(target->id.canonical()));
        o.insert(QStringLiteral("status"), licensed ? QStringLiteral("licensed") : QStringLiteral("unlicensed"));
        ctx.printJson(o);
    } else {
        ctx.out << CliContext::tr("Confirmation ID deposited for %1. License status: %2")
                       .arg(describe(*target), text::ErrorText::licenseStatus(status.value()))
                << '\n';
    }
    return licensed ? ExitOk : ExitFailed;
}

} // namespace actdesk::cli
