// SPDX-License-Identifier: MIT
// The Device wizard built for Windows, under Wine, driving the real SlcLicensing backend
// against the stand-in slc.dll (copied over system32\slc.dll of the test prefix; behind the
// SL API it runs the simulated machine the test sets up). From the keyboard, as a technician
// activates Windows 10 ESU Year 1 on the phone: program, key, IID, a mistyped CID group named,
// the right CID, Licensed. Run in English and in Japanese (ACTDESK_LANG).
#include "ElevatedRestart.h"
#include "GuiTestSupport.h"
#include "Overflowing.h"
#include "ResumeTicketCheck.h"
#include "Translation.h"
#include "dialogs/ConfirmDialog.h"
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/windows/SlcLicensing.h"
#include "text/ErrorText.h"
#include "simulation/SimulationBanner.h"
#include "support/WinTestSupport.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/GroupedIdEntry.h"
#include "wizard/DeviceWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace actdesk;
using namespace actdesk::testing;
using ui::DeviceWizard;

namespace {

QString T(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

// Each step meets the Linux screens' fit rules with the Windows build's style and fonts
// (Overflowing.h), in English and Japanese. With ACTDESK_SCREENSHOT_DIR set
// (scripts/windows-screenshots.sh, on Xvfb with the real windows platform plugin), the window
// is also saved as <dir>/<lang>-<name>.png.
void snap(QWidget& window, const char* name)
{
    // Layout requests beget layout requests (status bar, then main window): let them settle.
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QStringList problems = overflowing(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") +
                                            problems.join(QStringLiteral("\n  "))));
    const QString dir = qEnvironmentVariable("ACTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let the native window settle (Wine paints asynchronously)
    const QString lang = qEnvironmentVariable("ACTDESK_LANG", QStringLiteral("en"));
    const QString file =
        dir + QLatin1Char('/') + lang + QLatin1Char('-') + QLatin1String(name) + QStringLiteral(".png");
    QVERIFY2(window.grab().save(file), qPrintable(file));
}

QString withTypo(const QString& group)
{
    QString s = group;
    s[1] = QChar(u'0' + (s[1].digitValue() + 1) % 10);
    return s;
}

} // namespace

class WindowsWizardTest : public QObject
{
    Q_OBJECT

  private:
    std::unique_ptr<wintest::FakeMachine> m_machine;
    QTemporaryDir m_dir;
    FixedClock m_clock{kGuiNow};
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    std::unique_ptr<QSettings> m_settings;
    RecordingObserver m_observer;
    std::unique_ptr<ui::MainWindow> m_window;

    DeviceWizard* wizard() { return m_window->wizard(); }
    QAbstractButton* next() { return wizard()->button(QWizard::NextButton); }

    // The window as activation-desk.exe builds it on Windows: the slc.dll backend, no
    // simulation control. Under Wine every process is elevated; `elevated` = false stands
    // for a standard user's process (the token check itself: test_machine_and_process).
    void openWindow(bool elevated = true, ui::ElevationPort* elevation = nullptr)
    {
        licensing::SlcOptions options;
        options.processIsElevated = [elevated] { return elevated; };
        auto slc = licensing::SlcLicensing::open(options);
        QVERIFY2(slc.ok(), "SlcLicensing could not open the stand-in slc.dll");
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<ui::MainWindow>(
            std::move(slc).value(), QString(),
            ui::MainWindowServices{m_catalog, m_clock, *m_settings, nullptr, elevation});
        m_window->addWorkflowObserver(&m_observer);
        // A fresh Wine prefix starts its desktop with the first window: allow for it.
        showAndWaitForMachine(*m_window, 30000);
    }

