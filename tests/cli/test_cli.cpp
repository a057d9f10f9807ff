// SPDX-License-Identifier: MIT
// Runs the real `actdesk` binary the way an admin's script or SCCM would.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

constexpr const char* kKey = "BCDFG-HJKMP-QRTVW-XY234-6789B";

QString flipDigitInGroup(const QString& grouped, int group)
{
    // Group g starts at g*7 in "dddddd-dddddd-..."; +1 mod 10 is always caught by the check.
    QString s = grouped;
    const int pos = group * 7 + 1;
    s[pos] = QChar(u'0' + (s[pos].digitValue() + 1) % 10);
    return s;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_state;

    Run actdesk(QStringList args, const QString& lang = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("ACTDESK_LANG"), lang);
        p.setProcessEnvironment(env);
        args << QStringLiteral("--state") << m_state;
        p.start(QStringLiteral(ACTDESK_CLI), args);
        p.waitForFinished(30000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject json(const Run& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_state = m_home.path() + QStringLiteral("/state-%1").arg(++n);
    }

    void doneWhenSequenceLicensesOnlyYear1()
    {
        QCOMPARE(actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--os"),
                          QStringLiteral("win7")})
                     .exitCode,
                 0);
        const Run key = actdesk({QStringLiteral("install-key"), QString::fromLatin1(kKey)});
        QCOMPARE(key.exitCode, 0);
        QVERIFY(key.out.contains(QStringLiteral("6789B")));
        QVERIFY2(!key.out.contains(QStringLiteral("HJKMP")) && !key.err.contains(QStringLiteral("HJKMP")),
                 "the full key must never be printed");

        const Run iid = actdesk({QStringLiteral("iid"), QStringLiteral("win7-esu-y1")});
        QCOMPARE(iid.exitCode, 0);
        const QString iidText = iid.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^(\\d{6,7}-){8}\\d{6,7}$")).match(iidText).hasMatch(),
                 qPrintable(iidText));
        QVERIFY(iid.err.contains(QStringLiteral("SIMULATION")));

        const Run cid = actdesk({QStringLiteral("simulate"), QStringLiteral("cid"), iidText});
        QCOMPARE(cid.exitCode, 0);
        const QString cidText = cid.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^(\\d{6}-){7}\\d{6}$")).match(cidText).hasMatch());

        const Run apply = actdesk({QStringLiteral("apply"), cidText, QStringLiteral("77db037b-95c3-48d7-a3ab-a9c6d41093e0")});
        QCOMPARE(apply.exitCode, 0);

        const Run status = actdesk({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const auto o = json(status);
        QVERIFY(o.value(QStringLiteral("simulation")).toBool());
        const auto products = o.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), 3);
        for (const auto& p : products) {
            const auto row = p.toObject();
            const bool year1 = row.value(QStringLiteral("catalogKey")).toString() == QStringLiteral("win7-esu-y1");
            QCOMPARE(row.value(QStringLiteral("status")).toString(),
                     year1 ? QStringLiteral("licensed") : QStringLiteral("unlicensed"));
        }
    }

    void aKeyCanComeFromStandardInputSoItStaysOutOfTheProcessList()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ACTDESK_CLI), {QStringLiteral("install-key"), QStringLiteral("-"), QStringLiteral("--for"),
                                               QStringLiteral("win7-esu-y2"), QStringLiteral("--state"), m_state});
        p.write(QByteArray(kKey) + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("6789B")) && out.contains(QStringLiteral("Year 2")), qPrintable(out));
    }

    void aCidTypoNamesTheGroupLetterAndChangesNothing()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        actdesk({QStringLiteral("/ipk"), QString::fromLatin1(kKey)});
        const QString iid = actdesk({QStringLiteral("/dti"), QStringLiteral("win7-esu-y1")}).out.trimmed();
        const QString cid = actdesk({QStringLiteral("simulate"), QStringLiteral("cid"), iid}).out.trimmed();
        for (int group = 0; group < 8; ++group) {
            const QString letter(QChar(u'A' + group));
            const Run r = actdesk({QStringLiteral("/atp"), flipDigitInGroup(cid, group), QStringLiteral("win7-esu-y1"),
                                   QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(json(r).value(QStringLiteral("groups")).toString(), letter);
            QVERIFY2(r.err.contains(QStringLiteral("Group %1 of the confirmation ID").arg(letter)), qPrintable(r.err));
        }
        const Run status = actdesk({QStringLiteral("status"), QStringLiteral("win7-esu-y1"), QStringLiteral("--json")});
        QCOMPARE(json(status).value(QStringLiteral("products")).toArray().first().toObject().value(
                     QStringLiteral("status")).toString(),
                 QStringLiteral("unlicensed"));
    }

    void checkExitCodes()
    {
        const QString good = QStringLiteral(
            "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205");
        QCOMPARE(actdesk({QStringLiteral("check"), good}).exitCode, 0);
        const Run bad = actdesk({QStringLiteral("check"), QString(good).replace(26, 1, QStringLiteral("2"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Group 4 of the installation ID")), qPrintable(bad.err));
        const Run len = actdesk({QStringLiteral("check"), QStringLiteral("12345")});
        QCOMPARE(len.exitCode, 1);
        QVERIFY(len.err.contains(QStringLiteral("5 digits")));
        QCOMPARE(actdesk({QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(actdesk({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(actdesk({QStringLiteral("status"), QStringLiteral("--bogus")}).exitCode, 2);
    }

    void fullWidthInputFromAJapaneseImeIsAccepted()
    {
        // "２５３０３７４　４０４０５１１…" as a Japanese IME produces it
        const QString ascii = QStringLiteral(
            "2530374 4040511 9108201 4139610 9378684 8722385 3037266 7794905 6629205");
        QString wide;
        for (QChar c : ascii)
            wide += c.isDigit() ? QChar(0xFF10 + c.digitValue()) : QChar(0x3000);
        const Run r = actdesk({QStringLiteral("check"), wide});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("2530374-4040511")));
    }

    void noSimulatedMachineIsAnEnvironmentErrorWithAHint()
    {
        const Run r = actdesk({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("actdesk simulate init")));
    }

    void windowsBackendIsRefusedOffWindows()
    {
        const Run r = actdesk({QStringLiteral("status"), QStringLiteral("--backend"), QStringLiteral("windows")});
        QCOMPARE(r.exitCode, 3);
    }

    void missingPrerequisitesFailInstallWith0xC004F050AndListTheKbs()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--os"), QStringLiteral("win2008"),
                 QStringLiteral("--missing-prerequisites")});
        const Run key = actdesk({QStringLiteral("install-key"), QString::fromLatin1(kKey), QStringLiteral("--json")});
        QCOMPARE(key.exitCode, 1);
        QCOMPARE(json(key).value(QStringLiteral("code")).toString(), QStringLiteral("0xC004F050"));
        const Run status = actdesk({QStringLiteral("status")});
        QVERIFY2(status.out.contains(QStringLiteral("KB4493730")), qPrintable(status.out));
    }

    void iidBeforeKeyIs0xC004F014()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--os"), QStringLiteral("win10")});
        const Run r = actdesk({QStringLiteral("iid"), QStringLiteral("win10-esu-y2"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json(r).value(QStringLiteral("code")).toString(), QStringLiteral("0xC004F014"));
    }

    void unknownProgramIsAUsageError()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        const Run r = actdesk({QStringLiteral("iid"), QStringLiteral("win7-esu-y9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("win7-esu-y9")));
    }

    void malformedKeyIsRejectedNamingTheCharacter()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        const Run r = actdesk({QStringLiteral("install-key"), QStringLiteral("BCDFG-HJKMP-QRTVW-XY234-6789O")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("\"O\" at position 29")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("HJKMP")));
        const Run j = actdesk({QStringLiteral("install-key"), QStringLiteral("BCDFG-HJKMP-QRTVW-XY234"),
                               QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        QCOMPARE(json(j).value(QStringLiteral("code")).toString(), QStringLiteral("0xC004F050"));
        QVERIFY(!j.out.contains(QStringLiteral("HJKMP")));
    }

    void programsListsTheCatalogAsJson()
    {
        const Run r = actdesk({QStringLiteral("programs"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("programs")).toArray().size(), 12);
        const Run w10 = actdesk({QStringLiteral("programs"), QStringLiteral("--os"), QStringLiteral("win10")});
        QCOMPARE(w10.out.count(QLatin1Char('\n')), 3);
    }

    void anAdministratorCatalogOverrideIsUsedAndABrokenOneNamesItsLine()
    {
        const QString file = m_home.path() + QStringLiteral("/admin.ini");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[catalog]\nformat = 1\n[program:posready7-esu-y3]\nprogram = posready7-esu\nname = POSReady 7 ESU\n"
                "os = win7\nyear = 3\nactivation-id = 4f1f646c-1e66-4908-acc7-d1606229b29e\ntrust = community\n"
                "source = MAS\n");
        f.close();
        const Run r = actdesk({QStringLiteral("programs"), QStringLiteral("--catalog"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("posready7-esu-y3")));

        QVERIFY(f.open(QIODevice::Append));
        f.write("[program:broken]\nprogram = x\nname = x\nos = win7\nyear = 1\nactivation-id = nope\n"
                "trust = community\nsource = x\n");
        f.close();
        const Run broken = actdesk({QStringLiteral("programs"), QStringLiteral("--catalog"), file});
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains(QStringLiteral("line 16")), qPrintable(broken.err));
    }

    void japaneseMessagesAreShownWhenAsked()
    {
        const Run r = actdesk({QStringLiteral("check"), QStringLiteral("12345")}, QStringLiteral("ja"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("桁")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
