// SPDX-License-Identifier: MIT
// Many machines and desks on one transfer file at the same moment, through the real actdesk:
// WORKERS processes side by side, each doing ROUNDS rounds of export (a new simulated machine
// each round), desk answer and import. At the end every item is in the file, answered with
// the CID its desk gave and marked applied: nobody's save replaced anybody else's.
//
// 16 x 50 by default (the figure); ACTDESK_STRESS_WORKERS / ACTDESK_STRESS_ROUNDS
// change it for a quick run by hand. The time it takes is reported, never asserted.
#include "CliRun.h"
#include "ids/InstallationId.h"
#include "licensing/SimulatedActivationCentre.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <map>
#include <memory>
#include <vector>

using namespace actdesk;
using namespace actdesk::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

int setting(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Answered
{
    QString machine;
    QString cid; // grouped, as desk list --json shows it
};

// One worker: its rounds, one after the other. Collects what it did and what went wrong
// (QTest's checks belong to the main thread).
class Worker
{
  public:
    Worker(QString home, QString file, int index, int rounds)
        : m_home(std::move(home)), m_file(std::move(file)), m_index(index), m_rounds(rounds)
    {
    }

    void run()
    {
        for (int round = 0; round < m_rounds && m_problems.isEmpty(); ++round)
            runRound(round);
    }

    const std::map<QString, Answered>& items() const { return m_items; }
    const QStringList& problems() const { return m_problems; }

  private:
    QString m_home;
    QString m_file;
    int m_index;
    int m_rounds;
    std::map<QString, Answered> m_items;
    QStringList m_problems;

    CliRun actdesk(const QStringList& args, const QString& what)
    {
        // A loaded test machine must not turn into a lock time-out: losing nothing is what
        // is checked here (the time-out has its own test in transfer_cli_tests).
        const CliRun r = runActdesk(
            m_home, args, {.environment = {{s("ACTDESK_LOCK_WAIT"), s("600")}}, .timeoutMs = 900000});
        if (r.exitCode != 0)
            m_problems << s("worker %1, %2: exit %3: %4").arg(m_index).arg(what).arg(r.exitCode).arg(r.err);
        return r;
    }

    void runRound(int round)
    {
        const QString name = s("S%1-R%2").arg(m_index).arg(round);
        const QString state = m_home + s("/machines/") + name;
        const QStringList onMachine{s("--state"), state};
        if (actdesk(QStringList{s("simulate"), s("init"), s("--os"), s("win7"), s("--name"), name} +
                        onMachine,
                    name + s(" init"))
                .exitCode != 0)
            return;
        if (actdesk(QStringList{s("install-key"), s(kKeyA1)} + onMachine, name + s(" install-key"))
                .exitCode != 0)
            return;

        const CliRun exported =
            actdesk(QStringList{s("export"), m_file, s("--json")} + onMachine, name + s(" export"));
        const QJsonArray rows = exported.json().value(s("items")).toArray();
        if (exported.exitCode != 0 || rows.size() != 1) {
            m_problems
                << s("worker %1, %2 export: expected one item: %3").arg(m_index).arg(name, exported.out);
            return;
        }
        const QString item = rows.first().toObject().value(s("item")).toString();
        const auto iid = ids::InstallationId::parseAscii(
            rows.first().toObject().value(s("installationId")).toString().toStdString());
        if (!iid) {
            m_problems
                << s("worker %1, %2 export: no installation ID: %3").arg(m_index).arg(name, exported.out);
            return;
        }
        const QString cid = QString::fromStdString(
            licensing::SimulatedActivationCentre::confirmationIdFor(iid.value()).grouped());

        if (actdesk({s("desk"), s("answer"), m_file, item, cid}, name + s(" desk answer")).exitCode != 0)
            return;
        const CliRun imported =
            actdesk(QStringList{s("import"), m_file, s("--json")} + onMachine, name + s(" import"));
        const QJsonArray outcomes = imported.json().value(s("items")).toArray();
        if (imported.exitCode != 0 || outcomes.size() != 1 ||
            outcomes.first().toObject().value(s("outcome")).toString() != s("applied") ||
            !imported.json().value(s("fileUpdated")).toBool()) {
            m_problems
                << s("worker %1, %2 import: not applied and marked: %3").arg(m_index).arg(name, imported.out);
            return;
        }
        m_items[item] = Answered{name, cid};
    }
};

} // namespace

class TransferStressTest : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void concurrentExportAnswerAndImportLoseNothing()
    {
        const int workers = setting("ACTDESK_STRESS_WORKERS", 16);
        const int rounds = setting("ACTDESK_STRESS_ROUNDS", 50);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(s("stick")));
        const QString file = home.path() + s("/stick/shared.adtx");

        std::vector<std::unique_ptr<Worker>> crew;
        std::vector<std::unique_ptr<QThread>> threads;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < workers; ++i) {
            crew.push_back(std::make_unique<Worker>(home.path(), file, i, rounds));
            threads.emplace_back(QThread::create([w = crew.back().get()] { w->run(); }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
        qInfo("%d processes x %d rounds of export, desk answer and import: %.1f s", workers, rounds,
              clock.elapsed() / 1000.0);

        std::map<QString, Answered> expected;
        for (const auto& w : crew) {
            QVERIFY2(w->problems().isEmpty(), qPrintable(w->problems().join(QLatin1Char('\n'))));
            expected.insert(w->items().begin(), w->items().end());
        }
        QCOMPARE(int(expected.size()), workers * rounds);

        const CliRun listed = runActdesk(home.path(), {s("desk"), s("list"), file, s("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray items = listed.json().value(s("items")).toArray();
        QStringList missing;
        std::map<QString, QJsonObject> inFile;
        for (const auto& v : items)
            inFile[v.toObject().value(s("item")).toString()] = v.toObject();
        for (const auto& [id, answer] : expected) {
            const auto found = inFile.find(id);
            if (found == inFile.end()) {
                missing << s("%1 (%2): not in the file").arg(id, answer.machine);
                continue;
            }
            const QJsonObject& o = found->second;
            if (o.value(s("confirmationId")).toString() != answer.cid)
                missing << s("%1 (%2): confirmation ID %3, expected %4")
                               .arg(id, answer.machine, o.value(s("confirmationId")).toString(), answer.cid);
            if (o.value(s("status")).toString() != s("applied"))
                missing << s("%1 (%2): status %3, expected applied")
                               .arg(id, answer.machine, o.value(s("status")).toString());
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(s("%1 of %2 items lost or changed:\n").arg(missing.size()).arg(expected.size()) +
                            missing.join(QLatin1Char('\n'))));
        QCOMPARE(items.size(), workers * rounds);
        // Nothing left behind beside the file: no lock, no temporary file.
        QCOMPARE(QDir(home.path() + s("/stick")).entryList(QDir::Files | QDir::Hidden),
                 QStringList{s("shared.adtx")});
    }
};

QTEST_GUILESS_MAIN(TransferStressTest)
#include "test_transfer_stress.moc"