    // Machine and program pages with Enter; the program is Windows 10 ESU Year 1.
    void enterToProductKey()
    {
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::MachinePageId));
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProgramPageId));
        QCOMPARE(wizard()->field(QStringLiteral("program")).toString(), QStringLiteral("win10-esu-y1"));
        press(Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProductKeyPageId));
        QCOMPARE(focused()->objectName(), QStringLiteral("productKeyGroup1LineEdit"));
    }

  private Q_SLOTS:
    void initTestCase() { installCheckedTranslators(); }

    void init()
    {
        m_machine = std::make_unique<wintest::FakeMachine>(wintest::MachineOptions{OsFamily::Windows10});
        m_observer.events.clear();
    }

    void cleanup()
    {
        ui::ConfirmDialog::setNextAnswer(true); // never block on the "quit?" question
        m_window.reset();
        ui::ConfirmDialog::setNextAnswer(std::nullopt);
        m_machine.reset();
    }

    void windows10Year1FromTheKeyboardReachesLicensed()
    {
        openWindow();
        // The real backend: no Simulation banner, no "(simulation)" in the title.
        const auto* banner = m_window->findChild<ui::SimulationBanner*>();
        QVERIFY(!banner || !banner->isVisible());
        QCOMPARE(m_window->windowTitle(), T("actdesk::ui::MainWindow", "Activation Desk"));
        // The machine page lists the three Windows 10 ESU years that slc.dll reports.
        auto* skus = child<QTreeWidget>(wizard(), "esuLicencesTreeWidget");
        QCOMPARE(skus->topLevelItemCount(), 3);
        QCOMPARE(skus->topLevelItem(0)->text(1),
                 text::ErrorText::licenseStatus(licensing::LicenseStatus::Unlicensed));
        snap(*m_window, "step1-machine");

        enterToProductKey();
        // An administrator is not told to become one.
        QVERIFY(child<QLabel>(wizard(), "administratorNeededLabel")->text().isEmpty());
        type(kKey);
        QCOMPARE(focused(), child<QPushButton>(wizard(), "installKeyPushButton"));
        press(Qt::Key_Return);
        QVERIFY2(wizard()->session().key().has_value(), "the key was not installed through slc.dll");
        QCOMPARE(focused(), next());
        press(Qt::Key_Return);

        // Step 4: the IID that slc.dll generated, in nine groups.
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::InstallationIdPageId));
        const auto& iid = wizard()->session().installationId();
        QVERIFY(iid.has_value());
        auto* display = child<ui::GroupedIdDisplay>(wizard(), "installationIdDisplay");
        QVERIFY(display);
        QCOMPARE(display->digitsOnlyText(), QString::fromStdString(iid->digits()));
        snap(*m_window, "step4-installation-id");

        // Step 5: the agent reads the CID; group C is mistyped and named at once.
        mnemonicNext();
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ConfirmationIdPageId));
        const QString cid =
            QString::fromStdString(licensing::SimulatedActivationCentre::confirmationIdFor(*iid).digits());
        auto* entry = child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry");
        QVERIFY(entry);
        QCOMPARE(focused(), entry->groupEdit(0));
        type(cid.mid(0, 12) + withTypo(cid.mid(12, 6)));
        QCOMPARE(entry->groupState(2), ui::GroupedIdEntry::GroupState::Invalid);
        snap(*m_window, "step5-mistyped-group");
        QVERIFY2(!next()->isEnabled(), "a wrong group must stop the wizard before anything is applied");
        QVERIFY(!m_observer.has(workflow::Step::Deposit, workflow::Outcome::Succeeded));
        press(Qt::Key_A, Qt::ControlModifier);
        type(cid.mid(12, 6));
        type(cid.mid(18));
        QVERIFY(entry->isComplete());
        press(Qt::Key_Return);

        // Step 6: deposited through SLDepositOfflineConfirmationId, verified Licensed.
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ApplyPageId));
        QCOMPARE(focused(), child<QPushButton>(wizard(), "applyPushButton"));
        press(Qt::Key_Return);
        QCOMPARE(child<QLabel>(wizard(), "resultLabel")->text(),
                 T("actdesk::ui::ApplyPage", "\u2713 %1")
                     .arg(text::ErrorText::licenseStatus(licensing::LicenseStatus::Licensed)));
        QCOMPARE(wizard()->session().status(), std::optional(licensing::LicenseStatus::Licensed));
        snap(*m_window, "step6-licensed");
        // The machine itself (the stand-in's state) holds the licence, and no step claims to
        // be a simulation.
        QCOMPARE(m_machine->simulator()->licenseStatus(m_machine->year(1)).value(),
                 licensing::LicenseStatus::Licensed);
        for (const auto& e : m_observer.events) {
            QVERIFY(!e.simulation);
            QVERIFY(e.partialKey.empty() || e.partialKey == "6789B");
        }
    }

    void keyStepWithoutAdministratorRightsSaysSo()
    {
        m_machine->control({{"elevated", "no"}});
        // As activation-desk.exe composes it: the way out is one button (not pressed here: it
        // would start this test program again, elevated).
        app::gui::ElevatedRestart elevation(m_dir.path());
        openWindow(/*elevated=*/false, &elevation);
        enterToProductKey();
        QVERIFY(child<QPushButton>(wizard(), "restartElevatedPushButton")->isVisible());
        // Said on arrival, before anything is typed or tried.
        auto* needsAdmin = child<QLabel>(wizard(), "administratorNeededLabel");
        QVERIFY(needsAdmin->isVisible());
        QVERIFY2(needsAdmin->text().contains(QStringLiteral("0xC004F025")), qPrintable(needsAdmin->text()));
        QVERIFY(!m_observer.has(workflow::Step::ProductKey, workflow::Outcome::Failed));
        snap(*m_window, "step3-needs-administrator");
        // Tried anyway, Windows refuses, and the page says what to do.
        type(kKey);
        press(Qt::Key_Return);
        QVERIFY(!wizard()->session().key().has_value());
        const QString notice = child<QLabel>(wizard(), "productKeyNoticeLabel")->text();
        QVERIFY2(notice.contains(
                     T("ErrorText", "Run Activation Desk as an administrator (elevated) and try again.")),
                 qPrintable(notice));
        QCOMPARE(wizard()->currentId(), int(DeviceWizard::ProductKeyPageId));
    }

    // The hand-over of "Restart as administrator": the typed key sealed with DPAPI for this
    // user (never in clear in the file), opened again by the restarted program, read once.
    void restartTicketIsSealedForThisUser()
    {
        checkResumeTicketRoundTrip(m_dir.path(), kKey, app::gui::ElevatedRestart::windowsKeySeal());
    }

  private:
    void mnemonicNext()
    {
        const int before = wizard()->currentId();
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard()->currentId(), before + 1);
    }
};

QTEST_MAIN(WindowsWizardTest)
#include "test_wizard_windows.moc"
