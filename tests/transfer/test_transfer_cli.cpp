// SPDX-License-Identifier: MIT
// The USB-stick flow through the real actdesk binary, as a technician's script would run
// it: machines export into one file, the desk answers, each machine imports.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <random>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace actdesk::test;

namespace {

// +1 (mod 10) on the second digit of group `group` of a grouped ID: always caught by the
// group's check digit.
QString flipInGroup(const QString& grouped, int group)
{
    QStringList parts = grouped.split(QLatin1Char('-'));
    QString& g = parts[group];
    g[1] = QChar(u'0' + (g[1].digitValue() + 1) % 10);
    return parts.join(QLatin1Char('-'));
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TransferCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_stick; // the file on the "USB stick"
    QString m_stateA;
    QString m_stateB;

    CliRun actdesk(QStringList args, const QString& state = {}, const std::function<void()>& inChild = {},
                   const QString& lang = QStringLiteral("en"))
    {
        args << QStringLiteral("--state") << (state.isEmpty() ? m_stateA : state);
        return runActdesk(m_home.path(), args, {.lang = lang, .inChild = inChild});
    }

    // Machine A: Windows 7 with keys for years 1 and 2. Machine B: Windows 7, year 1.
    void setUpMachines()
    {
        QCOMPARE(actdesk({s("simulate"), s("init"), s("--os"), s("win7"), s("--name"), s("PC-A")}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("simulate"), s("init"), s("--os"), s("win7"), s("--name"), s("PC-B")}, m_stateB).exitCode, 0);
        QCOMPARE(actdesk({s("install-key"), s(kKeyA1), s("--for"), s("win7-esu-y1")}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("install-key"), s(kKeyA2), s("--for"), s("win7-esu-y2")}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("install-key"), s(kKeyB1), s("--for"), s("win7-esu-y1")}, m_stateB).exitCode, 0);
    }

    void exportBoth()
    {
        const CliRun a = actdesk({s("export"), m_stick}, m_stateA);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const CliRun b = actdesk({s("export"), m_stick}, m_stateB);
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    }

    QJsonArray items()
    {
        const CliRun r = actdesk({s("desk"), s("list"), m_stick, s("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r.json().value(s("items")).toArray();
    }

    QJsonObject itemOf(const QString& machine, const QString& program)
    {
        for (const auto& v : items()) {
            const auto o = v.toObject();
            if (o.value(s("machine")).toString() == machine && o.value(s("program")).toString() == program)
                return o;
        }
        return {};
    }

    QString statusOf(const QString& state, const QString& program)
    {
        const CliRun r = actdesk({s("status"), program, s("--json")}, state);
        return r.json().value(s("products")).toArray().first().toObject().value(s("status")).toString();
    }

    QString simulatedCid(const QString& iid)
    {
        return actdesk({s("simulate"), s("cid"), iid}).out.trimmed();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        ++n;
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("stick-%1").arg(n)));
        m_stick = m_home.path() + QStringLiteral("/stick-%1/esu-requests.adtx").arg(n);
        m_stateA = m_home.path() + QStringLiteral("/a-%1").arg(n);
        m_stateB = m_home.path() + QStringLiteral("/b-%1").arg(n);
    }

    void twoMachinesOneStickEachBecomesLicensedForItsOwnProducts()
    {
        setUpMachines();
        exportBoth();
        QCOMPARE(items().size(), 3);
        const QByteArray file = readAll(m_stick);
        QVERIFY(file.startsWith("ACTIVATION-DESK-TRANSFER 1\n"));
        QVERIFY2(!file.contains("HJKMP") && !file.contains("QRTVW"), "never a full product key in the file");

        const CliRun sim = actdesk({s("desk"), s("simulate"), m_stick});
        QVERIFY2(sim.exitCode == 0, qPrintable(sim.err));
        QVERIFY(sim.err.contains(s("SIMULATION")));
        QCOMPARE(sim.out.count(s("SIMULATED confirmation ID")), 3);
        for (const auto& v : items()) {
            QCOMPARE(v.toObject().value(s("status")).toString(), s("answered"));
            QVERIFY(v.toObject().value(s("answeredBy")).toString().startsWith(s("SIMULATION")));
        }

        const QJsonObject bBefore = itemOf(s("PC-B"), s("win7-esu-y1"));
        const CliRun importA = actdesk({s("import"), m_stick, s("--json")}, m_stateA);
        QVERIFY2(importA.exitCode == 0, qPrintable(importA.err));
        const auto a = importA.json();
        QCOMPARE(a.value(s("items")).toArray().size(), 2);
        for (const auto& v : a.value(s("items")).toArray())
            QCOMPARE(v.toObject().value(s("outcome")).toString(), s("applied"));
        QCOMPARE(a.value(s("otherMachinesItems")).toInt(), 1);
        QVERIFY(a.value(s("fileUpdated")).toBool());
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("licensed"));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y2")), s("licensed"));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y3")), s("unlicensed"));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("unlicensed"));
        QCOMPARE(itemOf(s("PC-B"), s("win7-esu-y1")), bBefore); // untouched
        QCOMPARE(itemOf(s("PC-A"), s("win7-esu-y1")).value(s("status")).toString(), s("applied"));

        const CliRun importB = actdesk({s("import"), m_stick}, m_stateB);
        QVERIFY2(importB.exitCode == 0, qPrintable(importB.err));
        QVERIFY(importB.out.contains(s("confirmation ID applied")));
        QVERIFY(importB.out.contains(s("2 item(s) for other machines skipped")));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("licensed"));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y2")), s("unlicensed"));
        for (const auto& v : items())
            QCOMPARE(v.toObject().value(s("status")).toString(), s("applied"));
    }

    void importingTwiceDepositsNothingTwice()
    {
        setUpMachines();
        exportBoth();
        QCOMPARE(actdesk({s("desk"), s("simulate"), m_stick}).exitCode, 0);
        QCOMPARE(actdesk({s("import"), m_stick}, m_stateA).exitCode, 0);
        const QByteArray after = readAll(m_stick);
        const CliRun again = actdesk({s("import"), m_stick, s("--json")}, m_stateA);
        QCOMPARE(again.exitCode, 0);
        for (const auto& v : again.json().value(s("items")).toArray())
            QCOMPARE(v.toObject().value(s("outcome")).toString(), s("already-licensed"));
        QVERIFY(!again.json().value(s("fileUpdated")).toBool());
        QCOMPARE(readAll(m_stick), after);
    }

    void aTamperedFileIsRefusedByNameAndNothingChanges()
    {
        setUpMachines();
        exportBoth();
        QCOMPARE(actdesk({s("desk"), s("simulate"), m_stick}).exitCode, 0);
        const QJsonObject item = itemOf(s("PC-A"), s("win7-esu-y1"));
        const QString cid = item.value(s("confirmationId")).toString();
        QByteArray file = readAll(m_stick);
        file.replace(cid.toLatin1(), flipInGroup(cid, 3).toLatin1());
        QVERIFY(writeAll(m_stick, file));

        const CliRun r = actdesk({s("import"), m_stick, s("--json")}, m_stateA);
        QCOMPARE(r.exitCode, 1);
        const auto o = r.json();
        const auto error = o.value(s("error")).toObject();
        QCOMPARE(error.value(s("code")).toString(), s("item-digest-mismatch"));
        QCOMPARE(error.value(s("item")).toString(), item.value(s("item")).toString());
        QVERIFY(r.err.contains(s("Item %1 (line ").arg(item.value(s("item")).toString())));
        QVERIFY2(r.err.contains(s("Group D of the confirmation ID")), qPrintable(r.err));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("unlicensed"));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y2")), s("unlicensed")); // nothing at all was applied
        QCOMPARE(readAll(m_stick), file);
    }

    void aTruncatedFileIsRefused()
    {
        setUpMachines();
        exportBoth();
        QByteArray file = readAll(m_stick);
        file.truncate(file.size() / 2);
        QVERIFY(writeAll(m_stick, file));
        const int lastLine = static_cast<int>(file.count('\n')) + 1;
        const CliRun r = actdesk({s("import"), m_stick}, m_stateA);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("is incomplete: it ends at line %1").arg(lastLine)), qPrintable(r.err));
        QCOMPARE(readAll(m_stick), file);
        const CliRun list = actdesk({s("desk"), s("list"), m_stick, s("--json")});
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.json().value(s("error")).toObject().value(s("code")).toString(), s("truncated"));
    }

    void aNewerFormatVersionSaysSo()
    {
        setUpMachines();
        exportBoth();
        QByteArray file = readAll(m_stick);
        file.replace("ACTIVATION-DESK-TRANSFER 1\n", "ACTIVATION-DESK-TRANSFER 7\n");
        QVERIFY(writeAll(m_stick, file));
        const CliRun r = actdesk({s("desk"), s("list"), m_stick});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("was made by a newer version of Activation Desk (format version 7")), qPrintable(r.err));
    }

    void deskAnswerChecksEveryGroupAndNamesTheLetter()
    {
        setUpMachines();
        exportBoth();
        const QJsonObject item = itemOf(s("PC-B"), s("win7-esu-y1"));
        const QString id = item.value(s("item")).toString();
        const QString cid = simulatedCid(item.value(s("installationId")).toString());
        const QByteArray before = readAll(m_stick);
        for (int group = 0; group < 8; ++group) {
            const CliRun bad =
                actdesk({s("desk"), s("answer"), m_stick, id, flipInGroup(cid, group), s("--json")});
            QCOMPARE(bad.exitCode, 1);
            QCOMPARE(bad.json().value(s("error")).toObject().value(s("groups")).toString(),
                     QString(QChar(u'A' + group)));
            QVERIFY2(bad.err.contains(s("Group %1 of the confirmation ID").arg(QChar(u'A' + group))), qPrintable(bad.err));
        }
        QCOMPARE(readAll(m_stick), before);

        // Pasted with spaces, addressed by a prefix of the item id.
        QStringList pasted = {s("desk"), s("answer"), m_stick, id.left(6)};
        pasted << QString(cid).replace(QLatin1Char('-'), QLatin1Char(' ')).split(QLatin1Char(' '));
        pasted << s("--by") << s("alice");
        const CliRun ok = actdesk(pasted);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QJsonObject answered = itemOf(s("PC-B"), s("win7-esu-y1"));
        QCOMPARE(answered.value(s("status")).toString(), s("answered"));
        QCOMPARE(answered.value(s("confirmationId")).toString(), cid);
        QCOMPARE(answered.value(s("answeredBy")).toString(), s("alice"));
        QCOMPARE(itemOf(s("PC-A"), s("win7-esu-y1")).value(s("status")).toString(), s("pending"));

        // A different CID for an answered item needs --replace.
        const CliRun other = actdesk({s("desk"), s("answer"), m_stick, id,
                                      s("000000-000000-000000-000000-000000-000000-000000-000000")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.err.contains(s("--replace")));

        QCOMPARE(actdesk({s("import"), m_stick}, m_stateB).exitCode, 0);
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("licensed"));
    }

    void deskFailIsReportedOnTheMachine()
    {
        setUpMachines();
        exportBoth();
        const QString id = itemOf(s("PC-B"), s("win7-esu-y1")).value(s("item")).toString();
        const CliRun keyInReason =
            actdesk({s("desk"), s("fail"), m_stick, id, s("customer read"), s(kKeyB1)});
        QCOMPARE(keyInReason.exitCode, 1);
        QVERIFY(keyInReason.err.contains(s("full product key")));
        QVERIFY(!readAll(m_stick).contains("HJKMP"));
        QVERIFY(!keyInReason.err.contains(s("HJKMP")));

        const CliRun failed =
            actdesk({s("desk"), s("fail"), m_stick, id, s("Activation line: 0x67 (blocked key)")});
        QVERIFY2(failed.exitCode == 0, qPrintable(failed.err));
        const CliRun imported = actdesk({s("import"), m_stick}, m_stateB);
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(s("could not obtain a confirmation ID: Activation line: 0x67 (blocked key)")),
                 qPrintable(imported.err));
    }

    void aCidForAnotherMachineIsNeverApplied()
    {
        setUpMachines();
        QCOMPARE(actdesk({s("export"), m_stick}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("desk"), s("simulate"), m_stick}).exitCode, 0);
        const CliRun r = actdesk({s("import"), m_stick}, m_stateB);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(s("2 item(s) for other machines skipped")));
        QVERIFY2(r.err.contains(s("No item in %1 is for this machine (PC-B").arg(m_stick)), qPrintable(r.err));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("unlicensed"));
    }

    void aCidWhoseIidChangedIsRefused()
    {
        setUpMachines();
        exportBoth();
        QCOMPARE(actdesk({s("desk"), s("simulate"), m_stick}).exitCode, 0);
        // The key is reinstalled after the request was saved.
        QCOMPARE(actdesk({s("install-key"), s("BCDFG-HJKMP-QRTVW-XY234-7777B"), s("--for"), s("win7-esu-y1")}, m_stateA)
                     .exitCode,
                 0);
        const CliRun r = actdesk({s("import"), m_stick, s("--json")}, m_stateA);
        QCOMPARE(r.exitCode, 1);
        QStringList outcomes;
        for (const auto& v : r.json().value(s("items")).toArray())
            outcomes << v.toObject().value(s("program")).toString() + s(":") +
                            v.toObject().value(s("outcome")).toString();
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{s("win7-esu-y1:iid-changed"), s("win7-esu-y2:applied")}));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("unlicensed"));
        const CliRun human = actdesk({s("import"), m_stick}, m_stateA);
        QVERIFY2(human.err.contains(s("no longer the one in the request")), qPrintable(human.err));
    }

    void exportingAgainReplacesOnlyThisMachinesStaleRequest()
    {
        setUpMachines();
        exportBoth();
        const QJsonObject b = itemOf(s("PC-B"), s("win7-esu-y1"));
        const QJsonObject aY2 = itemOf(s("PC-A"), s("win7-esu-y2"));
        const QString oldId = itemOf(s("PC-A"), s("win7-esu-y1")).value(s("item")).toString();
        QCOMPARE(actdesk({s("install-key"), s("BCDFG-HJKMP-QRTVW-XY234-7777B"), s("--for"), s("win7-esu-y1")}, m_stateA)
                     .exitCode,
                 0);
        const CliRun again = actdesk({s("export"), m_stick, s("win7-esu-y1"), s("--json")}, m_stateA);
        QCOMPARE(again.exitCode, 0);
        const auto row = again.json().value(s("items")).toArray().first().toObject();
        QCOMPARE(row.value(s("outcome")).toString(), s("replaced"));
        QCOMPARE(row.value(s("replaced")).toArray().first().toString(), oldId);
        QCOMPARE(items().size(), 3);
        QCOMPARE(itemOf(s("PC-B"), s("win7-esu-y1")), b);
        QCOMPARE(itemOf(s("PC-A"), s("win7-esu-y2")), aY2);
        QVERIFY(itemOf(s("PC-A"), s("win7-esu-y1")).value(s("item")).toString() != oldId);
    }

    // The same requests exported again: the machine says nothing was changed, not "Saved".
    void exportingTheSameRequestsAgainSaysNothingChanged()
    {
        setUpMachines();
        exportBoth();
        const QByteArray before = [&] {
            QFile f(m_stick);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const CliRun again = actdesk({s("export"), m_stick}, m_stateA);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains(s("Saved in")), qPrintable(again.out));
        QVERIFY2(again.out.contains(s("nothing was changed")), qPrintable(again.out));
        QFile f(m_stick);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void aReadOnlyStickGivesAClearErrorAndLosesNothing()
    {
        setUpMachines();
        exportBoth();
        const QString stickDir = QFileInfo(m_stick).absolutePath();
        const QByteArray before = readAll(m_stick);
        const QString id = itemOf(s("PC-A"), s("win7-esu-y1")).value(s("item")).toString();
        const QString cid = simulatedCid(itemOf(s("PC-A"), s("win7-esu-y1")).value(s("installationId")).toString());

        // A write-protected stick. chmod does not stop root, so as root the child process
        // drops to "nobody" before it starts actdesk; the folders it needs are opened up.
        QVERIFY(::chmod(QFile::encodeName(m_home.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(stickDir).constData(), 0555) == 0);
        std::function<void()> asNobody;
        if (::geteuid() == 0)
            asNobody = [] {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(125);
            };
        const CliRun r = actdesk({s("desk"), s("answer"), m_stick, id, cid, s("--json")}, {}, asNobody);
        ::chmod(QFile::encodeName(stickDir).constData(), 0755);
        ::chmod(QFile::encodeName(m_home.path()).constData(), 0700);
        QVERIFY2(r.exitCode != 125, "could not drop privileges for the read-only test");
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(s("error")).toObject().value(s("code")).toString(), s("not-writable"));
        QVERIFY2(r.err.contains(s("cannot be written")) && r.err.contains(s("Nothing was changed")), qPrintable(r.err));
        QCOMPARE(readAll(m_stick), before);
        QCOMPARE(QDir(stickDir).entryList(QDir::Files), QStringList{QFileInfo(m_stick).fileName()});
    }

    void aFileInUseIsRefusedWithExit3AndNothingIsSavedOrApplied()
    {
        setUpMachines();
        exportBoth();
        QCOMPARE(actdesk({s("desk"), s("simulate"), m_stick}).exitCode, 0);
        const QStringList yearThree{s("install-key"), s("BCDFG-HJKMP-QRTVW-XY234-7777B"), s("--for"),
                                    s("win7-esu-y3")};
        QCOMPARE(actdesk(yearThree, m_stateA).exitCode, 0);
        const QByteArray before = readAll(m_stick);
        const QString pending = itemOf(s("PC-B"), s("win7-esu-y1")).value(s("item")).toString();

        // Another desk is saving the file, and keeps at it for longer than actdesk waits.
        QLockFile other(m_stick + s(".lock"));
        QVERIFY(other.tryLock(0));
        const RunOptions waitOneSecond{.environment = {{s("ACTDESK_LOCK_WAIT"), s("1")}}};
        const QString holder = s("is in use by transfer_cli_tests (process %1 on %2)")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QSysInfo::machineHostName());
        const QList<QStringList> writers{
            {s("export"), m_stick, s("--state"), m_stateA},
            {s("import"), m_stick, s("--state"), m_stateA},
            {s("desk"), s("fail"), m_stick, pending, s("no phone line")},
        };
        for (const QStringList& args : writers) {
            const CliRun r = runActdesk(m_home.path(), args, waitOneSecond);
            QVERIFY2(r.exitCode == 3, qPrintable(args.first() + s(": ") + r.err));
            QVERIFY2(r.err.contains(holder) && r.err.contains(s("Nothing was changed")), qPrintable(r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // no "Saved", no "applied", no "marked"
            const CliRun j = runActdesk(m_home.path(), args + QStringList{s("--json")}, waitOneSecond);
            QCOMPARE(j.exitCode, 3);
            QCOMPARE(j.json().value(s("error")).toObject().value(s("code")).toString(), s("in-use"));
            QCOMPARE(j.json().value(s("ok")).toBool(true), false);
        }
        QCOMPARE(readAll(m_stick), before);
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("unlicensed")); // import applied nothing
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y2")), s("unlicensed"));

        // Once the other desk is done, the same commands go through.
        other.unlock();
        QCOMPARE(actdesk({s("export"), m_stick}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("import"), m_stick}, m_stateA).exitCode, 0);
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("licensed"));
        QCOMPARE(QDir(QFileInfo(m_stick).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(m_stick).fileName()});
    }

    // Every file a verb reads or replaces is looked at before it is opened: a named pipe (no
    // writer: opening it used to wait for ever), a device that never ends, a folder.
    void specialFilesAreRefusedAtOnceNamingWhatTheyAre()
    {
        setUpMachines();
        exportBoth();
        const QString dir = QFileInfo(m_stick).absolutePath();
        const QString fifo = dir + s("/pipe.adtx");
        const QString csvFifo = dir + s("/pipe.csv");
        const QString folder = dir + s("/folder.adtx");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(csvFifo).constData(), 0644) == 0);
        QVERIFY(QDir().mkpath(folder));
        const QString item = itemOf(s("PC-B"), s("win7-esu-y1")).value(s("item")).toString();
        const QString pdf = dir + s("/sheets.pdf");
        const QString fifoText = s(" is a named pipe (FIFO), not a file");
        const QString folderText = s(" is a folder, not a file");

        struct Case
        {
            QStringList args;
            QString named; // the file the message must name
            QString what;
        };
        const QList<Case> cases{
            {{s("export"), fifo}, fifo, fifoText},
            {{s("import"), fifo}, fifo, fifoText},
            {{s("desk"), s("list"), fifo}, fifo, fifoText},
            {{s("desk"), s("simulate"), fifo}, fifo, fifoText},
            {{s("desk"), s("answer"), fifo, item,
              s("000000-000000-000000-000000-000000-000000-000000-000000")},
             fifo,
             fifoText},
            {{s("desk"), s("export-csv"), fifo, dir + s("/out.csv")}, fifo, fifoText},
            {{s("desk"), s("export-csv"), m_stick, csvFifo},
             csvFifo,
             s(" is a named pipe (FIFO), not a file")},
            {{s("desk"), s("import-csv"), m_stick, csvFifo}, csvFifo, fifoText},
            {{s("sheet"), pdf, s("--from"), fifo}, fifo, fifoText},
            {{s("sheet"), fifo}, fifo, s("it is a named pipe (FIFO), not a file")},
            {{s("desk"), s("list"), s("/dev/zero")}, s("/dev/zero"), s(" is a device, not a file")},
            {{s("export"), folder}, folder, folderText},
            {{s("desk"), s("list"), folder}, folder, folderText},
            {{s("desk"), s("import-csv"), m_stick, folder}, folder, folderText},
        };
        const QByteArray before = readAll(m_stick);
        for (const Case& c : cases) {
            const CliRun r =
                runActdesk(m_home.path(), c.args + QStringList{s("--state"), m_stateA}, {.timeoutMs = 20000});
            const QString shown = c.args.join(QLatin1Char(' '));
            QVERIFY2(r.exitCode == 3, qPrintable(shown + s(": exit %1: ").arg(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(c.named + c.what) || r.err.contains(c.named + s(": ") + c.what),
                     qPrintable(shown + s(": ") + r.err));
        }
        QCOMPARE(QFileInfo(fifo).isFile(), false); // still the pipe: nothing was put in its place
        QCOMPARE(QFileInfo(csvFifo).isFile(), false);
        QVERIFY(!QFileInfo::exists(pdf));
        QCOMPARE(readAll(m_stick), before);
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("unlicensed"));

        // The simulated machine's own file (--state): read by every verb, replaced by some.
        const QString state = m_home.path() + s("/pipe-machine");
        QVERIFY(QDir().mkpath(state));
        QVERIFY(::mkfifo(QFile::encodeName(state + s("/machine.txt")).constData(), 0644) == 0);
        for (const QStringList& args : {QStringList{s("status")}, QStringList{s("simulate"), s("init")}}) {
            const CliRun r =
                runActdesk(m_home.path(), args + QStringList{s("--state"), state}, {.timeoutMs = 20000});
            QVERIFY2(r.exitCode == 3,
                     qPrintable(args.join(QLatin1Char(' ')) + s(": exit %1: ").arg(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(s("machine.txt is a named pipe (FIFO), not a file")), qPrintable(r.err));
        }
        QCOMPARE(QFileInfo(state + s("/machine.txt")).isFile(), false);
    }

    void aStickPulledMidWriteLeavesThePreviousFile()
    {
        setUpMachines();
        exportBoth();
        const QByteArray before = readAll(m_stick);
        QVERIFY(before.size() > 1024);
        // The medium stops accepting data after 512 bytes, in the middle of the new file.
        const CliRun r = actdesk({s("desk"), s("simulate"), m_stick}, {}, [] {
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{512, 512};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(s("failed part-way")) && r.err.contains(s("The previous file is intact")), qPrintable(r.err));
        QCOMPARE(readAll(m_stick), before);
        QCOMPARE(QDir(QFileInfo(m_stick).absolutePath()).entryList(QDir::Files),
                 QStringList{QFileInfo(m_stick).fileName()});
        for (const auto& v : items())
            QCOMPARE(v.toObject().value(s("status")).toString(), s("pending"));
    }

    void fiftyMegabytesOfGarbageIsRefusedClearly()
    {
        std::mt19937_64 random(11);
        QByteArray garbage(50 * 1024 * 1024, Qt::Uninitialized);
        for (auto& c : garbage)
            c = static_cast<char>(random() & 0xff);
        QVERIFY(writeAll(m_stick, garbage));
        const CliRun r = actdesk({s("desk"), s("list"), m_stick});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("is not an Activation Desk transfer file")), qPrintable(r.err));
        const CliRun i = actdesk({s("import"), m_stick});
        QCOMPARE(i.exitCode, 1);
        QFile::remove(m_stick);
    }

    void csvOutAndBackWithChecksPerLine()
    {
        setUpMachines();
        exportBoth();
        const QString csvPath = m_home.path() + s("/pending.csv");
        const CliRun out = actdesk({s("desk"), s("export-csv"), m_stick, csvPath});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY(out.out.contains(s("3 pending item(s) written")));
        const QByteArray csv = readAll(csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "item,machine,"));

        // Fill the confirmation_id column; row 3 (second item) gets a typo in group F.
        QList<QByteArray> lines = csv.mid(3).split('\n');
        QByteArray filled = "\xEF\xBB\xBF" + lines[0] + '\n';
        for (int i = 1; i < lines.size(); ++i) {
            QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const QList<QByteArray> cells = line.split(',');
            QString cid = simulatedCid(QString::fromLatin1(cells[7]));
            if (i == 2)
                cid = flipInGroup(cid, 5);
            filled += line + cid.toLatin1() + "\r\n";
        }
        QVERIFY(writeAll(csvPath, filled));
        const CliRun in = actdesk({s("desk"), s("import-csv"), m_stick, csvPath, s("--json")});
        QCOMPARE(in.exitCode, 1);
        const auto rows = in.json().value(s("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(s("outcome")).toString(), s("answered"));
        QCOMPARE(rows[1].toObject().value(s("outcome")).toString(), s("rejected"));
        QCOMPARE(rows[1].toObject().value(s("line")).toInt(), 3);
        QCOMPARE(rows[1].toObject().value(s("error")).toObject().value(s("groups")).toString(), s("F"));
        QCOMPARE(rows[2].toObject().value(s("outcome")).toString(), s("answered"));
        const CliRun human = actdesk({s("desk"), s("import-csv"), m_stick, csvPath});
        QVERIFY2(human.err.contains(s("CSV line 3:")) && human.err.contains(s("Group F of the confirmation ID")),
                 qPrintable(human.err));
        int answered = 0;
        for (const auto& v : items())
            answered += v.toObject().value(s("status")).toString() == s("answered");
        QCOMPARE(answered, 2);
    }

    // A slip of the arguments (the transfer file as the CSV) must not lose every request.
    void theCsvNeverReplacesATransferFile()
    {
        setUpMachines();
        exportBoth();
        const QByteArray before = readAll(m_stick);
        const CliRun self = actdesk({s("desk"), s("export-csv"), m_stick, m_stick});
        QCOMPARE(self.exitCode, 2);
        QVERIFY2(self.err.contains(s("is a transfer file")), qPrintable(self.err));
        const QString other = m_home.path() + s("/other.adtx");
        QVERIFY(QFile::copy(m_stick, other));
        const CliRun onOther = actdesk({s("desk"), s("export-csv"), m_stick, other});
        QCOMPARE(onOther.exitCode, 2);
        QCOMPARE(readAll(m_stick), before);
        QCOMPARE(readAll(other), before);
    }

    void theJournalOffersACidAlreadyObtained()
    {
        setUpMachines();
        QCOMPARE(actdesk({s("export"), m_stick, s("win7-esu-y1")}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("desk"), s("simulate"), m_stick}).exitCode, 0);
        // The stick is lost before the machine imports. The machine saves the same request
        // (same key, same IID) on a new stick; the desk finds the answer in its journal.
        const QString second = QFileInfo(m_stick).absolutePath() + s("/second.adtx");
        QCOMPARE(actdesk({s("export"), second, s("win7-esu-y1")}, m_stateA).exitCode, 0);
        const CliRun list = actdesk({s("desk"), s("list"), second, s("--json")});
        const auto item = list.json().value(s("items")).toArray().first().toObject();
        QVERIFY2(!item.value(s("knownConfirmationId")).toString().isEmpty(), qPrintable(list.out + list.err));
        const CliRun human = actdesk({s("desk"), s("list"), second});
        QVERIFY(human.out.contains(s("The journal already holds a confirmation ID")));

        const CliRun reuse =
            actdesk({s("desk"), s("answer"), second, item.value(s("item")).toString(), s("--json")});
        QVERIFY2(reuse.exitCode == 0, qPrintable(reuse.err));
        QVERIFY(reuse.json().value(s("fromJournal")).toBool());
        QCOMPARE(reuse.json().value(s("confirmationId")).toString(),
                 item.value(s("knownConfirmationId")).toString());
        QCOMPARE(actdesk({s("import"), second}, m_stateA).exitCode, 0);
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("licensed"));

        // Without a CID and nothing in the journal, answer is a usage error.
        QCOMPARE(actdesk({s("export"), second, s("win7-esu-y2")}, m_stateA).exitCode, 0);
        QString y2;
        for (const auto& v :
             actdesk({s("desk"), s("list"), second, s("--json")}).json().value(s("items")).toArray())
            if (v.toObject().value(s("program")).toString() == s("win7-esu-y2"))
                y2 = v.toObject().value(s("item")).toString();
        QCOMPARE(actdesk({s("desk"), s("answer"), second, y2}).exitCode, 2);
    }

    void messagesAreTranslated()
    {
        QVERIFY(writeAll(m_stick, "ACTIVATION-DESK-TRANSFER 9\n"));
        const CliRun r = actdesk({s("desk"), s("list"), m_stick}, {}, {}, s("ja"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QString::fromUtf8("新しいバージョン")), qPrintable(r.err));
    }

    void usageErrors()
    {
        QCOMPARE(actdesk({s("export")}).exitCode, 2);
        QCOMPARE(actdesk({s("import")}).exitCode, 2);
        QCOMPARE(actdesk({s("desk")}).exitCode, 2);
        QCOMPARE(actdesk({s("desk"), s("frobnicate")}).exitCode, 2);
        QCOMPARE(actdesk({s("desk"), s("list"), m_stick, s("--status"), s("maybe")}).exitCode, 2);
        const CliRun missing = actdesk({s("desk"), s("list"), m_stick});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(s("does not exist")));
    }

    // An empty argument (an unset variable in a script) is a usage mistake, blamed on the
    // command line, not on the file, and the file is not touched.
    void emptyReasonsAndConfirmationIdsAreUsageErrors()
    {
        setUpMachines();
        exportBoth();
        const QByteArray before = readAll(m_stick);
        const QString item = itemOf(s("PC-B"), s("win7-esu-y1")).value(s("item")).toString();
        QVERIFY(!item.isEmpty());
        const CliRun noReason = actdesk({s("desk"), s("fail"), m_stick, item, s("")});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.err.contains(s("needs the transfer file, the item and the reason")), qPrintable(noReason.err));
        const CliRun noCid = actdesk({s("desk"), s("answer"), m_stick, item, s(" ")});
        QCOMPARE(noCid.exitCode, 2);
        QVERIFY2(noCid.err.contains(s("is empty")), qPrintable(noCid.err));
        QCOMPARE(readAll(m_stick), before);

        // Issue 17, section 5: an empty file name is a usage error, not "Writing  failed part-way".
        const CliRun noFile = actdesk({s("export"), s("")}, m_stateA);
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY2(noFile.err.contains(s("export needs the transfer file")), qPrintable(noFile.err));
        QCOMPARE(actdesk({s("import"), s("")}, m_stateA).exitCode, 2);

        // A reason too long or with a control character is the argument's fault, named with
        // its limit, not "Line 7 of FILE: impossible value".
        const CliRun longReason = actdesk({s("desk"), s("fail"), m_stick, item, QString(4500, QLatin1Char('r'))});
        QCOMPARE(longReason.exitCode, 2);
        QVERIFY2(longReason.err.contains(s("The reason is 4500 bytes long; at most 1024 bytes")),
                 qPrintable(longReason.err));
        const CliRun escReason = actdesk({s("desk"), s("fail"), m_stick, item, s("out of stock\x1b[2J")});
        QCOMPARE(escReason.exitCode, 2);
        QVERIFY2(escReason.err.contains(s("The reason holds the control or invisible character U+001B")),
                 qPrintable(escReason.err));
        const CliRun longBy = actdesk({s("desk"), s("fail"), m_stick, item, s("no stock"), s("--by"), QString(300, QLatin1Char('b'))});
        QCOMPARE(longBy.exitCode, 2);
        QVERIFY2(longBy.err.contains(s("--by is 300 bytes long; at most 256 bytes")), qPrintable(longBy.err));
        QCOMPARE(readAll(m_stick), before);

        // A machine whose name is too long already (an older state file): said of the name.
        const QString stateFile = m_stateB + s("/machine.txt");
        QByteArray state = readAll(stateFile);
        QVERIFY(state.contains("name=PC-B\n"));
        QVERIFY(writeAll(stateFile, state.replace("name=PC-B\n", "name=" + QByteArray(5000, 'N') + "\n")));
        const CliRun longName = actdesk({s("export"), m_stick}, m_stateB);
        QCOMPARE(longName.exitCode, 1);
        QVERIFY2(longName.err.contains(s("This machine's name is 5000 bytes long; at most 256 bytes")),
                 qPrintable(longName.err));
        QVERIFY2(!longName.err.contains(s("Line ")), qPrintable(longName.err));
        QCOMPARE(readAll(m_stick), before);
    }
};

QTEST_GUILESS_MAIN(TransferCliTest)
#include "test_transfer_cli.moc"
