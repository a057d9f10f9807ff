// SPDX-License-Identifier: MIT
#include "GuiOptions.h"

#include "AppPaths.h"
#include "JournalDefaults.h"

#include <QCommandLineParser>

namespace actdesk::app::gui {

QString GuiCommandLine::languageOverride(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

std::variant<GuiOptions, TerminalAnswer> GuiCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Activation Desk: offline activation of Windows Extended Security Updates (ESU) licences."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the window: en or ja (default: the "
                                     "system language, or $ACTDESK_LANG)."),
                                  tr("language"));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     tr("Licensing backend: simulated or windows (default: %1).")
                                         .arg(defaultBackend() == Backend::Windows
                                                  ? QStringLiteral("windows")
                                                  : QStringLiteral("simulated")),
                                     tr("backend"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Directory of the simulated machine (default: $ACTDESK_STATE, or %1).")
                                       .arg(AppPaths::defaultSimulatedStateDir()),
                                   tr("directory"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     tr("An administrator's ESU catalog file that adds to or overrides the "
                                        "built-in one."),
                                     tr("file"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("The journal: a file path or postgresql://user@host:port/database "
                                        "(default: $ACTDESK_JOURNAL, or %1).")
                                         .arg(JournalDefaults::location()),
                                     tr("url"));
    // Written by "Restart as administrator" for the elevated process; not for people.
    QCommandLineOption resume(QStringLiteral("resume"), QString(), tr("file"));
    resume.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, lang, backend, state, catalog, journal, resume});

    if (!parser.parse(arguments))
        return TerminalAnswer{2, {}, parser.errorText() + QLatin1Char('\n')};
    if (parser.isSet(help))
        return TerminalAnswer{0, parser.helpText(), {}};
    if (parser.isSet(version))
        return TerminalAnswer{
            0, QStringLiteral("activation-desk %1\n").arg(QCoreApplication::applicationVersion()), {}};
    if (!parser.positionalArguments().isEmpty())
        return TerminalAnswer{2,
                              {},
                              tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) +
                                  QLatin1Char('\n')};

    GuiOptions o;
    o.language = parser.value(lang);
    if (parser.isSet(backend)) {
        const auto b = backendFromName(parser.value(backend));
        if (!b)
            return TerminalAnswer{
                2,
                {},
                tr("Unknown backend \"%1\" (use simulated or windows).").arg(parser.value(backend)) +
                    QLatin1Char('\n')};
        o.backend = *b;
    }
    o.resumeTicket = parser.value(resume);
    o.stateDir = parser.isSet(state) ? parser.value(state) : AppPaths::defaultSimulatedStateDir();
    o.catalogGiven = parser.isSet(catalog);
    o.catalogFile = o.catalogGiven ? parser.value(catalog) : AppPaths::defaultCatalogOverride();
    o.journalLocation = parser.isSet(journal) ? parser.value(journal) : JournalDefaults::location();
    return o;
}

} // namespace actdesk::app::gui
