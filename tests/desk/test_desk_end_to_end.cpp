// SPDX-License-Identifier: MIT
// Issue 5, "done when", with the GUI desk: two simulated machines (two state directories)
// save their requests into one transfer file with the real `actdesk export`; the Desk screen
// (DeskQueueView, composed as app/gui/GuiComposition does: built-in catalog, journal opened
// through JournalRecovery, system clock, the OS user as operator) opens the file, answers
// every request from the training centre driven from the keyboard, and saves; each machine
// then runs `actdesk import` and is Licensed for exactly its own products. A tampered and a
// truncated file are refused by the desk and by `actdesk import` with a message naming the
// problem, and nothing changes: not the file's bytes, not either machine, not the journal.
#include "CliRun.h"
#include "DeskQueueView.h"
#include "JournalDefaults.h"
#include "catalog/Catalog.h"
#include "journal/JournalRecovery.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferStore.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <optional>
#include <set>

using namespace actdesk;
using namespace actdesk::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Every file under `dir` with its bytes: "nothing changed" on a machine means this is equal.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return files;
}

} // namespace

class DeskEndToEndTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_stick;
    QString m_stateA;
    QString m_stateB;
    QString m_deskJournal;
    SystemClock m_clock;
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    std::optional<journal::OpenedJournal> m_journal;

    CliRun actdesk(QStringList args, const QString& state)
    {
        args << s("--state") << state;
        return runActdesk(m_home.path(), args);
    }

    QString statusOf(const QString& state, const QString& program)
    {
        const CliRun r = actdesk({s("status"), program, s("--json")}, state);
        return r.json().value(s("products")).toArray().first().toObject().value(s("status")).toString();
    }

    // Machine A: Windows 7 with keys for ESU years 1 and 2; machine B: Windows 7, year 1.
    // Each saves its request into the same file on the "stick".
    void machinesSaveTheirRequests()
    {
        for (const auto& [state, name] : {std::pair{m_stateA, "PC-A"}, std::pair{m_stateB, "PC-B"}}) {
            const CliRun init =
                actdesk({s("simulate"), s("init"), s("--os"), s("win7"), s("--name"), s(name)}, state);
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        }
        QCOMPARE(actdesk({s("install-key"), s(kKeyA1), s("--for"), s("win7-esu-y1")}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("install-key"), s(kKeyA2), s("--for"), s("win7-esu-y2")}, m_stateA).exitCode, 0);
        QCOMPARE(actdesk({s("install-key"), s(kKeyB1), s("--for"), s("win7-esu-y1")}, m_stateB).exitCode, 0);
        for (const auto& state : {m_stateA, m_stateB}) {
            const CliRun r = actdesk({s("export"), m_stick}, state);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QVERIFY2(!readAll(m_stick).contains("HJKMP"), "never a full product key in the file");
    }

    // The Desk tab's view, made with what GuiComposition::addRoleViews passes it.
    std::unique_ptr<ui::DeskQueueView> makeDesk()
    {
        auto view = std::make_unique<ui::DeskQueueView>(m_catalog, m_journal->journal.get(), m_clock,
                                                        app::JournalDefaults::operatorName());
        view->resize(1150, 900);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the desk window did not become active");
        return view;
    }

    std::vector<workflow::JournalEntry> deskJournalEntries()
    {
        workflow::JournalQuery query;
        query.role = workflow::JournalRole::Desk;
        auto rows = m_journal->journal->find(query);
        if (!rows)
            return {};
        return rows.value();
    }

    // The desk, from the keyboard: Alt+T turns training on; for each waiting request (the
    // view selects the next one by itself) Alt+L fills it from the simulated centre; Ctrl+S
    // saves.
    void answerEverythingAtTheDesk(int expectedItems)
    {
        auto desk = makeDesk();
        QVERIFY(desk->openFile(m_stick));
        QCOMPARE(desk->itemCount(), expectedItems);
        // Keys go where the operator's keyboard focus is.
        auto focused = [&]() -> QWidget* {
            QWidget* w = QApplication::focusWidget();
            return w ? w : desk.get();
        };
        // A mnemonic "clicks" its button when the event loop runs (QAbstractButton::animateClick):
        // wait for the effect, not for a time.
        QTest::keyClick(focused(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(desk->trainingMode());
        QVERIFY(desk->findChild<QCheckBox*>(s("deskTrainingCheckBox"))->isChecked());
        std::set<QString> answered;
        for (int i = 0; i < expectedItems; ++i) {
            const QString id = desk->currentItemId();
            QVERIFY2(!id.isEmpty() && !answered.count(id), qPrintable(id));
            QTest::keyClick(focused(), Qt::Key_L, Qt::AltModifier);
            QTRY_COMPARE(desk->item(id)->status, transfer::ItemStatus::Answered);
            QCOMPARE(desk->item(id)->answeredBy, std::string(transfer::kSimulatedCentreName));
            answered.insert(id);
        }
        QVERIFY(desk->hasUnsavedChanges());
        QVERIFY(desk->notice()->plainText().contains(s("Simulation")));
        // With nothing left to answer, the focus is on "Save" (not lost), so Ctrl+S works.
        QCOMPARE(QApplication::focusWidget(), desk->findChild<QPushButton*>(s("deskSaveButton")));
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!desk->hasUnsavedChanges(), qPrintable(desk->notice()->plainText()));
        QCOMPARE(desk->notice()->kind(), ui::NoticeLabel::Kind::Success);
    }

  private Q_SLOTS:
    void init()
    {
        static int n = 0;
        ++n;
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(s("stick-%1").arg(n)));
        m_stick = m_home.path() + s("/stick-%1/esu-requests.adtx").arg(n);
        m_stateA = m_home.path() + s("/machine-a-%1").arg(n);
        m_stateB = m_home.path() + s("/machine-b-%1").arg(n);
        m_deskJournal = m_home.path() + s("/desk-journal-%1.sqlite").arg(n);
        auto opened = journal::JournalRecovery::openOrStartFresh(
            journal::JournalLocation::sqliteFile(m_deskJournal), m_clock, s("test"));
        QVERIFY(opened.operator bool());
        QVERIFY(!opened->replacedBecause);
        m_journal = std::move(opened).value();
    }

    void cleanup() { m_journal.reset(); }

    void twoMachinesAnsweredAtTheGuiDeskAreLicensedForExactlyTheirOwnProducts()
    {
        machinesSaveTheirRequests();
        if (QTest::currentTestFailed())
            return;
        answerEverythingAtTheDesk(3);
        if (QTest::currentTestFailed())
            return;

        // The file holds the three answers, from the training centre.
        auto saved = transfer::loadTransferFile(m_stick);
        QVERIFY(saved.operator bool());
        QCOMPARE(int(saved->file.items.size()), 3);
        std::map<std::string, const transfer::TransferItem*> byIid;
        for (const auto& item : saved->file.items) {
            QCOMPARE(item.status, transfer::ItemStatus::Answered);
            QCOMPARE(item.answeredBy, std::string(transfer::kSimulatedCentreName));
            QVERIFY(item.simulation);
            byIid[item.installationId.value().digits()] = &item;
        }

        // Every answer was journaled once, as the desk's, with its IID and CID.
        const auto entries = deskJournalEntries();
        QCOMPARE(int(entries.size()), 3);
        for (const auto& entry : entries) {
            QCOMPARE(entry.author.role, workflow::JournalRole::Desk);
            QCOMPARE(entry.event.step, workflow::Step::ConfirmationId);
            QCOMPARE(entry.event.outcome, workflow::Outcome::Succeeded);
            QVERIFY(entry.event.simulation);
            const auto found = byIid.find(entry.event.installationId);
            QVERIFY(found != byIid.end());
            QCOMPARE(entry.event.confirmationId, found->second->confirmationId.value().digits());
            QCOMPARE(entry.event.machineName, found->second->machineName);
            QVERIFY(entry.event.partialKey.size() == 5);
            byIid.erase(found);
        }
        QVERIFY(byIid.empty());

        // Machine A applies its two answers, and only those.
        const CliRun importA = actdesk({s("import"), m_stick, s("--json")}, m_stateA);
        QVERIFY2(importA.exitCode == 0, qPrintable(importA.err));
        const auto a = importA.json();
        QCOMPARE(a.value(s("items")).toArray().size(), 2);
        for (const auto& v : a.value(s("items")).toArray())
            QCOMPARE(v.toObject().value(s("outcome")).toString(), s("applied"));
        QCOMPARE(a.value(s("otherMachinesItems")).toInt(), 1);
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("licensed"));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y2")), s("licensed"));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y3")), s("unlicensed"));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("unlicensed"));

        // Machine B applies its one answer.
        const auto machineA = snapshot(m_stateA);
        const CliRun importB = actdesk({s("import"), m_stick, s("--json")}, m_stateB);
        QVERIFY2(importB.exitCode == 0, qPrintable(importB.err));
        const auto b = importB.json();
        QCOMPARE(b.value(s("items")).toArray().size(), 1);
        QCOMPARE(b.value(s("items")).toArray().first().toObject().value(s("outcome")).toString(),
                 s("applied"));
        QCOMPARE(b.value(s("otherMachinesItems")).toInt(), 2);
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("licensed"));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y2")), s("unlicensed"));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y3")), s("unlicensed"));
        QCOMPARE(snapshot(m_stateA), machineA); // B's import never touches A
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("licensed"));

        auto after = transfer::loadTransferFile(m_stick);
        QVERIFY(after.operator bool());
        for (const auto& item : after->file.items)
            QCOMPARE(item.status, transfer::ItemStatus::Applied);
    }

    // The desk and every machine say the same thing: what is wrong, and where (which item,
    // which line), so the operator can find it.
    void aTamperedOrTruncatedFileIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QString>("says");
        QTest::newRow("tampered") << false << s("was changed or damaged after it was written");
        QTest::newRow("truncated") << true << s("is incomplete: it ends at line");
    }

    void aTamperedOrTruncatedFileIsRefusedAndNothingChanges()
    {
        QFETCH(bool, truncate);
        QFETCH(QString, says);
        machinesSaveTheirRequests();
        if (QTest::currentTestFailed())
            return;
        answerEverythingAtTheDesk(3);
        if (QTest::currentTestFailed())
            return;
        const auto journaled = deskJournalEntries().size();

        QByteArray bytes = readAll(m_stick);
        QString damagedItem; // the item a reader must name, and the line it must name
        int damagedLine = 0;
        if (truncate) {
            bytes.truncate(bytes.size() / 2);
            damagedLine = int(bytes.count('\n')) + 1;
        } else {
            // One digit of machine A's first CID, changed by hand: the digest names the item.
            auto loaded = transfer::loadTransferFile(m_stick);
            QVERIFY(loaded.operator bool());
            const auto* item = &loaded->file.items.front();
            const auto& cid = item->confirmationId;
            QVERIFY(bool(cid));
            std::string grouped = cid->grouped();
            grouped[1] = static_cast<char>('0' + (grouped[1] - '0' + 1) % 10);
            const qsizetype at = bytes.indexOf(QByteArray::fromStdString(cid->grouped()));
            QVERIFY(at > 0);
            bytes.replace(at, qsizetype(grouped.size()), QByteArray::fromStdString(grouped));
            damagedItem = QString::fromStdString(item->id);
            const qsizetype header = bytes.indexOf("[item " + QByteArray::fromStdString(item->id) + "]");
            QVERIFY(header > 0);
            damagedLine = int(bytes.left(header).count('\n')) + 1;
        }
        QVERIFY(writeAll(m_stick, bytes));
        const auto machineA = snapshot(m_stateA);
        const auto machineB = snapshot(m_stateB);
        QVERIFY(!machineA.isEmpty());

        // `actdesk desk list` on the desk's computer names the item and the line...
        const CliRun list =
            actdesk({s("desk"), s("list"), m_stick, s("--json")}, m_home.path() + s("/desk-cli"));
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.json().value(s("error")).toObject().value(s("line")).toInt(), damagedLine);
        QCOMPARE(list.json().value(s("error")).toObject().value(s("item")).toString(), damagedItem);

        // ...and so does the desk, which refuses to open the file and shows nothing from it.
        auto desk = makeDesk();
        QVERIFY(!desk->openFile(m_stick));
        QCOMPARE(desk->itemCount(), 0);
        QCOMPARE(desk->notice()->kind(), ui::NoticeLabel::Kind::Error);
        const QString deskSays = desk->notice()->plainText();
        QVERIFY2(deskSays.contains(says), qPrintable(deskSays));
        QVERIFY2(deskSays.contains(s("line %1").arg(damagedLine)), qPrintable(deskSays));
        if (!damagedItem.isEmpty())
            QVERIFY2(deskSays.contains(s("Item %1").arg(damagedItem)), qPrintable(deskSays));
        QVERIFY(!desk->save());

        // Each machine refuses to import it, says why, and applies nothing.
        for (const auto& state : {m_stateA, m_stateB}) {
            const CliRun r = actdesk({s("import"), m_stick}, state);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
        }
        QCOMPARE(readAll(m_stick), bytes);
        QCOMPARE(snapshot(m_stateA), machineA);
        QCOMPARE(snapshot(m_stateB), machineB);
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y1")), s("unlicensed"));
        QCOMPARE(statusOf(m_stateA, s("win7-esu-y2")), s("unlicensed"));
        QCOMPARE(statusOf(m_stateB, s("win7-esu-y1")), s("unlicensed"));
        QCOMPARE(deskJournalEntries().size(), journaled);
    }
};

QTEST_MAIN(DeskEndToEndTest)
#include "test_desk_end_to_end.moc"
