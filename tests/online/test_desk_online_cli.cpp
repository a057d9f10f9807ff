// SPDX-License-Identifier: MIT
// `actdesk desk online` and `desk remaining` end to end, against the fake BatchActivation
// service (the fake-batch-activation program on 127.0.0.1): three simulated machines save
// their requests on one stick; the desk fetches online; the machines import. Two are Licensed;
// the third's MAK is out of activations (0x7F): it stays unlicensed with the reason in the
// file. A second run on a fresh copy of the same requests sends nothing for the answered ones
// (the journal's CIDs are reused; the fake counts what it is sent).
#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace actdesk::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The fake service as a child process; its counts are read from --count-file.
class FakeService
{
  public:
    explicit FakeService(const QString& countFile, const QStringList& args = {}) : m_countFile(countFile)
    {
        m_process.start(QStringLiteral(ACTDESK_FAKE_SERVICE),
                        QStringList{s("--count-file"), countFile} + args);
        if (!m_process.waitForStarted())
            return;
        while (m_process.waitForReadyRead(30000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening on ")) {
                m_port = line.mid(13).toInt();
                return;
            }
        }
    }
    ~FakeService()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    int port() const { return m_port; }
    QString endpoint() const
    {
        return QStringLiteral("http://127.0.0.1:%1/BatchActivation/BatchActivation.asmx").arg(m_port);
    }
    QJsonObject counts() const { return QJsonDocument::fromJson(readAll(m_countFile)).object(); }

  private:
    QString m_countFile;
    QProcess m_process;
    int m_port = 0;
};

} // namespace

class DeskOnlineCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_stick;
    QStringList m_states;

    CliRun actdesk(QStringList args, const QString& state = {}, const RunOptions& options = {})
    {
        if (!state.isEmpty())
            args << s("--state") << state;
        return runActdesk(m_home.path(), args, options);
    }

    QString statusOf(const QString& state, const QString& program)
    {
        const CliRun r = actdesk({s("status"), program, s("--json")}, state);
        return r.json().value(s("products")).toArray().first().toObject().value(s("status")).toString();
    }

    QJsonArray items(const QString& file)
    {
        return actdesk({s("desk"), s("list"), file, s("--json")}).json().value(s("items")).toArray();
    }

  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_stick = m_home.filePath(s("stick/requests.adtx"));
        QVERIFY(QDir().mkpath(m_home.filePath(s("stick"))));
        const char* keys[] = {kKeyA1, kKeyA2, kKeyB1};
        for (int i = 0; i < 3; ++i) {
            const QString state = m_home.filePath(QStringLiteral("machine%1").arg(i));
            m_states << state;
            const CliRun init = actdesk(
                {s("simulate"), s("init"), s("--os"), s("win7"), s("--name"), QStringLiteral("PC-%1").arg(i)},
                state);
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
            const CliRun key = actdesk({s("install-key"), s(keys[i]), s("--for"), s("win7-esu-y1")}, state);
            QVERIFY2(key.exitCode == 0, qPrintable(key.err));
            const CliRun exported = actdesk({s("export"), m_stick}, state);
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }
        QCOMPARE(items(m_stick).size(), 3);
    }

    void usageAndEndpointRules()
    {
        QCOMPARE(actdesk({s("desk"), s("online")}).exitCode, 2);
        const CliRun plainHttp =
            actdesk({s("desk"), s("online"), m_stick, s("--endpoint"), s("http://mirror.example/x")});
        QCOMPARE(plainHttp.exitCode, 2);
        QVERIFY(plainHttp.err.contains(s("loopback")));
        QCOMPARE(actdesk({s("desk"), s("online"), m_stick, s("--limit"), s("0")}).exitCode, 2);
        QCOMPARE(actdesk({s("desk"), s("remaining")}).exitCode, 2);
        QVERIFY(actdesk({s("help")}).out.contains(s("desk online FILE...")));
    }

    void aDryRunSendsNothingAndChangesNothing()
    {
        FakeService fake(m_home.filePath(s("dry.json")));
        QVERIFY(fake.port() > 0);
        const QByteArray before = readAll(m_stick);
        const CliRun r = actdesk(
            {s("desk"), s("online"), m_stick, s("--endpoint"), fake.endpoint(), s("--dry-run"), s("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(s("requests")).toInt(), 3);
        QCOMPARE(fake.counts().value(s("requests")).toInt(), 0);
        QCOMPARE(readAll(m_stick), before);
    }

    void aBatchBeyondTheMaksRemainingActivationsIsWarnedAbout()
    {
        // Another desk (its own HOME, so its own journal) on a copy of the stick.
        QTemporaryDir otherDesk;
        const QString copy = otherDesk.filePath(s("copy.adtx"));
        QVERIFY(QFile::copy(m_stick, copy));
        FakeService fake(m_home.filePath(s("warn.json")), {s("--remaining"), s("0")});
        QVERIFY(fake.port() > 0);
        const CliRun r =
            runActdesk(otherDesk.path(), {s("desk"), s("online"), copy, s("--endpoint"), fake.endpoint()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(s("has 0 activation(s) left")), qPrintable(r.err));
        QCOMPARE(fake.counts().value(s("remainingRequests")).toInt() > 0, true);
    }

    void noConnectionIsSaidOnceAndTheItemsStayWaiting()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QByteArray before = readAll(m_stick);
        const CliRun r =
            actdesk({s("desk"), s("online"), m_stick, s("--endpoint"),
                     QStringLiteral("http://127.0.0.1:%1/BatchActivation/BatchActivation.asmx").arg(port)});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count(s("No connection")), 1);
        QCOMPARE(readAll(m_stick), before);
    }

    void machinesAreLicensedThroughTheOnlineDeskExceptTheOneOutOfActivations()
    {
        const QString fresh = m_home.filePath(s("stick/fresh-copy.adtx"));
        QVERIFY(QFile::copy(m_stick, fresh));
        const QJsonArray before = items(m_stick);
        const QString iidOfThird = [&] {
            for (const auto& v : before)
                if (v.toObject().value(s("machine")).toString() == s("PC-2"))
                    return v.toObject().value(s("installationId")).toString().remove(QLatin1Char('-'));
            return QString();
        }();
        QVERIFY(!iidOfThird.isEmpty());

        FakeService fake(m_home.filePath(s("counts.json")), {s("--error-iid"), iidOfThird + s("=0x7F")});
        QVERIFY(fake.port() > 0);
        const CliRun r =
            actdesk({s("desk"), s("online"), m_stick, s("--endpoint"), fake.endpoint(), s("--json")});
        QCOMPARE(r.exitCode, 1); // one item failed
        const QJsonObject report = r.json();
        QCOMPARE(report.value(s("answered")).toInt(), 2);
        QCOMPARE(report.value(s("failed")).toInt(), 1);
        QJsonObject counts = fake.counts();
        QCOMPARE(counts.value(s("rejected")).toArray().size(), 0);
        QCOMPARE(counts.value(s("confirmationRequests")).toInt(), 3);
        QVERIFY2(!readAll(m_stick).contains("HJKMP"), "never a full product key in the file");

        // Every attempt is journaled with the endpoint, the outcome and the service error code
        // (online/OnlineJournal.h, shared with the Desk tab).
        const CliRun journal = actdesk({s("journal"), s("--json")});
        QVERIFY2(journal.exitCode == 0, qPrintable(journal.err));
        int attempts = 0; // this run's, not the earlier tests'
        for (const auto& v : journal.json().value(s("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString detail = e.value(s("detail")).toString();
            // (the no-connection test's port may have come back to this fake: its were not sent)
            if (!detail.contains(s("endpoint ") + fake.endpoint() + s(" ")) || detail.contains(s("not-sent")))
                continue;
            ++attempts;
            QCOMPARE(e.value(s("role")).toString(), s("desk"));
            QCOMPARE(e.value(s("step")).toString(), s("confirmation-id"));
            if (e.value(s("installation_id")).toString() == iidOfThird) {
                QVERIFY2(detail.contains(s("outcome failed service error 0x7F")), qPrintable(detail));
                QVERIFY2(e.value(s("error_code")).toString().contains(s("7F"), Qt::CaseInsensitive),
                         qPrintable(e.value(s("error_code")).toString()));
            } else {
                QVERIFY2(detail.contains(s("outcome answered")), qPrintable(detail));
            }
        }
        QCOMPARE(attempts, 3);
        QVERIFY2(!journal.out.contains(s("HJKMP")), "never a full product key in the journal");

        for (int i = 0; i < 3; ++i) {
            const CliRun imported = actdesk({s("import"), m_stick}, m_states[i]);
            QCOMPARE(imported.exitCode, i == 2 ? 1 : 0);
        }
        QCOMPARE(statusOf(m_states[0], s("win7-esu-y1")), s("licensed"));
        QCOMPARE(statusOf(m_states[1], s("win7-esu-y1")), s("licensed"));
        QCOMPARE(statusOf(m_states[2], s("win7-esu-y1")), s("unlicensed"));
        for (const auto& v : items(m_stick)) {
            const QJsonObject item = v.toObject();
            if (item.value(s("machine")).toString() == s("PC-2")) {
                QCOMPARE(item.value(s("status")).toString(), s("failed"));
                QVERIFY2(item.value(s("reason")).toString().contains(s("0x7F")),
                         qPrintable(item.value(s("reason")).toString()));
                QVERIFY(item.value(s("reason")).toString().contains(s("activation limit")));
            } else {
                QCOMPARE(item.value(s("status")).toString(), s("applied"));
            }
        }

        // A fresh copy of the same requests: the answered ones come from the journal.
        const CliRun again =
            actdesk({s("desk"), s("online"), fresh, s("--endpoint"), fake.endpoint(), s("--json")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.json().value(s("fromJournal")).toInt(), 2);
        counts = fake.counts();
        QCOMPARE(counts.value(s("confirmationRequests")).toInt(), 4); // only the 0x7F one was asked again
        QCOMPARE(counts.value(s("iids")).toArray().last().toString(), iidOfThird);
    }

    void remainingActivationsAreShown()
    {
        FakeService fake(m_home.filePath(s("remaining.json")), {s("--remaining"), s("17")});
        QVERIFY(fake.port() > 0);
        const QString pid = items(m_stick).first().toObject().value(s("extendedPid")).toString();
        const CliRun r =
            actdesk({s("desk"), s("remaining"), pid, s("--endpoint"), fake.endpoint(), s("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(s("remaining")).toInt(), 17);
        const CliRun ja = actdesk({s("desk"), s("remaining"), pid, s("--endpoint"), fake.endpoint()}, {},
                                  RunOptions{s("ja")});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY(ja.out.contains(s("17")));
    }
};

QTEST_GUILESS_MAIN(DeskOnlineCliTest)
#include "test_desk_online_cli.moc"
