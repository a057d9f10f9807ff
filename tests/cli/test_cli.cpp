// SPDX-License-Identifier: MIT
// Runs the real `actdesk` binary the way an admin's script or SCCM would.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>


using actdesk::test::CliRun;
using actdesk::test::kKeyA1;

namespace {

QString flipDigitInGroup(const QString& grouped, int group)
{
    // Group g starts at g*7 in "dddddd-dddddd-..."; +1 mod 10 is always caught by the check.
    QString s = grouped;
    const int pos = group * 7 + 1;
    s[pos] = QChar(u'0' + (s[pos].digitValue() + 1) % 10);
    return s;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList split(const char* words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '));
}

// A usage error with --json: exit 2, one JSON object on stdout naming `code`, and the
// message on stderr too.
QJsonObject jsonUsageError(const CliRun& r, const char* code)
{
    if (r.exitCode != 2)
        qWarning("exit %d, stderr: %s", r.exitCode, qPrintable(r.err));
    const QJsonObject o = r.json();
    if (o.value(QStringLiteral("ok")) != QJsonValue(false))
        qWarning("stdout is not {\"ok\": false, ...}: %s", qPrintable(r.out));
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    if (r.exitCode != 2 || o.value(QStringLiteral("ok")) != QJsonValue(false) ||
        error.value(QStringLiteral("code")).toString() != QLatin1String(code) ||
        error.value(QStringLiteral("message")).toString().isEmpty() ||
        !r.err.contains(QLatin1String("actdesk:")))
        return {};
    return o;
}

// A failure with --json (exit 1 or 3): exactly one JSON object on stdout, {"ok": false,
// "command": ..., "error": {"code": `code`, "message": ...}}, the same shape as a usage error, and
// the same message on stderr. Returns the error object, or {} (with a warning) when not so.
QJsonObject jsonFailure(const CliRun& r, int exitCode, const char* code, const char* command,
                        bool messageOnStderr = true)
{
    const QJsonObject o = r.json();
    const QJsonValue error = o.value(QStringLiteral("error"));
    const QString message = error.toObject().value(QStringLiteral("message")).toString();
    const bool fine =
        r.exitCode == exitCode && o.value(QStringLiteral("ok")) == QJsonValue(false) &&
        o.value(QStringLiteral("command")).toString() == QLatin1String(command) && error.isObject() &&
        error.toObject().value(QStringLiteral("code")).toString() == QLatin1String(code) &&
        !message.isEmpty() && (!messageOnStderr || r.err.contains(message.left(40))) &&
        QJsonDocument::fromJson(r.out.toUtf8()).isObject() && r.out.trimmed().startsWith(QLatin1Char('{')) &&
        r.out.trimmed().endsWith(QLatin1Char('}'));
    if (!fine) {
        qWarning("expected exit %d and error code %s from %s; got exit %d\nstdout: %s\nstderr: %s", exitCode,
                 code, command, r.exitCode, qPrintable(r.out), qPrintable(r.err));
        return {};
    }
    return error.toObject();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_state;

    CliRun actdesk(QStringList args, const QString& lang = QStringLiteral("en"))
    {
        args << QStringLiteral("--state") << m_state;
        return actdesk::test::runActdesk(m_home.path(), args, {.lang = lang});
    }

    // A simulated machine whose state file carries `name`, which `simulate init --name` would
    // refuse: an older state file, or a name that came from elsewhere.
    void simulatedMachineNamed(const QByteArray& name)
    {
        QCOMPARE(actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--name"),
                          QStringLiteral("PC-PLAIN")})
                     .exitCode,
                 0);
        const QString stateFile = m_state + QStringLiteral("/machine.txt");
        QByteArray state = readFile(stateFile);
        QVERIFY(state.contains("name=PC-PLAIN\n"));
        writeFile(stateFile, state.replace("name=PC-PLAIN\n", "name=" + name + "\n"));
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
        const CliRun key = actdesk({QStringLiteral("install-key"), QString::fromLatin1(kKeyA1)});
        QCOMPARE(key.exitCode, 0);
        QVERIFY(key.out.contains(QStringLiteral("6789B")));
        QVERIFY2(!key.out.contains(QStringLiteral("HJKMP")) && !key.err.contains(QStringLiteral("HJKMP")),
                 "the full key must never be printed");

        const CliRun iid = actdesk({QStringLiteral("iid"), QStringLiteral("win7-esu-y1")});
        QCOMPARE(iid.exitCode, 0);
        const QString iidText = iid.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^(\\d{6,7}-){8}\\d{6,7}$")).match(iidText).hasMatch(),
                 qPrintable(iidText));
        QVERIFY(iid.err.contains(QStringLiteral("SIMULATION")));

