// SPDX-License-Identifier: MIT
// Step 1 reads the licensing service off the UI thread. On a real machine slc.dll can wait
// many seconds for the Software Protection service after a start; the technician must see a
// painted window that says what it is doing, then what to do if it takes long, and the page
// must fill in by itself when the answer comes, with the keyboard on Next.
#include "DelegatingLicensing.h"
#include "GuiTestSupport.h"
#include "widgets/NoticeLabel.h"
#include "wizard/DeviceWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include <condition_variable>
#include <mutex>

using namespace actdesk;
using namespace actdesk::testing;
using namespace std::chrono_literals;

namespace {

// The simulated machine behind a gate: machine() blocks until the test opens it, as slc.dll
// blocks while sppsvc starts.
class GatedLicensing final : public DelegatingLicensing
{
  public:
    using DelegatingLicensing::DelegatingLicensing;

    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }

    Result<licensing::MachineInfo, licensing::LicensingError> machine() override
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_open; });
        return DelegatingLicensing::machine();
    }

  private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

QString pageText(const char* text, int n = -1)
{
    return QCoreApplication::translate("actdesk::ui::MachinePage", text, nullptr, n);
}

} // namespace

class MachineReadingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock;
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::gui::SimulatedEnvironment> m_simulation;
    GatedLicensing* m_gate = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::MachinePage* page() { return m_window->findChild<ui::MachinePage*>(QStringLiteral("machinePage")); }
    QString notice() { return child<ui::NoticeLabel>(page(), "machineNoticeLabel")->plainText(); }
    QAbstractButton* next() { return m_window->wizard()->button(QWizard::NextButton); }

    // The window with the gate closed, shown; the page is reading.
    void showGated(std::chrono::milliseconds patience)
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_simulation = std::make_unique<app::gui::SimulatedEnvironment>(m_dir.filePath(QStringLiteral("state")),
                                                                         m_catalog, m_clock);
        auto machine = m_simulation->setUpMachine(GuiFixture::defaultOptions());
        QVERIFY(machine.ok());
        auto gated = std::make_unique<GatedLicensing>(std::move(machine).value());
        m_gate = gated.get();
        m_window = std::make_unique<ui::MainWindow>(std::move(gated), QString(),
                                                    ui::MainWindowServices{m_catalog, m_clock, *m_settings, nullptr});
        m_window->addView([this] { return new ui::CallCentreView(m_catalog, nullptr, m_clock, QStringLiteral("tester"), nullptr); },
                          QStringLiteral("Call centre"));
        m_window->show();
        QVERIFY(page());
        page()->setPatience(patience);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

  private Q_SLOTS:
    void initTestCase() { installCheckedTranslators(); }

    void cleanup()
    {
        if (m_gate)
            m_gate->open(); // never leave a reader blocked behind a destroyed backend
        m_window.reset();
        m_gate = nullptr;
    }

    // The window is painted and responsive while the service has not answered.
    void theWindowSaysItIsReadingAndFillsInWhenTheServiceAnswers()
    {
        showGated(60s);
        QVERIFY(page()->isReading());
        QCOMPARE(notice(), pageText("Reading the licence state of this machine…"));
        QVERIFY(!next()->isEnabled());
        QVERIFY(!child<QTreeWidget>(page(), "esuLicencesTreeWidget")->isVisible());
        // The event loop runs meanwhile: the window paints.
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(50);
        QVERIFY(page()->isReading());

        m_gate->open();
        QTRY_VERIFY(!page()->isReading());
        QCOMPARE(child<QLabel>(page(), "machineNameLabel")->text(),
                 QString::fromStdString(GuiFixture::defaultOptions().name));
        QVERIFY(child<QTreeWidget>(page(), "esuLicencesTreeWidget")->topLevelItemCount() > 0);
        QVERIFY(next()->isEnabled());
        QCOMPARE(focused(), next()); // the keyboard flow goes on as if the reading were instant
        // The window's status line names the machine once it is known.
        QTRY_VERIFY(child<QLabel>(m_window.get(), "machineStatusLabel")
                        ->text()
                        .contains(QString::fromStdString(GuiFixture::defaultOptions().name)));
    }

    // Past its patience the page says what to do, and still fills in when the answer comes.
    void aSlowServiceIsExplainedAndTheAnswerStillArrives()
    {
        showGated(100ms);
        const QString slow = pageText("The simulated machine has not answered for %n second(s). Its state folder may be "
                                "on a slow or disconnected drive. This page fills in by itself when it answers.",
                                0);
        QTRY_COMPARE(notice(), slow);
        QVERIFY(page()->isReading());
        QVERIFY(!next()->isEnabled());
        m_gate->open();
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(notice() != slow);
    }

    // A user who moves on meanwhile (to the Call centre, typing a caller's machine) keeps the
    // keyboard: the end of the reading must not pull the focus back to Next.
    void theFocusIsNotTakenFromAUserWhoMovedOn()
    {
        showGated(60s);
        auto* tabs = m_window->findChild<QTabWidget*>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("callMachineLineEdit"));
        QVERIFY(field);
        QTRY_VERIFY(field->isVisible());
        QTest::mouseClick(field, Qt::LeftButton);
        QTest::keyClicks(field, QStringLiteral("PC-12"));
        m_gate->open();
        QTRY_VERIFY(!page()->isReading());
        QCOMPARE(focused(), field);
        QCOMPARE(field->text(), QStringLiteral("PC-12"));
    }
};

QTEST_MAIN(MachineReadingTest)
#include "test_machine_reading.moc"
