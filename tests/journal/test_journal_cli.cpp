// SPDX-License-Identifier: MIT
#include "CliRun.h"
#include "JournalCliTest.h"
#include "JournalFixtures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace actdesk::test;

namespace {

QJsonArray entriesOf(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
}

QStringList stepsOf(const QJsonArray& entries)
{
    QStringList steps;
    for (auto it = entries.end(); it != entries.begin();) { // oldest first
        --it;
        const auto o = it->toObject();
        steps << o.value(QStringLiteral("step")).toString() + QLatin1Char(':') +
                     o.value(QStringLiteral("outcome")).toString();
    }
    return steps;
}

} // namespace

void JournalCliTest::everyStepOfTheSimulatedFlowIsJournaled()
{
    QTemporaryDir home;
    const QString journal = JournalTestBackend::url(m_backend.freshLocation());
    const QString state = home.filePath(QStringLiteral("state"));
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state << QStringLiteral("--journal") << journal;
        return runActdesk(home.path(), args);
    };
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--name"),
                  QStringLiteral("TRAIN-01")}).exitCode, 0);
    const CliRun key = cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey), QStringLiteral("--for"),
                            QStringLiteral("win7-esu-y1")});
    QCOMPARE(key.exitCode, 0);
    QVERIFY2(!key.err.contains(QStringLiteral("warning")), qPrintable(key.err));
    const CliRun iid = cli({QStringLiteral("iid"), QStringLiteral("win7-esu-y1")});
    QCOMPARE(iid.exitCode, 0);
    const QString iidText = iid.out.trimmed();
    const QString cidText = cli({QStringLiteral("simulate"), QStringLiteral("cid"), iidText}).out.trimmed();
    QVERIFY(!cidText.isEmpty());
    // A typo in group C: refused before anything is deposited, and journaled as a failure.
    QString typo = cidText;
    typo[15] = QChar(u'0' + (typo[15].digitValue() + 1) % 10);
    QCOMPARE(cli({QStringLiteral("apply"), typo, QStringLiteral("win7-esu-y1")}).exitCode, 1);
    const CliRun apply = cli({QStringLiteral("apply"), cidText, QStringLiteral("win7-esu-y1")});
    QCOMPARE(apply.exitCode, 0);
    QVERIFY2(!apply.err.contains(QStringLiteral("warning")), qPrintable(apply.err));

    const CliRun listed = cli({QStringLiteral("journal"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray entries = entriesOf(listed);
    QCOMPARE(stepsOf(entries),
             QStringList({// install-key --for
                          QStringLiteral("program:succeeded"), QStringLiteral("product-key:succeeded"),
                          // iid
                          QStringLiteral("program:succeeded"), QStringLiteral("installation-id:succeeded"),
                          // apply with a typo
                          QStringLiteral("program:succeeded"), QStringLiteral("installation-id:succeeded"),
                          QStringLiteral("confirmation-id:failed"),
                          // apply
                          QStringLiteral("program:succeeded"), QStringLiteral("installation-id:succeeded"),
                          QStringLiteral("confirmation-id:succeeded"), QStringLiteral("deposit:succeeded"),
                          QStringLiteral("verify:succeeded")}));
    const QString iidDigits = QString(iidText).remove(QLatin1Char('-'));
    const QString cidDigits = QString(cidText).remove(QLatin1Char('-'));
    for (const auto& value : entries) {
        const auto o = value.toObject();
        QCOMPARE(o.value(QStringLiteral("machine")).toString(), QStringLiteral("TRAIN-01"));
        QCOMPARE(o.value(QStringLiteral("program")).toString(), QStringLiteral("win7-esu-y1"));
        QCOMPARE(o.value(QStringLiteral("operator")).toString(), QStringLiteral("tester"));
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("device"));
        QVERIFY(o.value(QStringLiteral("simulation")).toBool());
        QVERIFY(!o.value(QStringLiteral("tool_version")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("machine_id")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("os")).toString(), QStringLiteral("win7"));
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("time_utc")).toString(), Qt::ISODateWithMs).isValid());
        const QString step = o.value(QStringLiteral("step")).toString();
        if (step != QLatin1String("program"))
            QCOMPARE(o.value(QStringLiteral("partial_key")).toString(), QStringLiteral("6789B"));
        if (step == QLatin1String("deposit") || step == QLatin1String("verify")) {
            QCOMPARE(o.value(QStringLiteral("installation_id")).toString(), iidDigits);
            QCOMPARE(o.value(QStringLiteral("confirmation_id")).toString(), cidDigits);
            QVERIFY(!o.value(QStringLiteral("extended_pid")).toString().isEmpty());
        }
        if (step == QLatin1String("confirmation-id") &&
            o.value(QStringLiteral("outcome")).toString() == QLatin1String("failed"))
            QVERIFY(o.value(QStringLiteral("input_error")).toString().contains(QStringLiteral("groups=2")));
    }
    QCOMPARE(entries.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("licensed"));

    // Filters: IID as grouped text, machine name in any case, dates.
    const CliRun byIid = cli({QStringLiteral("journal"), QStringLiteral("--json"), QStringLiteral("--iid"), iidText});
    QCOMPARE(entriesOf(byIid).size(), 7); // every entry after the IID was generated
    const CliRun byMachine =
        cli({QStringLiteral("journal"), QStringLiteral("--json"), QStringLiteral("--machine"), QStringLiteral("train-01")});
    QCOMPARE(entriesOf(byMachine).size(), entries.size());
    QCOMPARE(entriesOf(cli({QStringLiteral("journal"), QStringLiteral("--json"), QStringLiteral("--machine"),
                            QStringLiteral("OTHER")})).size(),
             0);
    QCOMPARE(entriesOf(cli({QStringLiteral("journal"), QStringLiteral("--json"), QStringLiteral("--since"),
                            QStringLiteral("2000-01-01")})).size(),
             entries.size());
    QCOMPARE(entriesOf(cli({QStringLiteral("journal"), QStringLiteral("--json"), QStringLiteral("--since"),
                            QDateTime::currentDateTimeUtc().addDays(2).date().toString(Qt::ISODate)})).size(),
             0);
    QCOMPARE(entriesOf(cli({QStringLiteral("journal"), QStringLiteral("--json"), QStringLiteral("--outcome"),
                            QStringLiteral("failed")})).size(),
             1);

    // CSV: a header and one line per entry; human output: a table and the count on stderr.
    const CliRun csv = cli({QStringLiteral("journal"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), entries.size() + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("id,time_utc,step,outcome,")));
    const CliRun human = cli({QStringLiteral("journal")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(QStringLiteral("TRAIN-01")));
    QVERIFY(human.out.contains(cidDigits));
    QVERIFY(human.err.contains(QStringLiteral("12 entries")));

    // Never a full key, anywhere the journal stores or prints.
    for (const QString& printed : {listed.out, csv.out, human.out})
        QVERIFY(!printed.contains(QLatin1String(kKeyMiddle)));
    auto location = actdesk::journal::JournalLocation::parse(journal);
    QVERIFY(location.ok());
    const QByteArray stored = m_backend.everythingStored(location.value());
    QVERIFY(stored.contains("TRAIN-01"));
    QVERIFY2(!stored.contains(kKeyMiddle), "a full product key reached the journal");
}

