// SPDX-License-Identifier: MIT
// Starts the real activation-desk executable offscreen, as a newcomer's first command would,
// and quits it as soon as its window has been painted (ACTDESK_QUIT_AFTER_SHOW).
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using actdesk::test::CliRun;

class GuiSmokeTest : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir m_home;

    CliRun start(const QStringList& args, const QString& lang = QStringLiteral("en"))
    {
        return actdesk::test::runProgram(
            QStringLiteral(ACTDESK_GUI), m_home.path(), args,
            {.lang = lang,
             .environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                             {QStringLiteral("ACTDESK_QUIT_AFTER_SHOW"), QStringLiteral("1")}},
             .timeoutMs = 60000});
    }

    // As over ssh or in a script: no display, so a QApplication would abort.
    CliRun startWithoutDisplay(const QStringList& args, const QString& lang = QStringLiteral("en"))
    {
        return actdesk::test::runProgram(
            QStringLiteral(ACTDESK_GUI), m_home.path(), args,
            {.lang = lang,
             .environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                             {QStringLiteral("DISPLAY"), QString()},
                             {QStringLiteral("WAYLAND_DISPLAY"), QString()}},
             .timeoutMs = 60000});
    }

    QString state(const QString& name) { return m_home.filePath(name); }

  private Q_SLOTS:
    void firstStartSetsUpASimulatedWindows7Machine()
    {
        const CliRun r = start({QStringLiteral("--state"), state(QStringLiteral("first"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile machine(state(QStringLiteral("first")) + QStringLiteral("/machine.txt"));
        QVERIFY(machine.open(QIODevice::ReadOnly));
        const QByteArray text = machine.readAll();
        QVERIFY2(text.contains("SIM-WIN7-01") && text.contains("win7"), text.constData());
    }

    void laterStartsKeepTheMachine()
    {
        const QString dir = state(QStringLiteral("again"));
        QCOMPARE(start({QStringLiteral("--state"), dir}).exitCode, 0);
        QFile machine(dir + QStringLiteral("/machine.txt"));
        QVERIFY(machine.open(QIODevice::ReadOnly));
        const QByteArray first = machine.readAll();
        machine.close();
        QCOMPARE(start({QStringLiteral("--state"), dir}, QStringLiteral("ja")).exitCode, 0);
        QVERIFY(machine.open(QIODevice::ReadOnly));
        QCOMPARE(machine.readAll(), first); // same machine (its stable ID would change if re-created)
    }

    void startsWithAnUnusableBackendAndSaysSoInTheWindow()
    {
        const CliRun r = start({QStringLiteral("--backend"), QStringLiteral("windows"),
                                QStringLiteral("--state"), state(QStringLiteral("windows"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(state(QStringLiteral("windows")) + QStringLiteral("/machine.txt")));
    }

    void commandLineMistakesAreUsageErrors()
    {
        const CliRun bad = start({QStringLiteral("--backend"), QStringLiteral("nonsense")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("nonsense")), qPrintable(bad.err));
        const CliRun missing =
            start({QStringLiteral("--catalog"), state(QStringLiteral("no-such-catalog.ini")),
                   QStringLiteral("--state"), state(QStringLiteral("catalog"))});
        QCOMPARE(missing.exitCode, 3);
    }

    void versionAndHelp()
    {
        const CliRun version = start({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("activation-desk " ACTDESK_VERSION_TEXT));
        const CliRun help = start({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--lang", "--state", "--backend", "--catalog"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void helpVersionAndMistakesNeedNoDisplay()
    {
        const CliRun version = startWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("activation-desk " ACTDESK_VERSION_TEXT));
        const CliRun help = startWithoutDisplay({QStringLiteral("--help")}, QStringLiteral("ja"));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--journal")) &&
                     help.out.contains(QStringLiteral("ヘルプ")),
                 qPrintable(help.out)); // and in the user's language
        const CliRun bad = startWithoutDisplay({QStringLiteral("--backend"), QStringLiteral("nonsense")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("nonsense")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(GuiSmokeTest)
#include "test_gui_smoke.moc"
