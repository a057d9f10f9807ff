// SPDX-License-Identifier: MIT
// actdesk: the scriptable command line (slmgr-like verbs). Bootstrap and dispatch only.
#include "AppPaths.h"
#include "CliContext.h"
#include "CliJournal.h"
#include "JsonError.h"
#include "Translation.h"
#include "VerbTable.h"
#include "Verbs.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QGuiApplication>

#ifdef Q_OS_WIN
#include "licensing/windows/WindowsProcess.h"
#endif

#include <cstring>
#include <memory>

using namespace actdesk;
using namespace actdesk::cli;

namespace {

// Global options may appear anywhere on the line; take them out first.
int takeGlobalOptions(CliContext& ctx)
{
    // First, so that a mistake in the other options is reported in JSON too.
    ctx.json = ctx.takeFlag(QStringLiteral("--json"));
    QString backend;
    if (ctx.takeOption(QStringLiteral("--backend"), backend)) {
        const auto b = app::backendFromName(backend);
        if (!b)
            return ctx.usage(CliContext::tr("unknown backend \"%1\" (use simulated or windows)").arg(backend));
        ctx.backend = *b;
    }
    if (!ctx.takeOption(QStringLiteral("--state"), ctx.stateDir))
        ctx.stateDir = app::AppPaths::defaultSimulatedStateDir();
    ctx.catalogGiven = ctx.takeOption(QStringLiteral("--catalog"), ctx.catalogFile);
    if (!ctx.catalogGiven)
        ctx.catalogFile = app::AppPaths::defaultCatalogOverride();
    if (!ctx.takeOption(QStringLiteral("--journal"), ctx.journalLocation))
        ctx.journalLocation = app::AppPaths::defaultJournalFile();
    return ExitOk;
}

// The paper verbs paint (fonts, images, PDF) and need a QGuiApplication; everything else stays
// a console program. Without a display they paint offscreen.
bool verbNeedsGui(int argc, char* argv[])
{
    static const char* const withValue[] = {"--backend", "--state", "--catalog", "--lang", "--journal"};
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (a[0] != '-') {
            words << QString::fromLocal8Bit(a);
            continue;
        }
        for (const char* o : withValue)
            if (std::strcmp(a, o) == 0)
                ++i;
    }
    int taken = 0;
    const Verb* verb = VerbTable::find(words, taken);
    return verb && verb->paints;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!verbNeedsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // Run from USB sticks and shares: no DLL planted beside the stick's files is ever loaded.
    // Output in UTF-8, so Japanese messages and machine names read right in the console.
    platform::hardenDllSearchPath();
    platform::useUtf8Console();
#endif
    const auto application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("activation-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTDESK_VERSION));

    CliContext ctx;
    ctx.args = QCoreApplication::arguments().mid(1);
    QString lang;
    ctx.takeOption(QStringLiteral("--lang"), lang);
    app::installTranslators(app, lang);

    if (const int code = takeGlobalOptions(ctx); code != ExitOk)
        return code;
    if (ctx.takeFlag(QStringLiteral("--version"))) {
        ctx.out << "actdesk " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (ctx.args.isEmpty() || ctx.takeFlag(QStringLiteral("--help")) || ctx.args.first() == QLatin1String("help"))
        return runHelp(ctx);

    auto catalog = app::loadCatalog(ctx.catalogFile, ctx.catalogGiven);
    if (!catalog)
        return ctx.failure(text::ErrorText::catalogError(catalog.error()), ExitEnvironment,
                           jsonError(catalog.error()));
    ctx.catalog = catalog->catalog;
    CliJournal journal(ctx); // records every licence step; opens on the first one
    ctx.observers.push_back(&journal);

    return VerbTable::dispatch(ctx);
}