void JournalCliTest::csvFromTheCliCannotRunFormulas()
{
    QTemporaryDir home;
    const QString journal = JournalTestBackend::url(m_backend.freshLocation());
    const QString state = home.filePath(QStringLiteral("state"));
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state << QStringLiteral("--journal") << journal;
        return runActdesk(home.path(), args);
    };
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--name"),
                  QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey)}).exitCode, 0);
    const CliRun csv = cli({QStringLiteral("journal"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")), qPrintable(csv.out));
    static const QRegularExpression formulaCell(QStringLiteral("(^|,)[=+@\\-]"));
    for (const QString& line : csv.out.split(QStringLiteral("\r\n")))
        QVERIFY2(!formulaCell.match(line).hasMatch(), qPrintable(line));
}

void JournalCliTest::anUnusableJournalNeverStopsAnActivation()
{
    // Port 1 (tcpmux): nothing listens there, so the connection is refused at once.
    const int port = 1;
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral("state"));
    const QString unreachable = QStringLiteral("postgresql://actdesk@127.0.0.1:%1/journal?connect_timeout=3").arg(port);
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--state") << state << QStringLiteral("--journal") << unreachable;
        return runActdesk(home.path(), args);
    };
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init")}).exitCode, 0);
    const CliRun key = cli({QStringLiteral("install-key"), QString::fromLatin1(kFullKey)});
    QCOMPARE(key.exitCode, 0);
    QVERIFY2(key.err.contains(QStringLiteral("warning")) && key.err.contains(QStringLiteral("not journaled")),
             qPrintable(key.err));
    QVERIFY(key.err.contains(QString::number(port)));
    QVERIFY(key.out.contains(QStringLiteral("6789B")));
    // Listing an unreachable journal is an environment problem (exit 3), clearly said.
    const CliRun list = cli({QStringLiteral("journal")});
    QCOMPARE(list.exitCode, 3);
    QVERIFY(list.err.contains(QStringLiteral("Cannot connect")));
}

void JournalCliTest::badJournalOptionsAreUsageErrors()
{
    QTemporaryDir home;
    const QString journal = JournalTestBackend::url(m_backend.freshLocation());
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--journal") << journal;
        return runActdesk(home.path(), args);
    };
    QCOMPARE(cli({QStringLiteral("journal"), QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("journal"), QStringLiteral("--outcome"), QStringLiteral("maybe")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("journal"), QStringLiteral("--csv"), QStringLiteral("--json")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("journal"), QStringLiteral("--bogus")}).exitCode, 2);
    const CliRun bad = runActdesk(home.path(), {QStringLiteral("journal"), QStringLiteral("--journal"),
                                                QStringLiteral("mysql://u@h/db")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("not a journal location")));
    // An empty journal lists nothing, successfully.
    const CliRun empty = cli({QStringLiteral("journal"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(entriesOf(empty).size(), 0);
}