        const CliRun cid = actdesk({QStringLiteral("simulate"), QStringLiteral("cid"), iidText});
        QCOMPARE(cid.exitCode, 0);
        const QString cidText = cid.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^(\\d{6}-){7}\\d{6}$")).match(cidText).hasMatch());

        const CliRun apply = actdesk(
            {QStringLiteral("apply"), cidText, QStringLiteral("77db037b-95c3-48d7-a3ab-a9c6d41093e0")});
        QCOMPARE(apply.exitCode, 0);

        const CliRun status = actdesk({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const auto o = status.json();
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
        const CliRun r = actdesk::test::runActdesk(m_home.path(),
                                                   {QStringLiteral("install-key"), QStringLiteral("-"),
                                                    QStringLiteral("--for"), QStringLiteral("win7-esu-y2"),
                                                    QStringLiteral("--state"), m_state},
                                                   {.input = QByteArray(kKeyA1) + "\n"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("6789B")) && r.out.contains(QStringLiteral("Year 2")),
                 qPrintable(r.out));
    }

    // Binary input on standard input (/dev/zero, a wrong file) is a clear refusal, read no
    // further than a key could reach.
    void binaryStandardInputIsRefusedNotReadToTheEnd()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        // An endless standard input, as by "actdesk install-key - < /dev/zero".
        const CliRun r = actdesk::test::runProgram(
            QStringLiteral("/bin/sh"), m_home.path(),
            {QStringLiteral("-c"), QStringLiteral("exec \"$0\" install-key - --state \"$1\" < /dev/zero"),
             QStringLiteral(ACTDESK_CLI), m_state},
            {.timeoutMs = 30000});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("product key")), qPrintable(r.err));
    }

    // A key typed where a command, an activation ID or an option value belongs is never echoed.
    void aKeyInTheWrongPlaceIsNotEchoed()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        const QString key = QString::fromLatin1(kKeyA1);
        const QList<QStringList> mistakes = {
            {key},
            {QStringLiteral("status"), key},
            {QStringLiteral("install-key"), QStringLiteral("--for"), key.toLower(), QStringLiteral("win7-esu-y1")},
            {QStringLiteral("--backend"), key, QStringLiteral("status")},
            {QStringLiteral("--json"), QStringLiteral("status"), key},
        };
        for (const QStringList& args : mistakes) {
            const CliRun r = actdesk(args);
            QCOMPARE(r.exitCode, 2);
            const QString all = r.out + r.err;
            QVERIFY2(!all.contains(key.left(20), Qt::CaseInsensitive), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")), qPrintable(all));
        }
    }

    // One rule for key-shaped text (issue 17, section 4): refused where it is typed, masked
    // wherever it is written when it comes from elsewhere (a machine, a user name, a URL).
    void aKeyShapedNameIsRefusedWhereTypedAndMaskedWhereWritten()
    {
        const QString key = QString::fromLatin1(kKeyA1);
        const QString hidden = QStringLiteral("HJKMP"); // in no partial key: seen = a key leaked
        const CliRun typed = actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--name"), key});
        QCOMPARE(typed.exitCode, 2);
        QVERIFY2(typed.err.contains(QStringLiteral("--name looks like a product key")), qPrintable(typed.err));
        QVERIFY(!(typed.out + typed.err).contains(hidden));
        QVERIFY(!QFile::exists(m_state + QStringLiteral("/machine.txt")));

        // A machine that already carries such a name (an older state file, a real machine's
        // name): nothing written or printed holds the key.
        simulatedMachineNamed(key.toUtf8());
        const QString stateFile = m_state + QStringLiteral("/machine.txt");
        const QString journal = m_home.path() + QStringLiteral("/keyname/journal.sqlite");
        const QStringList withJournal = {QStringLiteral("--journal"), journal};
        const CliRun status = actdesk(QStringList{QStringLiteral("status")} + withJournal);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")), qPrintable(status.out));
        const CliRun install = actdesk(QStringList{QStringLiteral("install-key"), key, QStringLiteral("--for"),
                                                   QStringLiteral("win7-esu-y1")} +
                                       withJournal);
        QVERIFY2(install.exitCode == 0, qPrintable(install.err));
        const CliRun listed = actdesk(QStringList{QStringLiteral("journal")} + withJournal);
        QCOMPARE(listed.exitCode, 0);
        for (const CliRun& r : {status, install, listed})
            QVERIFY2(!(r.out + r.err).contains(hidden), qPrintable(r.out + r.err));
        QVERIFY(!readFile(stateFile).contains(hidden.toLatin1()));
        QVERIFY(readFile(journal).size() > 0);
        QVERIFY(!(readFile(journal) + readFile(journal + QStringLiteral("-wal"))).contains(hidden.toLatin1()));

        // A user name in a PostgreSQL URL: the journal warning masks it.
        const CliRun pg = actdesk({QStringLiteral("install-key"), key, QStringLiteral("--for"),
                                   QStringLiteral("win7-esu-y2"), QStringLiteral("--journal"),
                                   QStringLiteral("postgresql://%1@127.0.0.1:1/journal").arg(key)});
        QVERIFY2(pg.err.contains(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX@127.0.0.1")), qPrintable(pg.err));
        QVERIFY2(!(pg.out + pg.err).contains(hidden), qPrintable(pg.err));
    }

    // Issue 17, section 5: a name too long or with control characters is refused as the
    // argument it is, with its limit; a name that has them already is printed escaped.
    void namesAreCheckedWhereTypedAndPrintedEscaped()
    {
        const CliRun longName = actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--name"),
                                         QString(5000, QLatin1Char('N'))});
        QCOMPARE(longName.exitCode, 2);
        QVERIFY2(longName.err.contains(QStringLiteral("--name is 5000 bytes long; at most 256 bytes")),
                 qPrintable(longName.err));
        const CliRun esc = actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--name"),
                                    QStringLiteral("PC\x1b[31m")});
        QCOMPARE(esc.exitCode, 2);
        QVERIFY2(esc.err.contains(QStringLiteral("--name holds the control or invisible character U+001B")),
                 qPrintable(esc.err));
        QVERIFY(!esc.err.contains(QLatin1Char('\x1b')));
        QVERIFY(!QFile::exists(m_state + QStringLiteral("/machine.txt")));

        simulatedMachineNamed(QStringLiteral("PC\x1b[2J\x07\u202Eevil").toUtf8());
        const QString journal = m_home.path() + QStringLiteral("/escaped/journal.sqlite");
        const QStringList withJournal = {QStringLiteral("--journal"), journal};
        const CliRun status = actdesk(QStringList{QStringLiteral("status")} + withJournal);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("PC<U+001B>[2J<U+0007><U+202E>evil")), qPrintable(status.out));
        QCOMPARE(actdesk(QStringList{QStringLiteral("install-key"), QString::fromLatin1(kKeyA1), QStringLiteral("--for"),
                                     QStringLiteral("win7-esu-y1")} +
                         withJournal)
                     .exitCode,
                 0);
        const CliRun listed = actdesk(QStringList{QStringLiteral("journal")} + withJournal);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("PC<U+001B>[2J<U+0007><U+202E>evil")), qPrintable(listed.out));
        // An activation ID with a direction-changing or escape character: named, not printed.
        const CliRun rlo = actdesk({QStringLiteral("status"), QStringLiteral("{55c92734-d682-4d71-983e-d6ec3f16059f\u202E}")});
        QCOMPARE(rlo.exitCode, 2);
        QVERIFY2(rlo.err.contains(QStringLiteral("contains \"U+202E\"")), qPrintable(rlo.err));
        const CliRun bel = actdesk({QStringLiteral("status"), QStringLiteral("55c92734-d682-4d71-983e\x07-d6ec3f16059f")});
        QCOMPARE(bel.exitCode, 2);
        QVERIFY2(bel.err.contains(QStringLiteral("contains \"U+0007\"")), qPrintable(bel.err));
        const CliRun zwsp = actdesk({QStringLiteral("status"), QStringLiteral("55c92734-d682\u200B-4d71-983e-d6ec3f16059f")});
        QCOMPARE(zwsp.exitCode, 2);
        QVERIFY2(zwsp.err.contains(QStringLiteral("contains \"U+200B\"")), qPrintable(zwsp.err));
        for (const CliRun& r : {status, listed, rlo, bel})
            for (QChar raw : {QChar(0x1b), QChar(0x07), QChar(0x202E)})
                QVERIFY2(!(r.out + r.err).contains(raw), qPrintable(r.out + r.err));
    }

    // actdesk journal --csv: what a spreadsheet opens. Control and direction-changing
    // characters in a machine name are named as in the table, and a name that starts like a
    // formula gets its apostrophe.
    void journalCsvEscapesHiddenCharactersAndFormulas()
    {
        simulatedMachineNamed(QStringLiteral("=PC\x1b[2J\x07\u202Eevil\u200B").toUtf8());
        const QStringList withJournal = {QStringLiteral("--journal"),
                                         m_home.path() + QStringLiteral("/csv/journal.sqlite")};
        QCOMPARE(actdesk(QStringList{QStringLiteral("install-key"), QString::fromLatin1(kKeyA1),
                                     QStringLiteral("--for"), QStringLiteral("win7-esu-y1")} +
                         withJournal)
                     .exitCode,
                 0);
        const CliRun csv =
            actdesk(QStringList{QStringLiteral("journal"), QStringLiteral("--csv")} + withJournal);
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(csv.out));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",'=PC<U+001B>[2J<U+0007><U+202E>evil<U+200B>,")),
                 qPrintable(lines.at(1)));
        for (QChar raw : {QChar(0x1b), QChar(0x07), QChar(0x202E), QChar(0x200B)})
            QVERIFY2(!csv.out.contains(raw), qPrintable(csv.out));
        QVERIFY(!csv.out.contains(QStringLiteral("HJKMP")));
    }

    void aCidTypoNamesTheGroupLetterAndChangesNothing()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        actdesk({QStringLiteral("/ipk"), QString::fromLatin1(kKeyA1)});
        const QString iid = actdesk({QStringLiteral("/dti"), QStringLiteral("win7-esu-y1")}).out.trimmed();
        const QString cid = actdesk({QStringLiteral("simulate"), QStringLiteral("cid"), iid}).out.trimmed();
        for (int group = 0; group < 8; ++group) {
            const QString letter(QChar(u'A' + group));
            const CliRun r = actdesk({QStringLiteral("/atp"), flipDigitInGroup(cid, group),
                                      QStringLiteral("win7-esu-y1"), QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(
                r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("groups")).toString(),
                letter);
            QVERIFY2(r.err.contains(QStringLiteral("Group %1 of the confirmation ID").arg(letter)), qPrintable(r.err));
        }
        const CliRun status =
            actdesk({QStringLiteral("status"), QStringLiteral("win7-esu-y1"), QStringLiteral("--json")});
        QCOMPARE(status.json()
                     .value(QStringLiteral("products"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("unlicensed"));
    }

    void checkExitCodes()
    {
        const QString good = QStringLiteral(
            "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205");
        QCOMPARE(actdesk({QStringLiteral("check"), good}).exitCode, 0);
        const CliRun bad =
            actdesk({QStringLiteral("check"), QString(good).replace(26, 1, QStringLiteral("2"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Group 4 of the installation ID")), qPrintable(bad.err));
        const CliRun len = actdesk({QStringLiteral("check"), QStringLiteral("12345")});
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
        const CliRun r = actdesk({QStringLiteral("check"), wide});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("2530374-4040511")));
    }

    void noSimulatedMachineIsAnEnvironmentErrorWithAHint()
    {
        const CliRun r = actdesk({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("actdesk simulate init")));
    }

    void windowsBackendIsRefusedOffWindows()
    {
        const CliRun r =
            actdesk({QStringLiteral("status"), QStringLiteral("--backend"), QStringLiteral("windows")});
        QCOMPARE(r.exitCode, 3);
    }

    void missingPrerequisitesFailInstallWith0xC004F050AndListTheKbs()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--os"), QStringLiteral("win2008"),
                 QStringLiteral("--missing-prerequisites")});
        const CliRun key =
            actdesk({QStringLiteral("install-key"), QString::fromLatin1(kKeyA1), QStringLiteral("--json")});
        QCOMPARE(key.exitCode, 1);
        QCOMPARE(
            key.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("hresult")).toString(),
            QStringLiteral("0xC004F050"));
        const CliRun status = actdesk({QStringLiteral("status")});
        QVERIFY2(status.out.contains(QStringLiteral("KB4493730")), qPrintable(status.out));
    }

    void iidBeforeKeyIs0xC004F014()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--os"), QStringLiteral("win10")});
        const CliRun r =
            actdesk({QStringLiteral("iid"), QStringLiteral("win10-esu-y2"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("hresult")).toString(),
            QStringLiteral("0xC004F014"));
    }

    void unknownProgramIsAUsageError()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        const CliRun r = actdesk({QStringLiteral("iid"), QStringLiteral("win7-esu-y9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("win7-esu-y9")));
    }

    void malformedKeyIsRejectedNamingTheCharacter()
    {
        actdesk({QStringLiteral("simulate"), QStringLiteral("init")});
        const CliRun r =
            actdesk({QStringLiteral("install-key"), QStringLiteral("BCDFG-HJKMP-QRTVW-XY234-6789O")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("\"O\" at position 29")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("HJKMP")));
        const CliRun j = actdesk({QStringLiteral("install-key"), QStringLiteral("BCDFG-HJKMP-QRTVW-XY234"),
                                  QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        QCOMPARE(
            j.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("hresult")).toString(),
            QStringLiteral("0xC004F050"));
        QVERIFY(!j.out.contains(QStringLiteral("HJKMP")));
    }

    void programsListsTheCatalogAsJson()
    {
        const CliRun r = actdesk({QStringLiteral("programs"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("programs")).toArray().size(), 12);
        const CliRun w10 =
            actdesk({QStringLiteral("programs"), QStringLiteral("--os"), QStringLiteral("win10")});
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
        const CliRun r = actdesk({QStringLiteral("programs"), QStringLiteral("--catalog"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("posready7-esu-y3")));

        QVERIFY(f.open(QIODevice::Append));
        f.write("[program:broken]\nprogram = x\nname = x\nos = win7\nyear = 1\nactivation-id = nope\n"
                "trust = community\nsource = x\n");
        f.close();
        const CliRun broken = actdesk({QStringLiteral("programs"), QStringLiteral("--catalog"), file});
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains(QStringLiteral("line 16")), qPrintable(broken.err));
    }

    // A catalog too large to be one is refused whole (it used to be cut at 4 MB and its tail
    // silently dropped), and a named pipe is refused at once instead of waited on.
    void aHugeCatalogOrAPipeIsRefusedNotCutOrWaitedOn()
    {
        const QString big = m_home.path() + QStringLiteral("/big.ini");
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[catalog]\nformat = 1\n");
        f.write(QByteArray(5 * 1024 * 1024, '#').append('\n'));
        f.write("[program:posready7-esu-y3]\nprogram = posready7-esu\nname = POSReady 7 ESU\nos = win7\nyear = 3\n"
                "activation-id = 4f1f646c-1e66-4908-acc7-d1606229b29e\ntrust = community\nsource = MAS\n");
        f.close();
        const CliRun huge = actdesk({QStringLiteral("programs"), QStringLiteral("--catalog"), big});
        QCOMPARE(huge.exitCode, 3);
        QVERIFY2(huge.err.contains(QStringLiteral("larger than 4 MB")), qPrintable(huge.err));

        const QString pipe = m_home.path() + QStringLiteral("/catalog.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const CliRun fifo = actdesk::test::runActdesk(
            m_home.path(), {QStringLiteral("programs"), QStringLiteral("--catalog"), pipe}, {.timeoutMs = 30000});
        QCOMPARE(fifo.exitCode, 3);
        QVERIFY2(fifo.err.contains(QStringLiteral("cannot be opened")), qPrintable(fifo.err));
    }

    void aMissingCatalogIsSaidNotToExist()
    {
        const CliRun r = actdesk({QStringLiteral("programs"), QStringLiteral("--catalog"),
                                  m_home.path() + QStringLiteral("/missing.ini")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("missing.ini cannot be opened: it does not exist")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
    }

    // Issue 17, section 3: --state on a full disk says so (it said "The licensing backend is not
    // available") and leaves no machine.txt.tmp. The disk has 16 bytes left for the program only
    // (RLIMIT_FSIZE in the child; SIGXFSZ ignored, so the write fails as on a full stick).
    void aFullDiskUnderStateIsSaidToBeFull()
    {
        const CliRun full = actdesk::test::runActdesk(
            m_home.path(), {QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--state"), m_state},
            {.inChild = [] {
                 ::signal(SIGXFSZ, SIG_IGN);
                 rlimit limit{16, 16};
                 ::setrlimit(RLIMIT_FSIZE, &limit);
             }});
        QCOMPARE(full.exitCode, 3);
        QVERIFY2(full.err.contains(QStringLiteral("The disk that holds the simulated machine is full")),
                 qPrintable(full.err));
        QVERIFY2(!full.err.contains(QStringLiteral("backend is not available")), qPrintable(full.err));
        QCOMPARE(QDir(m_state).entryList(QDir::Files), QStringList{});
    }

    void japaneseMessagesAreShownWhenAsked()
    {
        const CliRun r = actdesk({QStringLiteral("check"), QStringLiteral("12345")}, QStringLiteral("ja"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("桁")), qPrintable(r.err));
    }

    // The list of verbs as a user meets it: help, the slmgr spellings, sub-commands, and
    // mistakes on the command line reported in JSON with --json.
    void helpListsEveryVerbBySection()
    {
        const CliRun help = actdesk({QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        // Section headings in order, each followed by its verbs.
        qsizetype at = 0;
        for (const char* line :
             {"Usage: actdesk [global options] COMMAND [arguments]",
              "Licences on this machine:",
              "  programs [--os OS]            list the ESU programs and years (the catalog)",
              "  status [ID|all]               licence status of the ESU products (slmgr /dlv)",
              "  install-key KEY|- [--for ID]  install an ESU product key; - reads it from stdin (slmgr "
              "/ipk)",
              "  iid ID                        show the installation ID (slmgr /dti)",
              "  apply CID ID                  deposit a confirmation ID and verify (slmgr /atp)",
              "  check ID                      check an installation or confirmation ID",
              "  simulate init [--os OS] [--name NAME] [--missing-prerequisites] [--iid-length 54|63]\n"
              "                                set up a simulated machine (training, tests)",
              "  simulate cid IID              the simulated activation centre",
              "Journal (every install-key, iid and apply step is recorded):",
              "  journal [--machine NAME] [--iid IID] [--partial-key KEY] [--program ID]\n"
              "          [--outcome succeeded|failed] [--since DATE] [--until DATE] [--limit N] [--csv]\n"
              "                                list journal entries, newest first",
              "Transfer files (USB stick or share; format: docs/transfer-format.md):",
              "  export FILE [ID...]",
              "  import FILE",
              "The desk (answering the requests in a transfer file):",
              "  desk list FILE [--status S]",
              "  desk answer FILE ITEM [CID]   record the confirmation ID for an "
              "item (without CID: reuse\n"
              "                                the one the journal already holds)",
              "  desk fail FILE ITEM REASON",
              "  desk simulate FILE",
              "  desk export-csv FILE CSV",
              "  desk import-csv FILE CSV",
              "Desk options: --by NAME",
              "Paper and phone camera:",
              "  sheet FILE.pdf [--from TRANSFER_FILE] [--qr-with-name]\n                                "
              "printable",
              "  qr IID --png FILE [--name NAME]",
              "Global options:",
              "  --backend simulated|windows",
              "  --journal URL",
              "  --json",
              "  --lang en|ja",
              "Exit status: 0 success"}) {
            const qsizetype found = help.out.indexOf(QString::fromUtf8(line), at);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("missing or out of order: %1\n%2").arg(QString::fromUtf8(line), help.out)));
            at = found;
        }
        QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    }

    void helpIsInJapanese()
    {
        const CliRun help = actdesk({QStringLiteral("--help")}, QStringLiteral("ja"));
        QCOMPARE(help.exitCode, 0);
        for (const char* words :
             {"使い方", "ライセンス", "ジャーナル", "転送ファイル", "デスク", "紙", "終了コード",
              "ESU プログラムと年の一覧", "(slmgr /dlv)", "desk import-csv FILE CSV"})
            QVERIFY2(help.out.contains(QString::fromUtf8(words)), qPrintable(help.out));
        for (const char* english : {"list the ESU programs", "Licences on", "Global options", "Exit status",
                                    "record the confirmation ID", "Desk options"})
            QVERIFY2(!help.out.contains(QLatin1String(english)), qPrintable(help.out));
    }

    void slmgrSpellingsAndCaseRunTheSameVerb()
    {
        QCOMPARE(actdesk(split("simulate init --os win7")).exitCode, 0);
        const CliRun status = actdesk({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        for (const char* spelling : {"/dlv", "/DLV", "STATUS"}) {
            const CliRun other = actdesk({QString::fromLatin1(spelling)});
            QCOMPARE(other.exitCode, 0);
            QCOMPARE(other.out, status.out);
        }
        QCOMPARE(actdesk(split("/dti win7-esu-y1")).out, actdesk(split("iid win7-esu-y1")).out);
    }

    void subCommandsAreNamedWhenMissingOrUnknown()
    {
        const CliRun desk = actdesk({QStringLiteral("desk")});
        QCOMPARE(desk.exitCode, 2);
        for (const char* sub : {"list", "answer", "fail", "simulate", "export-csv", "import-csv"})
            QVERIFY2(desk.err.contains(QLatin1String(sub)), qPrintable(desk.err));
        const CliRun simulate = actdesk({QStringLiteral("simulate")});
        QCOMPARE(simulate.exitCode, 2);
        QVERIFY2(simulate.err.contains(QLatin1String("init, cid")), qPrintable(simulate.err));
        const CliRun unknown = actdesk(split("desk frobnicate"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("unknown desk command \"frobnicate\"")),
                 qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty()); // without --json, stdout stays empty
    }

    void failuresAreOneJsonObjectWithAnErrorObject()
    {
        const QString dir = m_home.path() + QStringLiteral("/failures");
        QVERIFY(QDir().mkpath(dir));
        auto run = [this](QStringList args) {
            args << QStringLiteral("--json");
            return actdesk(args);
        };
        auto field = [](const QJsonObject& error, const char* name) {
            return error.value(QLatin1String(name)).toVariant().toString();
        };

        // Environment (exit 3): no simulated machine yet, a missing catalog.
        QJsonObject e = jsonFailure(run({QStringLiteral("status")}), 3, "licensing", "status");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "hresult"), QStringLiteral("0xA0DE0001"));
        e = jsonFailure(run({QStringLiteral("--catalog"), dir + QStringLiteral("/missing.ini"),
                             QStringLiteral("status")}),
                        3, "catalog-cannot-open", "");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "file"), dir + QStringLiteral("/missing.ini"));

        QCOMPARE(actdesk(split("simulate init --os win7")).exitCode, 0);
        QCOMPARE(actdesk({QStringLiteral("install-key"), QString::fromLatin1(kKeyA1)}).exitCode, 0);

        // File trouble (exit 3): a folder where the transfer file should be, a missing folder.
        e = jsonFailure(run({QStringLiteral("desk"), QStringLiteral("list"), dir}), 3, "not-a-file",
                        "desk list");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "file"), dir);
        const QString nowhere = dir + QStringLiteral("/no-such-folder/requests.adtx");
        e = jsonFailure(run({QStringLiteral("export"), nowhere}), 3, "no-folder", "export");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "file"), nowhere);
        e = jsonFailure(
            run({QStringLiteral("qr"), QStringLiteral("--png"), dir + QStringLiteral("/no-such-folder/x.png"),
                 actdesk(split("iid win7-esu-y1")).out.trimmed()}),
            3, "write-failed", "qr");
        QVERIFY(!e.isEmpty());

        // The item or the input is wrong (exit 1): a CID typo names its group, a key before its
        // time its HRESULT, an unknown item its name and line-less file.
        const QString iid = actdesk(split("iid win7-esu-y1")).out.trimmed();
        const QString cid = actdesk({QStringLiteral("simulate"), QStringLiteral("cid"), iid}).out.trimmed();
        e = jsonFailure(
            run({QStringLiteral("apply"), flipDigitInGroup(cid, 2), QStringLiteral("win7-esu-y1")}), 1,
            "id-check-digit", "apply");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "groups"), QStringLiteral("C"));
        QCOMPARE(field(e, "id"), QStringLiteral("confirmation-id"));
        e = jsonFailure(run({QStringLiteral("iid"), QStringLiteral("win7-esu-y2")}), 1, "licensing", "iid");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "hresult"), QStringLiteral("0xC004F014"));
        e = jsonFailure(run({QStringLiteral("check"), QStringLiteral("12345")}), 1, "id-wrong-length",
                        "check");
        QVERIFY(!e.isEmpty());

        const QString stick = dir + QStringLiteral("/requests.adtx");
        QCOMPARE(actdesk({QStringLiteral("export"), stick}).exitCode, 0);
        e = jsonFailure(
            run({QStringLiteral("desk"), QStringLiteral("answer"), stick, QStringLiteral("zzzz"), cid}), 1,
            "unknown-item", "desk answer");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "item"), QStringLiteral("zzzz"));
        QCOMPARE(field(e, "file"), stick);

        // A report whose items did not all succeed: the report's "error" says so, the items why.
        const QString item =
            actdesk({QStringLiteral("desk"), QStringLiteral("list"), stick, QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("items"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("item"))
                .toString();
        QVERIFY(!item.isEmpty());
        QCOMPARE(actdesk({QStringLiteral("desk"), QStringLiteral("fail"), stick, item,
                          QStringLiteral("line busy")})
                     .exitCode,
                 0);
        const CliRun failedAtDesk = run({QStringLiteral("import"), stick});
        // A report goes to stdout only; each item's line is in it.
        e = jsonFailure(failedAtDesk, 1, "items-failed", "import", /*messageOnStderr=*/false);
        QVERIFY(!e.isEmpty());
        const QJsonArray items = failedAtDesk.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("failed-at-desk"));

        // A damaged file: the line and the item the damage is on.
        QByteArray bytes = readFile(stick);
        bytes.replace("\nstatus=", "\nstatus=nonsense-");
        writeFile(stick, bytes);
        e = jsonFailure(run({QStringLiteral("desk"), QStringLiteral("list"), stick}), 1,
                        "item-digest-mismatch", "desk list");
        QVERIFY(!e.isEmpty());
        QCOMPARE(field(e, "item"), item);
        QVERIFY(e.value(QStringLiteral("line")).toInt() > 1);
        QCOMPARE(field(e, "file"), stick);
    }

    void usageErrorsAreOneJsonObjectWithJson()
    {
        struct Case
        {
            const char* args;
            const char* code;
            const char* command; // "" when the mistake comes before a verb is known
            const char* quoted;  // what the message must name
        };
        for (const Case& c : {Case{"--json frobnicate", "unknown-command", "", "frobnicate"},
                              Case{"status --bogus --json", "unknown-option", "status", "--bogus"},
                              Case{"--json desk list", "usage", "desk list", "desk list"},
                              Case{"--json desk", "missing-command", "desk", "import-csv"},
                              Case{"--json desk frobnicate", "unknown-command", "desk", "frobnicate"},
                              Case{"check --json", "usage", "check", "check"},
                              Case{"--backend nonsense --json status", "usage", "", "nonsense"}}) {
            const CliRun r = actdesk(split(c.args));
            const QJsonObject o = jsonUsageError(r, c.code);
            QVERIFY2(!o.isEmpty(), qPrintable(QStringLiteral("%1: %2 %3").arg(QLatin1String(c.args), r.out, r.err)));
            QCOMPARE(o.value(QStringLiteral("command")).toString(), QString::fromLatin1(c.command));
            const QString message =
                o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QLatin1String(c.quoted)), qPrintable(message));
            // Exactly one object: the object and its "error", nothing else on stdout.
            QCOMPARE(r.out.count(QLatin1Char('{')), 2);
        }
    }

    void jsonUsageErrorsAreTranslated()
    {
        const CliRun r = actdesk(split("--json frobnicate"), QStringLiteral("ja"));
        const QJsonObject o = jsonUsageError(r, "unknown-command");
        QVERIFY2(!o.isEmpty(), qPrintable(r.out + r.err));
        QVERIFY2(o.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("不明なコマンド")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
