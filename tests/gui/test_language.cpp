// SPDX-License-Identifier: MIT
// The language a Japanese administrator sees is Japanese throughout: our own strings, and
// also Qt's (standard dialog buttons, the right-click menu of every text field), which come
// from Debian's qt6-translations-l10n. An unsupported language falls back to English.
#include "Translation.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace actdesk;

namespace {

QStringList contextMenuTexts(QLineEdit& edit)
{
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction* action : menu->actions())
        if (!action->isSeparator())
            texts << action->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    return texts;
}

QString cancelButtonText()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

void removeTranslators()
{
    for (QTranslator* t : QApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void japaneseCoversOurStringsAndQtsOwn()
    {
        QCOMPARE(app::installTranslators(*QApplication::instance(), QStringLiteral("ja")),
                 QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("actdesk::ui::MainWindow", "Quit Activation Desk?"),
                 QStringLiteral("Activation Desk を終了しますか?"));
        // Qt's own strings: without Qt's Japanese catalogue these stay English.
        QCOMPARE(cancelButtonText(), QStringLiteral("キャンセル"));
        QLineEdit edit;
        const QStringList menu = contextMenuTexts(edit);
        QVERIFY2(menu.contains(QStringLiteral("コピー(&C)")), qPrintable(menu.join(QLatin1String(" | "))));
        QVERIFY2(menu.contains(QStringLiteral("貼り付け(&P)")), qPrintable(menu.join(QLatin1String(" | "))));
    }

    // The Journal's local time and the call list's times follow the language of the screen,
    // not the system's: a Japanese screen on an English system writes Japanese dates.
    void datesAndTimesFollowTheLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // the system's
        const QDateTime at(QDate(2026, 12, 6), QTime(19, 17, 1), Qt::UTC);
        app::installTranslators(*QApplication::instance(), QStringLiteral("ja"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        const QString japanese = QLocale().toString(at, QLocale::LongFormat);
        QVERIFY2(japanese.contains(QStringLiteral("2026年12月6日")), qPrintable(japanese));
        removeTranslators();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // English on an English system keeps the system's own formats (day before month).
        app::installTranslators(*QApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QLocale().territory(), QLocale::UnitedKingdom);
        QLocale::setDefault(before);
    }

    void unsupportedLanguageFallsBackToEnglish()
    {
        QCOMPARE(app::installTranslators(*QApplication::instance(), QStringLiteral("fr")),
                 QStringLiteral("en"));
        QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
        QLineEdit edit;
        const QStringList menu = contextMenuTexts(edit);
        QVERIFY2(menu.contains(QStringLiteral("&Copy")), qPrintable(menu.join(QLatin1String(" | "))));
    }
};

QTEST_MAIN(LanguageTest)
#include "test_language.moc"
