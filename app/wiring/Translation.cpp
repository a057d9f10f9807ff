// SPDX-License-Identifier: MIT
#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace actdesk::app {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString installTranslators(QCoreApplication& app, const QString& override)
{
    QString language = override.isEmpty() ? qEnvironmentVariable("ACTDESK_LANG") : override;
    if (language.isEmpty()) {
        language = QStringLiteral("en");
        for (const QString& ui : QLocale().uiLanguages()) {
            const QString two = ui.left(2).toLower();
            if (availableLanguages().contains(two)) {
                language = two;
                break;
            }
        }
    }
    language = language.left(2).toLower();
    if (!availableLanguages().contains(language))
        language = QStringLiteral("en");
    // Dates and times follow the language of the text around them: a Japanese screen on an
    // English system says 2026年12月6日, not "Sunday, 6 December 2026". A system locale of
    // the same language keeps its own regional formats (en_GB stays en_GB).
    if (QLocale().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));

    // Owned by the application object, which outlives every window.
    // The catalogue installed beside the program wins, so a corrected translation can be
    // dropped in without a rebuild; the copy compiled in serves the build tree and the tests.
    auto* ours = new QTranslator(&app);
    const QString catalogue = QStringLiteral("activationdesk_%1").arg(language);
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/" ACTDESK_TRANSLATIONS_FROM_BIN);
    if (ours->load(catalogue, installed) || ours->load(catalogue, QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return language;
}

} // namespace actdesk::app
