// SPDX-License-Identifier: MIT
// The Device wizard in the main window, against the simulated backend, from the keyboard:
// a technician activates ESU Year 1 on a simulated Windows 7 machine with the training
// activation centre as the activation line. Run once in English and once in Japanese
// (ACTDESK_LANG): expected texts go through the same catalogue as the window's.
#include "GuiTestSupport.h"
#include "Translation.h"
#include "dialogs/ConfirmDialog.h"
#include "licensing/SimulatedActivationCentre.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/HelpDialog.h"
#include "simulation/ActivationCentreWindow.h"
#include "simulation/SimulatedMachineDialog.h"
#include "text/ErrorText.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ProductKeyEntry.h"
#include "widgets/ReadAloudDialog.h"
#include "widgets/ReadAloudView.h"
#include "wizard/DeviceWizard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace actdesk;
using namespace actdesk::testing;
using ui::DeviceWizard;

namespace {

QString withTypo(const QString& group)
{
    QString s = group;
    s[1] = QChar(u'0' + (s[1].digitValue() + 1) % 10);
    return s;
}

QString T(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

QString statusText(licensing::LicenseStatus status)
{
    return text::ErrorText::licenseStatus(status);
}

QStringList allVisibleTexts(const QWidget* root)
{
    QStringList texts;
    for (const auto* l : root->findChildren<QLabel*>())
        texts << l->text();
    for (const auto* e : root->findChildren<QLineEdit*>())
        texts << e->text();
    for (const auto* b : root->findChildren<QAbstractButton*>())
        texts << b->text();
    return texts;
}

} // namespace

class DeviceWizardTest : public QObject
{
    Q_OBJECT

  private:
    std::unique_ptr<GuiFixture> m_f;

    ui::MainWindow& window() { return *m_f->window; }
    DeviceWizard* wizard() { return window().wizard(); }
    QAbstractButton* next() { return wizard()->button(QWizard::NextButton); }

    void showWindow() { showAndWaitForMachine(window()); }

    void activateMainWindow()
    {
        QApplication::setActiveWindow(&window());
        QVERIFY(QTest::qWaitForWindowActive(&window()));
    }

    // Alt+B / Alt+N, as a person presses them. A mnemonic "animates" its button, so the
    // click lands a moment later: wait for the page to change.
    void mnemonicBack()
    {
        const int before = wizard()->currentId();
        press(Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(wizard()->currentId(), before - 1);
    }
    void mnemonicNext()
    {
        const int before = wizard()->currentId();
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard()->currentId(), before + 1);
    }

    QString cidForCurrentIid()
    {
        const auto& iid = wizard()->session().installationId();
        return QString::fromStdString(licensing::SimulatedActivationCentre::confirmationIdFor(*iid).digits());
    }

