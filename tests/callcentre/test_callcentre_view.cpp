// SPDX-License-Identifier: MIT
// Call-centre mode, offscreen, with a real SQLite journal: a typo in group 4 is caught as it
// is typed, a full-width paste is accepted, the 54-digit form works, the read-back ticks gate
// the end of the call, a journaled call is found by its IID through the journal API, and the
// operator's calls of the shift are listed again by a new view over the same journal.
// Renders call-centre-en.png and call-centre-ja.png.
#include "CallCentreView.h"
#include "ReadBackPanel.h"
#include "TabPageFit.h"
#include "style/Appearance.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "journal/SqlJournal.h"
#include "licensing/SimulatedActivationCentre.h"
#include "simulation/SimulationBanner.h"
#include "simulation/SimulationControl.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace actdesk;

namespace {

QString iidDigits(std::uint64_t seed, int groupLength = 7)
{
    return QString::fromStdString(licensing::simulation::groupedDigitsFromSeed(seed, 9, groupLength));
}

// "２５３０３７４　４０４…": full-width digits, ideographic spaces between the groups.
QString fullWidth(const QString& digits, int groupLength)
{
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        if (i && i % groupLength == 0)
            out += QChar(0x3000);
        out += QChar(0xFF10 + digits[i].digitValue());
    }
    return out;
}

// The training activation centre as app/gui/SimulatedEnvironment answers it.
class TrainingCentre final : public ui::SimulationControl
{
  public:
    QString stateDirectory() const override { return {}; }
    Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError>
    setUpMachine(const licensing::SimulatedMachineOptions&) override
    {
        return fail(licensing::slError(licensing::SlError::BackendUnavailable));
    }
    ids::ConfirmationId confirmationIdFor(const ids::InstallationId& iid) const override
    {
        return licensing::SimulatedActivationCentre::confirmationIdFor(iid);
    }
};

} // namespace

class CallCentreViewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FixedClock m_clock;
    TrainingCentre m_centre;
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    std::unique_ptr<journal::SqlJournal> m_journal;
    QTranslator m_japanese;

    std::unique_ptr<ui::CallCentreView> makeView()
    {
        auto view = std::make_unique<ui::CallCentreView>(m_catalog, m_journal.get(), m_clock, QStringLiteral("phone-op"),
                                                         &m_centre);
        view->resize(1500, 900);
        view->selectProgram(QStringLiteral("win10-esu-y1")); // 63 digits, as most tests type
        return view;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto opened = journal::SqlJournal::open(
            journal::JournalLocation::sqliteFile(m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(++n))), m_clock);
        QVERIFY(opened.operator bool());
        m_journal = std::move(opened).value();
    }

    void typoInGroupFourIsCaughtAsTyped()
    {
        auto view = makeView();
        auto* entry = view->installationEntry();
        QCOMPARE(entry->groupEdit(3)->accessibleName(), QStringLiteral("Installation ID group 4"));
        QString digits = iidDigits(3);
        const QChar check = digits[3 * 7 + 6];
        digits[3 * 7 + 6] = QChar(u'0' + (check.digitValue() + 1) % 10);
        for (int g = 0; g < 4; ++g)
            QTest::keyClicks(entry->groupEdit(g), digits.mid(g * 7, 7));
        for (int g = 0; g < 3; ++g)
            QCOMPARE(entry->groupState(g), ui::GroupedIdEntry::GroupState::Valid);
        QCOMPARE(entry->groupState(3), ui::GroupedIdEntry::GroupState::Invalid);
        QCOMPARE(entry->firstInvalidGroup(), std::optional<int>(3));
        QVERIFY2(entry->message().contains(QLatin1Char('4')), qPrintable(entry->message()));
        QVERIFY(!view->startReadBack());
        QCOMPARE(view->notice()->kind(), ui::NoticeLabel::Kind::Error);
    }

    void acceptsAFullWidthPaste()
    {
        auto view = makeView();
        const QString digits = iidDigits(4);
        view->installationEntry()->setText(fullWidth(digits, 7));
        QVERIFY(view->installationEntry()->isComplete());
        QCOMPARE(view->installationEntry()->digits(), digits);
    }

    void acceptsTheFiftyFourDigitForm()
    {
        auto view = makeView();
        view->setShortForm(true);
        QCOMPARE(view->installationEntry()->shape().groupLength, 6);
        const QString digits = iidDigits(5, 6);
        view->installationEntry()->setText(fullWidth(digits, 6));
        QVERIFY(view->installationEntry()->isComplete());
        QCOMPARE(view->installationEntry()->digits().size(), 54);
    }

    // The form follows the program's OS (Windows 7 shows 54 digits, as the practice machine
    // does), and what the caller reads out wins: typed or pasted digits of the other length
    // switch the form, and nothing typed is lost.
    void theIidLengthFollowsTheProgramThenTheDigits()
    {
        ui::CallCentreView fresh(m_catalog, m_journal.get(), m_clock, QStringLiteral("phone-op"), &m_centre);
        QVERIFY(fresh.selectProgram(QStringLiteral("win7-esu-y1")));
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 6);
        QVERIFY(fresh.selectProgram(QStringLiteral("server2012-esu-y2")));
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 7);
        QVERIFY(fresh.selectProgram(QStringLiteral("server2008-esu-y1")));
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 6);

        // Typed key by key: 63-digit groups into the 54-digit form.
        fresh.show();
        QApplication::setActiveWindow(&fresh);
        QVERIFY(QTest::qWaitForWindowActive(&fresh));
        QVERIFY(fresh.selectProgram(QStringLiteral("win7-esu-y1")));
        fresh.installationEntry()->groupEdit(0)->setFocus();
        const QString digits = iidDigits(11);
        for (const QChar c : digits.left(3 * 7))
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 7);
        QCOMPARE(fresh.installationEntry()->digits(), digits.left(3 * 7));
        for (const QChar c : digits.mid(3 * 7))
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QVERIFY(fresh.installationEntry()->isComplete());
        QCOMPARE(fresh.installationEntry()->digits(), digits);

        // A new call starts from the program's form again; a 63-digit paste switches it at once.
        fresh.newCall();
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 6);
        fresh.installationEntry()->setText(fullWidth(digits, 7));
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 7);
        QVERIFY(fresh.installationEntry()->isComplete());
        // And back: 54 digits pasted into the 63-digit form.
        QVERIFY(fresh.selectProgram(QStringLiteral("win10-esu-y1")));
        fresh.newCall();
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 7);
        const QString shortForm = iidDigits(12, 6);
        fresh.installationEntry()->groupEdit(0)->setFocus();
        QApplication::clipboard()->setText(shortForm);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Paste);
        QCOMPARE(fresh.installationEntry()->shape().groupLength, 6);
        QCOMPARE(fresh.installationEntry()->digits(), shortForm);
    }

    void readBackTicksGateTheEndOfTheCallAndTheCallIsJournaled()
    {
        auto view = makeView();
        const QString digits = iidDigits(6);
        QTest::keyClicks(view->machineEdit(), QStringLiteral("PC-CALLER"));
        QVERIFY(view->selectProgram(QStringLiteral("win7-esu-y1")));
        view->installationEntry()->setText(digits);
        QVERIFY(!view->fillFromSimulatedCentre()); // not in training
        view->setTrainingMode(true);
        auto* banner = view->findChild<ui::SimulationBanner*>(QStringLiteral("callSimulationBanner"));
        QVERIFY(!banner->isHidden() && banner->text().contains(QStringLiteral("SIMULATION")));
        QVERIFY(view->fillFromSimulatedCentre());
        QVERIFY(view->notice()->plainText().contains(QStringLiteral("Simulation")));
        const auto expected = licensing::SimulatedActivationCentre::confirmationIdFor(
            ids::InstallationId::parseAscii(digits.toStdString()).value());
        QCOMPARE(view->readBack()->groups().size(), 8);
        QCOMPARE(view->readBack()->groups().join(QString()), QString::fromStdString(expected.digits()));

        auto* finish = view->findChild<QPushButton*>(QStringLiteral("callFinishButton"));
        QVERIFY(!finish->isEnabled());
        for (int g = 0; g < 7; ++g)
            QTest::keyClick(view->readBack()->tick(g), Qt::Key_Space); // the operator ticks from the keyboard
        QCOMPARE(view->readBack()->confirmedCount(), 7);
        QVERIFY(!finish->isEnabled());
        QVERIFY(!view->finishCall());
        view->readBack()->tick(7)->setFocus();
        QTest::keyClick(view->readBack()->tick(7), Qt::Key_Space);
        QVERIFY(view->readBack()->allConfirmed());
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(view->callCount(), 1);
        QVERIFY(view->callList()->item(0, 3)->text().contains(QStringLiteral("Simulation")));
        QVERIFY(view->installationEntry()->digits().isEmpty()); // ready for the next call

        workflow::JournalQuery byIid;
        byIid.installationId = digits.toStdString();
        auto found = m_journal->find(byIid);
        QVERIFY(found.operator bool());
        QCOMPARE(int(found->size()), 1);
        const auto& e = found->front();
        QCOMPARE(e.event.machineName, std::string("PC-CALLER"));
        QCOMPARE(e.event.confirmationId, expected.digits());
        QCOMPARE(e.event.outcome, workflow::Outcome::Succeeded);
        QCOMPARE(e.event.catalogKey, std::string("win7-esu-y1"));
        QVERIFY(e.event.simulation);
        QCOMPARE(e.author.role, workflow::JournalRole::Desk);
        QCOMPARE(e.author.operatorName, std::string("phone-op"));
    }

    void aFailedCallIsJournaledWithItsReason()
    {
        auto view = makeView();
        const QString digits = iidDigits(7);
        view->installationEntry()->setText(digits);
        QTest::keyClicks(view->reasonEdit(), QStringLiteral("caller hung up"));
        QTest::keyClick(view->reasonEdit(), Qt::Key_Return);
        QCOMPARE(view->callCount(), 1);
        workflow::JournalQuery byIid;
        byIid.installationId = digits.toStdString();
        auto found = m_journal->find(byIid);
        QCOMPARE(int(found->size()), 1);
        QCOMPARE(found->front().event.outcome, workflow::Outcome::Failed);
        QCOMPARE(found->front().event.detail, std::string("caller hung up"));
    }

    // A caller read out their key: it never reaches the journal, and nothing typed is lost.
    void aKeyTypedIntoTheReasonOrTheNameIsRefusedNotJournaled()
    {
        auto view = makeView();
        const QString digits = iidDigits(7);
        view->installationEntry()->setText(digits);
        const QString reason = QStringLiteral("line says BCDFG\u2013HJKMP\u2013QRTVW\u2013XY234\u20136789B is blocked");
        view->reasonEdit()->setText(reason); // as pasted (QTest types ASCII only)
        QTest::keyClick(view->reasonEdit(), Qt::Key_Return);
        QCOMPARE(view->callCount(), 0);
        QVERIFY2(view->notice()->text().contains(QStringLiteral("product key")), qPrintable(view->notice()->text()));
        QCOMPARE(view->reasonEdit()->text(), reason); // kept, to be edited
        QCOMPARE(view->installationEntry()->digits(), digits);
        QTest::keyClicks(view->machineEdit(), QStringLiteral("bcdfg hjkmp qrtvw xy234 6789b"));
        view->reasonEdit()->setText(QStringLiteral("caller hung up"));
        QVERIFY(!view->endCallFailed());
        QVERIFY2(view->notice()->text().contains(QStringLiteral("computer name")), qPrintable(view->notice()->text()));
        workflow::JournalQuery byIid;
        byIid.installationId = digits.toStdString();
        QCOMPARE(int(m_journal->find(byIid)->size()), 0);
        view->machineEdit()->setText(QStringLiteral("PC-CALLER"));
        QVERIFY(view->endCallFailed());
        QCOMPARE(int(m_journal->find(byIid)->size()), 1);
    }

    void theShiftsCallsAreListedAgainAfterARestart()
    {
        using namespace std::chrono_literals;
        const auto now = m_clock.nowUtc();
        auto record = [this](const char* operatorName, workflow::JournalRole role,
                             std::chrono::system_clock::time_point at, const char* machine,
                             const char* detail) {
            workflow::JournalEntry e;
            e.event.step = workflow::Step::ConfirmationId;
            e.event.at = at;
            e.event.machineName = machine;
            e.event.detail = detail;
            e.event.installationId = iidDigits(20).toStdString();
            e.author = {operatorName, role, "0.1.0"};
            QVERIFY(m_journal->record(e).ok());
        };
        // Not this operator's calls of this shift: none of these may be listed.
        record("phone-op", workflow::JournalRole::Desk, now - 13h, "PC-LAST-NIGHT",
               "call: confirmation ID read back");
        record("other-op", workflow::JournalRole::Desk, now - 1h, "PC-OTHER-DESK",
               "call: confirmation ID read back");
        record("phone-op", workflow::JournalRole::Desk, now - 1h, "PC-USB-STICK", "desk: transfer item 7");
        record("phone-op", workflow::JournalRole::Device, now - 1h, "PC-DEVICE", "");

        // Two calls taken, then the app is closed.
        const QString done = iidDigits(21);
        const QString failed = iidDigits(22);
        {
            auto view = makeView();
            QCOMPARE(view->callCount(), 0);
            QTest::keyClicks(view->machineEdit(), QStringLiteral("PC-CALLER-1"));
            view->installationEntry()->setText(done);
            view->setTrainingMode(true);
            QVERIFY(view->fillFromSimulatedCentre());
            for (int g = 0; g < 8; ++g)
                view->readBack()->tick(g)->setChecked(true);
            QVERIFY(view->finishCall());
            QTest::keyClicks(view->machineEdit(), QStringLiteral("PC-CALLER-2"));
            view->installationEntry()->setText(failed);
            QTest::keyClicks(view->reasonEdit(), QStringLiteral("caller hung up"));
            QVERIFY(view->endCallFailed());
            QCOMPARE(view->callCount(), 2);
        }

        // A new call-centre view over the same journal lists the same two calls, oldest first.
        auto view = makeView();
        QTableWidget* list = view->callList();
        QCOMPARE(view->callCount(), 2);
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("PC-CALLER-1"));
        QCOMPARE(list->item(0, 2)->toolTip(), done);
        QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("Confirmed")));
        QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("Simulation")));
        QCOMPARE(list->item(1, 1)->text(), QStringLiteral("PC-CALLER-2"));
        QCOMPARE(list->item(1, 2)->toolTip(), failed);
        QVERIFY(list->item(1, 3)->text().contains(QStringLiteral("caller hung up")));

        // A longer shift reaches last night's call; the other desk's, the transfer-file answer
        // and the device's step are never calls of this operator.
        QCOMPARE(view->shiftLength(), ui::CallCentreView::kDefaultShiftLength);
        view->setShiftLength(14h);
        QCOMPARE(view->callCount(), 3);
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("PC-LAST-NIGHT"));

        // Without a journal there is nothing to list, and nothing fails.
        ui::CallCentreView unjournaled(m_catalog, nullptr, m_clock, QStringLiteral("phone-op"), &m_centre);
        QCOMPARE(unjournaled.callCount(), 0);
    }

    void rendersInEnglishAndJapanese()
    {
        const QFont englishFont = QApplication::font();
        for (const bool japanese : {false, true}) {
            if (japanese) {
                QVERIFY(m_japanese.load(QStringLiteral(":/i18n/activationdesk_ja.qm")));
                QVERIFY(QCoreApplication::installTranslator(&m_japanese));
                ui::appearance::applyLanguageFonts(QStringLiteral("ja")); // as the app does
            }
            auto view = makeView();
            view->setTrainingMode(true);
            QTest::keyClicks(view->machineEdit(), QStringLiteral("PC-CALLER"));
            view->installationEntry()->setText(iidDigits(9));
            QVERIFY(view->fillFromSimulatedCentre());
            for (int g = 0; g < 3; ++g)
                view->readBack()->tick(g)->setChecked(true);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            if (japanese)
                QVERIFY(view->findChild<QPushButton*>(QStringLiteral("callNewButton"))->text().contains(QStringLiteral("通話")));
            const QString name = japanese ? QStringLiteral("call-centre-ja.png") : QStringLiteral("call-centre-en.png");
            QVERIFY(view->grab().save(name));
            // As a tab of the main window at its default size: the whole call, from the IID to
            // the last CID group, the read-back, the reason and the list, without scrolling.
            const QString misfit = testing::tabPageMisfit(view.get(), QStringLiteral("callCentreScrollArea"),
                                                          testing::Scrolling::None);
            QVERIFY(view->grab().save(japanese ? QStringLiteral("call-centre-tab-ja.png")
                                               : QStringLiteral("call-centre-tab-en.png")));
            QVERIFY2(misfit.isEmpty(), qPrintable(QStringLiteral("[%1] %2").arg(QLatin1String(japanese ? "ja" : "en"), misfit)));
        }
        QCoreApplication::removeTranslator(&m_japanese);
        QApplication::setFont(englishFont);
    }
};

QTEST_MAIN(CallCentreViewTest)
#include "test_callcentre_view.moc"
