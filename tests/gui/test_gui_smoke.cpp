// SPDX-License-Identifier: MIT
// Starts the real activation-desk executable offscreen, as a newcomer's first command would,
// and quits it as soon as its window has been painted (ACTDESK_QUIT_AFTER_SHOW).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class GuiSmokeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run start(const QStringList& args, const QString& lang = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ACTDESK_QUIT_AFTER_SHOW"), QStringLiteral("1"));
        env.insert(QStringLiteral("ACTDESK_LANG"), lang);
        env.remove(QStringLiteral("ACTDESK_STATE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ACTDESK_GUI), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString state(const QString& name) { return m_home.filePath(name); }

private Q_SLOTS:
    void firstStartSetsUpASimulatedWindows7Machine()
    {
        const Run r = start({QStringLiteral("--state"), state(QStringLiteral("first"))});
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
        const Run r = start({QStringLiteral("--backend"), QStringLiteral("windows"), QStringLiteral("--state"),
                             state(QStringLiteral("windows"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(state(QStringLiteral("windows")) + QStringLiteral("/machine.txt")));
    }

    void commandLineMistakesAreUsageErrors()
    {
        const Run bad = start({QStringLiteral("--backend"), QStringLiteral("nonsense")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("nonsense")), qPrintable(bad.err));
        const Run missing = start({QStringLiteral("--catalog"), state(QStringLiteral("no-such-catalog.ini")),
                                   QStringLiteral("--state"), state(QStringLiteral("catalog"))});
        QCOMPARE(missing.exitCode, 3);
    }

    void versionAndHelp()
    {
        const Run version = start({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("activation-desk " ACTDESK_VERSION_TEXT));
        const Run help = start({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--lang", "--state", "--backend", "--catalog"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(GuiSmokeTest)
#include "test_gui_smoke.moc"