    // Enter on the first pages: machine, program; then the key; stops on the IID page.
    void keyboardToInstallationId()
    {
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::MachinePageId));
        QCOMPARE(focused(), next());
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProgramPageId));
        QCOMPARE(focused(), child<QTreeWidget>(wizard(), "programTreeWidget"));
        QCOMPARE(wizard()->field(QStringLiteral("program")).toString(), QStringLiteral("win7-esu-y1"));
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProductKeyPageId));
        QCOMPARE(focused()->objectName(), QStringLiteral("productKeyGroup1LineEdit"));
        type(kKey);
        QCOMPARE(focused(), child<QPushButton>(wizard(), "installKeyPushButton"));
        press(Qt::Key_Return);
        QVERIFY(wizard()->session().key().has_value());
        // The step just done reads as done, not as a key found on arrival.
        const QString done =
            T("actdesk::ui::ProductKeyPage",
              "The product key for %1 is installed. Choose Next to get the installation ID.");
        const QString shown = child<QLabel>(wizard(), "productKeyInstructionLabel")->text();
        QVERIFY2(shown.startsWith(done.section(QStringLiteral("%1"), 0, 0)) &&
                     shown.endsWith(done.section(QStringLiteral("%1"), 1)),
                 qPrintable(shown));
        QCOMPARE(focused(), next());
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::InstallationIdPageId));
    }

  private Q_SLOTS:
    void initTestCase() { installCheckedTranslators(); }

    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        m_f->addRoleTabs(); // as in the app: the keyboard flow must work with the tab bar there
        showWindow();
    }

    void cleanup()
    {
        ui::ConfirmDialog::setNextAnswer(true); // never block on the "quit?" question
        m_f.reset();
        ui::ConfirmDialog::setNextAnswer(std::nullopt);
    }

    void simulationBannerIsShown()
    {
        auto* banner = child<QLabel>(&window(), "simulationBannerLabel");
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
                 T("actdesk::ui::MainWindow", "SIMULATION: this is a simulated Windows machine for "
                                              "training and tests. Nothing here changes a real licence."));
        QCOMPARE(window().windowTitle(), T("actdesk::ui::MainWindow", "Activation Desk (simulation)"));
    }

    void machinePageShowsTheMachineAndItsEsuLicences()
    {
        QCOMPARE(child<QLabel>(wizard(), "machineNameLabel")->text(), QStringLiteral("SIM-WIN7-01"));
        auto* skus = child<QTreeWidget>(wizard(), "esuLicencesTreeWidget");
        QCOMPARE(skus->topLevelItemCount(), 3);
        QCOMPARE(skus->topLevelItem(0)->text(1), statusText(licensing::LicenseStatus::Unlicensed));
        QVERIFY(next()->isEnabled());
        QVERIFY(m_f->observer.has(workflow::Step::Prerequisites, workflow::Outcome::Succeeded));
    }

    void fullActivationFromTheKeyboardReachesLicensed()
    {
        keyboardToInstallationId();

        // The IID: nine numbered groups of large digits; read aloud, one group at a time.
        auto* display = child<ui::GroupedIdDisplay>(wizard(), "installationIdDisplay");
        const auto& iid = wizard()->session().installationId();
        QVERIFY(iid.has_value());
        QCOMPARE(display->groups().size(), 9);
        QCOMPARE(display->digitsOnlyText(), QString::fromStdString(iid->digits()));
        QCOMPARE(focused(), child<QPushButton>(wizard(), "readAloudPushButton"));
        press(Qt::Key_Return);
        auto* reader = wizard()->findChild<ui::ReadAloudDialog*>();
        QVERIFY(reader);
        QVERIFY(QTest::qWaitForWindowActive(reader));
        QTRY_COMPARE(focused(), reader->view());
        const auto groups = iid->groups();
        QCOMPARE(child<QLabel>(reader, "readAloudDigitsLabel")->text(), QString::fromStdString(groups[0]));
        press(Qt::Key_Space);
        QCOMPARE(child<QLabel>(reader, "readAloudDigitsLabel")->text(), QString::fromStdString(groups[1]));
        press(Qt::Key_Backspace);
        QCOMPARE(child<QLabel>(reader, "readAloudDigitsLabel")->text(), QString::fromStdString(groups[0]));
        for (int i = 0; i < 9; ++i)
            press(Qt::Key_Space); // past the last group: reading is done
        QTRY_VERIFY(!wizard()->findChild<ui::ReadAloudDialog*>());
        activateMainWindow();
        QCOMPARE(focused(), next());

        // The activation line (the training centre): copy the IID, paste it there, Enter.
        QApplication::clipboard()->clear();
        press(Qt::Key_D, Qt::AltModifier); // "Copy digits only"
        QTRY_COMPARE(QApplication::clipboard()->text(), QString::fromStdString(iid->digits()));
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ActivationCentreWindow* centre = window().activationCentre();
        QVERIFY(centre);
        QVERIFY(QTest::qWaitForWindowExposed(centre));
        QApplication::setActiveWindow(centre);
        QVERIFY(QTest::qWaitForWindowActive(centre));
        centre->installationIdLineEdit()->setFocus();
        press(Qt::Key_V, Qt::ControlModifier);
        press(Qt::Key_Return);
        const QString cid = centre->confirmationIdDisplay()->digitsOnlyText();
        QCOMPARE(cid, cidForCurrentIid());
        QCOMPARE(
            child<QLabel>(centre, "simulationBannerLabel")->text(),
            T("actdesk::ui::ActivationCentreWindow",
              "SIMULATION: these confirmation IDs work only on the simulated machine, never on a real one."));
        centre->close();
        activateMainWindow();
        QCOMPARE(focused(), next());
        press(Qt::Key_Return);

        // The CID, typed as the agent reads it, with a typo in group C caught on the spot.
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ConfirmationIdPageId));
        auto* entry = child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry");
        QCOMPARE(focused(), entry->groupEdit(0));
        type(cid.mid(0, 12) + withTypo(cid.mid(12, 6)));
        QCOMPARE(entry->groupState(2), ui::GroupedIdEntry::GroupState::Invalid);
        QCOMPARE(focused()->objectName(), QStringLiteral("confirmationGroupCLineEdit"));
        ids::IdError groupC{ids::IdType::ConfirmationId, ids::IdErrorKind::CheckDigit};
        groupC.badGroups = {2};
        QCOMPARE(entry->message(), text::ErrorText::idError(groupC)); // names group C
        QVERIFY2(!next()->isEnabled(), "a wrong group must stop the wizard before anything is applied");
        press(Qt::Key_Return); // Enter does not get past a wrong group either
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ConfirmationIdPageId));
        QVERIFY(!m_f->observer.has(workflow::Step::Deposit, workflow::Outcome::Succeeded));
        press(Qt::Key_A, Qt::ControlModifier);
        type(cid.mid(12, 6));
        QCOMPARE(focused()->objectName(), QStringLiteral("confirmationGroupDLineEdit"));
        type(cid.mid(18));
        QVERIFY(entry->isComplete());
        QCOMPARE(focused(), next());
        press(Qt::Key_Return);

        // Apply and verify.
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ApplyPageId));
        QCOMPARE(child<QLabel>(wizard(), "summaryKeyLabel")->text(),
                 QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-6789B"));
        QCOMPARE(focused(), child<QPushButton>(wizard(), "applyPushButton"));
        auto* step6 = child<QLabel>(wizard(), "step6Label");
        QVERIFY2(step6->text().startsWith(QStringLiteral("\u25B6 6.")), qPrintable(step6->text()));
        press(Qt::Key_Return);
        // Licensed: every step is ticked, the last one too, and a screen reader hears it.
        QVERIFY2(step6->text().startsWith(QStringLiteral("\u2713 6.")), qPrintable(step6->text()));
        QCOMPARE(step6->accessibleName(), T("actdesk::ui::StepList", "Current step, done: %1")
                                              .arg(T("actdesk::ui::StepList", "Apply and verify")));
        QCOMPARE(
            child<QLabel>(wizard(), "resultLabel")->text(),
            T("actdesk::ui::ApplyPage", "\u2713 %1").arg(statusText(licensing::LicenseStatus::Licensed)));
        const auto& year1 = m_f->catalog.find("win7-esu-y1")->activationId;
        QCOMPARE(wizard()->session().status(), std::optional(licensing::LicenseStatus::Licensed));
        QVERIFY(m_f->observer.has(workflow::Step::Deposit, workflow::Outcome::Succeeded));
        QVERIFY(m_f->observer.has(workflow::Step::Verify, workflow::Outcome::Succeeded));

        // Every step was recorded, none with the full key.
        for (auto step : {workflow::Step::Prerequisites, workflow::Step::Program, workflow::Step::ProductKey,
                          workflow::Step::InstallationId, workflow::Step::ConfirmationId})
            QVERIFY2(m_f->observer.has(step, workflow::Outcome::Succeeded), workflow::stepKey(step));
        for (const auto& e : m_f->observer.events) {
            QVERIFY(e.simulation);
            QVERIFY(e.partialKey.empty() || e.partialKey == "6789B");
            QVERIFY(e.detail.find("HJKMP") == std::string::npos);
        }

        // Done starts over; the first page now shows Year 1 as Licensed.
        QCOMPARE(focused(), wizard()->button(QWizard::FinishButton));
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard()->currentId(), int(DeviceWizard::MachinePageId));
        waitForMachine(window());
        auto* skus = child<QTreeWidget>(wizard(), "esuLicencesTreeWidget");
        QCOMPARE(skus->topLevelItem(0)->text(1), statusText(licensing::LicenseStatus::Licensed));
        // A new activation: nothing is ticked yet.
        QVERIFY2(child<QLabel>(wizard(), "step6Label")->text().startsWith(QStringLiteral("\u2002 6.")),
                 qPrintable(child<QLabel>(wizard(), "step6Label")->text()));
        Q_UNUSED(year1);
        // ... and the program page suggests Year 2 next.
        press(Qt::Key_Return);
        QCOMPARE(wizard()->field(QStringLiteral("program")).toString(), QStringLiteral("win7-esu-y2"));
    }

    // The IID handed over without reading it aloud: copied, pasted into the training centre,
    // the centre closed again. Enter in the main window then goes on to step 5 (it used to
    // read the IID aloud once more: the focus had stayed on "Read aloud").
    void enterGoesOnAfterTheIidWasCopiedToTheCentre_data()
    {
        QTest::addColumn<int>("copyKey");
        QTest::addColumn<bool>("menuShortcut");
        QTest::addColumn<QString>("closeWith");
        QTest::newRow("digits, Alt+A, window closed") << int(Qt::Key_D) << false << QStringLiteral("window");
        QTest::newRow("digits, Ctrl+Shift+C, Esc") << int(Qt::Key_D) << true << QStringLiteral("Esc");
        QTest::newRow("grouped, Alt+A, Close button") << int(Qt::Key_G) << false << QStringLiteral("button");
        QTest::newRow("typed, Ctrl+Shift+C, Esc") << 0 << true << QStringLiteral("Esc");
    }

    void enterGoesOnAfterTheIidWasCopiedToTheCentre()
    {
        QFETCH(int, copyKey);
        QFETCH(bool, menuShortcut);
        QFETCH(QString, closeWith);
        keyboardToInstallationId();
        // On arrival Enter still reads aloud: on the phone that comes first.
        QCOMPARE(focused(), child<QPushButton>(wizard(), "readAloudPushButton"));
        auto* display = child<ui::GroupedIdDisplay>(wizard(), "installationIdDisplay");
        const QString copied = copyKey == Qt::Key_D ? display->digitsOnlyText() : display->groupedText();

        if (copyKey) {
            QApplication::clipboard()->clear();
            press(Qt::Key(copyKey), Qt::AltModifier);
            QTRY_COMPARE(QApplication::clipboard()->text(), copied);
            // Handed over: Enter now means "next step", as after reading aloud.
            QCOMPARE(focused(), next());
        }

        if (menuShortcut)
            press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        else
            press(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(window().activationCentre() && window().activationCentre()->isVisible());
        ui::ActivationCentreWindow* centre = window().activationCentre();
        QApplication::setActiveWindow(centre);
        QVERIFY(QTest::qWaitForWindowActive(centre));
        QCOMPARE(focused(), centre->installationIdLineEdit());
        if (copyKey)
            press(Qt::Key_V, Qt::ControlModifier);
        else
            type(copied); // read off the screen
        press(Qt::Key_Return);
        QCOMPARE(centre->confirmationIdDisplay()->digitsOnlyText(), cidForCurrentIid());

        if (closeWith == QLatin1String("Esc")) {
            press(Qt::Key_Escape);
        } else if (closeWith == QLatin1String("button")) {
            auto* close = child<QPushButton>(centre, "closeActivationCentrePushButton");
            QVERIFY(close && close->isVisible());
            for (int i = 0; i < 20 && focused() != close; ++i)
                press(Qt::Key_Tab);
            QCOMPARE(focused(), close);
            press(Qt::Key_Space);
        } else {
            centre->close(); // the window manager's close button
        }
        QTRY_VERIFY(!centre->isVisible());
        // The keyboard is back in the main window, on Next.
        QTRY_COMPARE(QApplication::activeWindow(), &window());
        QCOMPARE(focused(), next());
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ConfirmationIdPageId));
        QVERIFY(!wizard()->findChild<ui::ReadAloudDialog*>());

        // Back on step 4 from step 5 (nothing new to hand over), Enter still goes forward;
        // arriving at step 4 again from step 3 reads aloud first again.
        mnemonicBack();
        QCOMPARE(focused(), next());
        mnemonicBack();
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::InstallationIdPageId));
        QCOMPARE(focused(), child<QPushButton>(wizard(), "readAloudPushButton"));
    }

    // Reopening the centre: the ID from last time is selected, so a paste replaces it.
    void theCentreReopensReadyForTheNextId()
    {
        keyboardToInstallationId();
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(focused(), next());
        press(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(window().activationCentre() && window().activationCentre()->isVisible());
        ui::ActivationCentreWindow* centre = window().activationCentre();
        QApplication::setActiveWindow(centre);
        QVERIFY(QTest::qWaitForWindowActive(centre));
        press(Qt::Key_V, Qt::ControlModifier);
        press(Qt::Key_Escape);
        QTRY_COMPARE(QApplication::activeWindow(), &window());
        press(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(centre->isVisible());
        QApplication::setActiveWindow(centre);
        QVERIFY(QTest::qWaitForWindowActive(centre));
        QCOMPARE(focused(), centre->installationIdLineEdit());
        press(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(centre->installationIdLineEdit()->text(), QApplication::clipboard()->text());
        press(Qt::Key_Return);
        QCOMPARE(centre->confirmationIdDisplay()->digitsOnlyText(), cidForCurrentIid());
    }

    void aWrongGroupCanBeOverruledWhenTheAgentConfirmsIt()
    {
        keyboardToInstallationId();
        const QString cid = cidForCurrentIid();
        mnemonicNext();
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ConfirmationIdPageId));
        auto* entry = child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry");
        auto* overrule = child<QCheckBox>(wizard(), "overrideGroupCheckCheckBox");
        type(cid.mid(0, 12) + withTypo(cid.mid(12, 6)));
        QVERIFY2(!overrule->isVisible(), "offered only once every digit is typed");
        // Typing on as the agent reads: the digits go on into D to H, C stays wrong.
        type(cid.mid(18));
        QCOMPARE(entry->groupState(2), ui::GroupedIdEntry::GroupState::Invalid);
        QVERIFY(overrule->isVisible());
        QVERIFY(!overrule->isChecked());
        QVERIFY(!next()->isEnabled());

        press(Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(overrule->isChecked());
        QVERIFY(next()->isEnabled());
        // Changing a digit withdraws the override: it covers only the digits confirmed.
        entry->groupEdit(7)->setFocus();
        press(Qt::Key_End);
        press(Qt::Key_Backspace);
        QVERIFY(!overrule->isChecked());
        QVERIFY(!next()->isEnabled());
        type(cid.mid(47));
        press(Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(overrule->isChecked());
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard()->currentId(), int(DeviceWizard::ApplyPageId));
        const auto taken =
            std::find_if(m_f->observer.events.rbegin(), m_f->observer.events.rend(),
                         [](const auto& e) { return e.step == workflow::Step::ConfirmationId; });
        QVERIFY(taken != m_f->observer.events.rend());
        QCOMPARE(QString::fromStdString(taken->detail),
                 QStringLiteral("group check overridden by the operator: C"));

        // Windows (here the simulated service) still checks: the wrong CID licenses nothing.
        QCOMPARE(focused(), child<QPushButton>(wizard(), "applyPushButton"));
        press(Qt::Key_Return);
        QVERIFY(m_f->observer.has(workflow::Step::Deposit, workflow::Outcome::Failed));
        QVERIFY(wizard()->session().status() != std::optional(licensing::LicenseStatus::Licensed));
    }

    void onlyThePartialKeyIsShownOnceInstalled()
    {
        keyboardToInstallationId();
        mnemonicBack(); // back to the key page
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProductKeyPageId));
        auto* entry = child<ui::ProductKeyEntry>(wizard(), "productKeyEntry");
        QCOMPARE(entry->keyText(), QStringLiteral("----"));
        for (const QString& t : allVisibleTexts(&window())) {
            QVERIFY2(!t.contains(QStringLiteral("HJKMP")) && !t.contains(QStringLiteral("BCDFGHJKMP")),
                     qPrintable(t));
        }
        auto* useInstalled = child<QRadioButton>(wizard(), "useInstalledKeyRadioButton");
        QVERIFY(useInstalled->isVisible());
        QVERIFY(useInstalled->isChecked());
        QVERIFY(useInstalled->text().contains(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-6789B")));
    }

    void goingBackAndForthKeepsWhatWasTyped()
    {
        // A half-typed key survives a trip back to the program page.
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        type(QStringLiteral("BCDFGHJK"));
        mnemonicBack();
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProgramPageId));
        mnemonicNext();
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProductKeyPageId));
        auto* key = child<ui::ProductKeyEntry>(wizard(), "productKeyEntry");
        QCOMPARE(key->keyText(), QStringLiteral("BCDFG-HJK---"));
        key->clear();
        key->groupEdit(0)->setFocus();
        type(kKey);
        press(Qt::Key_Return); // install
        press(Qt::Key_Return); // next
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::InstallationIdPageId));
        const auto iidBefore = wizard()->session().installationId()->digits();
        mnemonicNext();

        // Half a CID, then all the way back to the program page and forward again.
        const QString cid = cidForCurrentIid();
        type(cid.left(24));
        auto* entry = child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry");
        QCOMPARE(entry->digits(), cid.left(24));
        for (int i = 0; i < 3; ++i)
            mnemonicBack();
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProgramPageId));
        for (int i = 0; i < 3; ++i)
            mnemonicNext();
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ConfirmationIdPageId));
        QCOMPARE(wizard()->session().installationId()->digits(), iidBefore);
        QCOMPARE(entry->digits(), cid.left(24));
        QCOMPARE(wizard()->field(QStringLiteral("cid.D")).toString(), cid.mid(18, 6));
        QCOMPARE(focused()->objectName(), QStringLiteral("confirmationGroupELineEdit"));
        type(cid.mid(24));
        QVERIFY(entry->isComplete());
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ApplyPageId));
    }

    void pasteOfFullWidthCidFillsEveryGroup()
    {
        keyboardToInstallationId();
        mnemonicNext();
        const QString cid = cidForCurrentIid();
        QString fullWidth;
        for (int i = 0; i < cid.size(); ++i) {
            if (i > 0 && i % 6 == 0)
                fullWidth += i == 24 ? QChar(0x30FC) : QChar(0x3000);
            fullWidth += QChar(0xFF10 + cid[i].digitValue());
        }
        QApplication::clipboard()->setText(fullWidth);
        auto* entry = child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry");
        entry->groupEdit(5)->setFocus(); // any field
        press(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(entry->digits(), cid);
        QVERIFY(entry->isComplete());
        QVERIFY(next()->isEnabled());
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ApplyPageId));
        QCOMPARE(child<QLabel>(wizard(), "summaryConfirmationIdLabel")->text().remove(QLatin1Char('-')), cid);
    }

    void aCidForAnotherIidIsRefusedInPlainWords()
    {
        keyboardToInstallationId();
        mnemonicNext();
        // A well-formed CID that belongs to some other installation ID.
        const auto other = ids::InstallationId::parseAscii(
            "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205");
        type(QString::fromStdString(
            licensing::SimulatedActivationCentre::confirmationIdFor(other.value()).digits()));
        press(Qt::Key_Return);
        press(Qt::Key_Return); // apply
        QCOMPARE(child<QLabel>(wizard(), "resultLabel")->text(),
                 T("actdesk::ui::ApplyPage", "\u2717 Not activated"));
        const QString details = child<ui::NoticeLabel>(wizard(), "resultDetailsLabel")->plainText();
        // What went wrong, the code, and what to do next.
        QCOMPARE(details,
                 text::ErrorText::licensingError(licensing::slError(licensing::SlError::CidIidMismatched)));
        QVERIFY(details.contains(QStringLiteral("0xC004F031")));
        QVERIFY(details.contains(text::ErrorText::licensingAdvice(0xC004F031)));
        QVERIFY(!wizard()->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(m_f->observer.has(workflow::Step::Deposit, workflow::Outcome::Failed));
    }

    void missingPrerequisitesAreListedInOrder()
    {
        auto options = GuiFixture::defaultOptions();
        options.prerequisitesInstalled = false;
        options.installedUpdates.clear();
        m_f = std::make_unique<GuiFixture>(options);
        showWindow();
        auto* notice = child<ui::NoticeLabel>(wizard(), "machineNoticeLabel");
        QVERIFY(notice->plainText().contains(QStringLiteral("0xC004F050")));
        const QString updates = child<QLabel>(wizard(), "prerequisitesLabel")->text();
        QCOMPARE(updates, QStringLiteral("1. KB4490628\n2. KB4474419\n3. KB4536952\n4. KB4538483"));
        QVERIFY(!next()->isEnabled());
        QCOMPARE(focused(), child<QPushButton>(wizard(), "checkAgainPushButton"));
    }

    void simulatedMachineCanBeSetUpFromTheGui()
    {
        // The dialog is modal: fill it in once it is up, like a person would.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<ui::SimulatedMachineDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->osComboBox()->setCurrentIndex(
                dialog->osComboBox()->findData(QStringLiteral("win2012r2")));
            QCOMPARE(dialog->nameLineEdit()->text(), QStringLiteral("SIM-WIN2012R2-01"));
            dialog->iidLengthComboBox()->setCurrentIndex(dialog->iidLengthComboBox()->findData(7));
            dialog->prerequisitesCheckBox()->setChecked(false);
            child<QPushButton>(dialog, "setUpPushButton")->click();
        });
        window().showSimulatedMachineSetup();
        waitForMachine(window());
        QCOMPARE(child<QLabel>(wizard(), "machineNameLabel")->text(), QStringLiteral("SIM-WIN2012R2-01"));
        QVERIFY(child<QLabel>(wizard(), "prerequisitesLabel")->text().contains(QStringLiteral("KB5017220")));
        QVERIFY(!next()->isEnabled());
        QVERIFY(child<QLabel>(&window(), "simulationBannerLabel")->isVisible());
    }

    void escapeDoesNotCloseTheWizard()
    {
        press(Qt::Key_Escape);
        QVERIFY(wizard()->isVisible());
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::MachinePageId));
    }

    void closingWithUnusedInputAsksFirst()
    {
        keyboardToInstallationId();
        mnemonicNext();
        type(QStringLiteral("123"));
        const int asked = ui::ConfirmDialog::askedCount();
        ui::ConfirmDialog::setNextAnswer(false);
        window().close();
        QCOMPARE(ui::ConfirmDialog::askedCount(), asked + 1);
        QVERIFY(window().isVisible());
        ui::ConfirmDialog::setNextAnswer(true);
        window().close();
        QVERIFY(!window().isVisible());
    }

    void windowGeometryIsRemembered()
    {
        window().resize(1010, 705);
        ui::ConfirmDialog::setNextAnswer(true);
        window().close();
        ui::MainWindow again(nullptr, QStringLiteral("closed"),
                             ui::MainWindowServices{m_f->catalog, m_f->clock, *m_f->settings, nullptr});
        QCOMPARE(again.size(), QSize(1010, 705));
    }

    void unusableBackendIsExplainedAndNotSimulated()
    {
        ui::MainWindow w(nullptr,
                         QStringLiteral("the Windows licensing backend is only available on Windows"),
                         ui::MainWindowServices{m_f->catalog, m_f->clock, *m_f->settings, nullptr});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.wizard());
        auto* problem = child<ui::NoticeLabel>(&w, "backendProblemLabel");
        QVERIFY(problem->plainText().contains(QStringLiteral("only available on Windows")));
        QVERIFY(!child<QLabel>(&w, "simulationBannerLabel")->isVisible());
    }

    void tabsAreReachedWithControlAndANumber()
    {
        QTabWidget* tabs = window().tabs();
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(focused(), next());
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY2(focused() && tabs->widget(1)->isAncestorOf(focused()),
                 "the keyboard focus lands in the Desk view");
        press(Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 3);
        QVERIFY(tabs->widget(3)->isAncestorOf(focused()));
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(focused(), next()); // back where the wizard's page wants it
        // The shortcut is named where the mouse user looks for it.
        QVERIFY(tabs->tabToolTip(1).contains(
            QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText)));
    }

    void journalViewGetsItsOwnTab()
    {
        m_f = std::make_unique<GuiFixture>(); // the wizard alone, without the role tabs
        showWindow();
        QTabWidget* tabs = window().tabs();
        QCOMPARE(tabs->count(), 1);
        QVERIFY(!tabs->tabBar()->isVisible()); // one tab: no tab bar
        auto* journal = new QLabel(QStringLiteral("journal"));
        window().setJournalView(journal);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->widget(1), journal);
        QCOMPARE(tabs->tabText(1), T("actdesk::ui::MainWindow", "Journal"));
        QVERIFY(tabs->tabBar()->isVisible());
        auto* desk = new QLabel(QStringLiteral("desk"));
        QCOMPARE(window().addView(desk, QStringLiteral("&Desk")), 2);
        QCOMPARE(tabs->widget(2), desk);

        // A view made on demand: nothing is built until its tab is opened, then once.
        int made = 0;
        const int lazy = window().addView(
            [&made]() -> QWidget* {
                ++made;
                auto* label = new QLabel(QStringLiteral("made on demand"));
                label->setObjectName(QStringLiteral("onDemandLabel"));
                return label;
            },
            QStringLiteral("&Later"));
        QCOMPARE(made, 0);
        QVERIFY(!tabs->widget(lazy)->findChild<QLabel*>(QStringLiteral("onDemandLabel")));
        tabs->setCurrentIndex(lazy);
        QCOMPARE(made, 1);
        QVERIFY(tabs->widget(lazy)->findChild<QLabel*>(QStringLiteral("onDemandLabel")));
        tabs->setCurrentIndex(0);
        tabs->setCurrentIndex(lazy);
        QCOMPARE(made, 1);
    }

    void helpExplainsThePhoneFlowAndAboutShowsTheVersion()
    {
        const QString html = ui::HelpDialog::helpHtml();
        QVERIFY(
            html.contains(T("actdesk::ui::HelpDialog",
                            "An ESU licence cannot be activated from \"Activate Windows\" in Control Panel "
                            "(System and Security > System). That only activates Windows itself.")
                              .toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("Activate Windows"))); // named as on screen, in both languages
        QVERIFY(html.contains(QStringLiteral("slmgr /dti")));
        press(Qt::Key_F1);
        auto* help = window().findChild<ui::HelpDialog*>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        // The help takes the keyboard: Page Down scrolls it, not the page behind.
        QTRY_COMPARE(QApplication::activeWindow(), help);
        QCOMPARE(focused(), help->browser());
        auto* scroll = help->browser()->verticalScrollBar();
        QVERIFY2(scroll->maximum() > 0, "the help should be longer than its window");
        press(Qt::Key_PageDown);
        QVERIFY(scroll->value() > 0);
        // F1 again while the help is open behind the window brings it back with the keyboard.
        activateMainWindow();
        QCOMPARE(QApplication::activeWindow(), &window());
        press(Qt::Key_F1);
        QTRY_COMPARE(QApplication::activeWindow(), help);
        QCOMPARE(focused(), help->browser());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!help->isVisible());

        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        ui::AboutDialog about;
        QVERIFY(about.versionText().contains(QStringLiteral("9.8.7")));
    }
};

QTEST_MAIN(DeviceWizardTest)
#include "test_device_wizard.moc"
