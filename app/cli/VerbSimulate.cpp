// SPDX-License-Identifier: MIT
// actdesk simulate init [--os OS] [--name NAME] [--missing-prerequisites] [--iid-length 54|63]
// actdesk simulate cid IID
// Training and tests only: the simulated centre's CIDs are accepted by the simulated machine
// and by nothing else.
#include "ArgumentText.h"
#include "CliContext.h"
#include "JsonError.h"
#include "Verbs.h"
#include "input/FreeText.h"
#include "input/ParseInput.h"
#include "licensing/SimulatedActivationCentre.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"

#include <algorithm>
#include <cctype>

namespace actdesk::cli {

int runSimulateInit(CliContext& ctx)
{
    licensing::SimulatedMachineOptions options;
    QString os;
    QString name;
    QString iidLength;
    if (ctx.takeOption(QStringLiteral("--os"), os)) {
        const auto family = osFromKey(os.toStdString());
        if (!family)
            return ctx.usage(CliContext::tr("unknown OS \"%1\" (use win7, win2008, win2008r2, win2012, "
                                            "win2012r2 or win10)")
                                 .arg(os));
        options.os = *family;
        options.name = "SIM-" + osKey(*family) + "-01";
        std::transform(options.name.begin(), options.name.end(), options.name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    }
    if (ctx.takeOption(QStringLiteral("--name"), name)) {
        if (name.trimmed().isEmpty())
            return ctx.usage(CliContext::tr("--name needs a machine name"));
        // Checked here, where it is typed: it goes into the state file, the journal, transfer
        // files and printed sheets, and none of them may be blamed for it later.
        if (auto bad = ArgumentText::problem(QStringLiteral("--name"), name.trimmed(), input::kMaxNameBytes))
            return ctx.usage(*bad);
        options.name = name.trimmed().toStdString();
    }
    if (ctx.takeOption(QStringLiteral("--iid-length"), iidLength)) {
        if (iidLength == QLatin1String("54"))
            options.iidGroupLength = 6;
        else if (iidLength == QLatin1String("63"))
            options.iidGroupLength = 7;
        else
            return ctx.usage(CliContext::tr("--iid-length must be 54 or 63"));
    }
    options.prerequisitesInstalled = !ctx.takeFlag(QStringLiteral("--missing-prerequisites"));
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (!ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument \"%1\"").arg(ctx.args.first()));
    if (options.prerequisitesInstalled)
        if (auto p = ctx.catalog.prerequisites(options.os))
            options.installedUpdates = p->updates;

    auto machine = app::initSimulatedMachine(ctx.stateDir, options, ctx.catalog, ctx.clock);
    if (!machine)
        return ctx.failure(text::ErrorText::licensingError(machine.error()), ExitEnvironment,
                           jsonError(machine.error()));
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("simulation"), true);
        o.insert(QStringLiteral("machine"), QString::fromStdString(options.name));
        o.insert(QStringLiteral("os"), QString::fromStdString(osKey(options.os)));
        o.insert(QStringLiteral("prerequisitesInstalled"), options.prerequisitesInstalled);
        o.insert(QStringLiteral("stateDir"), ctx.stateDir);
        ctx.printJson(o);
    } else {
        ctx.announceSimulation(true);
        ctx.out << CliContext::tr("Simulated machine %1 (%2) created in %3.")
                       .arg(QString::fromStdString(options.name), text::CatalogText::osName(options.os), ctx.stateDir)
                << '\n';
        if (!options.prerequisitesInstalled)
            ctx.out << CliContext::tr("The ESU prerequisite updates are missing: installing an ESU key will fail "
                                      "with 0xC004F050.")
                    << '\n';
    }
    return ExitOk;
}

int runSimulateCid(CliContext& ctx)
{
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("simulate cid needs an installation ID"));
    auto iid = input::parseInstallationId(ctx.args.join(QLatin1Char(' ')).toStdString());
    if (!iid)
        return ctx.failure(text::ErrorText::idError(iid.error()), ExitFailed, jsonError(iid.error()));
    const auto cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid.value());
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("simulation"), true);
        o.insert(QStringLiteral("confirmationId"), QString::fromStdString(cid.digits()));
        o.insert(QStringLiteral("grouped"), QString::fromStdString(cid.grouped()));
        ctx.printJson(o);
    } else {
        ctx.err << CliContext::tr("SIMULATED activation centre: this confirmation ID works only on a simulated "
                                  "machine.")
                << '\n';
        ctx.err.flush();
        ctx.out << QString::fromStdString(cid.grouped()) << '\n';
    }
    return ExitOk;
}

} // namespace actdesk::cli
