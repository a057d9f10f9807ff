// SPDX-License-Identifier: MIT
// "Restart as administrator" on the key step: the wizard hands the year and what was typed to
// the composition root's ElevationPort (on Windows: a DPAPI-sealed ticket and ShellExecuteEx
// runas), and the restarted program comes back at the key step with both. Also the ticket
// file itself: never the key in clear, read once, damage named.
#include "DelegatingLicensing.h"
#include "GuiTestSupport.h"
#include "ResumeTicket.h"
#include "ResumeTicketCheck.h"
#include "dialogs/ConfirmDialog.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ProductKeyEntry.h"
#include "wizard/DeviceWizard.h"
#include "wizard/ProductKeyPage.h"

#include <QFile>
#include <QPushButton>

using namespace actdesk;
using namespace actdesk::testing;

namespace {

// A standard user's token: Windows would refuse the key (0xC004F025).
class NotAdministrator final : public DelegatingLicensing
{
  public:
    using DelegatingLicensing::DelegatingLicensing;
    bool mayInstallProductKeys() const override { return false; }
};

class RecordingElevation final : public ui::ElevationPort
{
  public:
    bool restartElevated(const ui::ResumePoint& resume, QString& why) override
    {
        asked = resume;
        why = refusal;
        return refusal.isEmpty();
    }
    std::optional<ui::ResumePoint> asked;
    QString refusal; // empty: the elevated program "started"
};

// A reversible stand-in for DPAPI, so the test can tell sealed from clear.
app::gui::KeySeal xorSeal()
{
    const auto flip = [](const QByteArray& in) -> std::optional<QByteArray> {
        QByteArray out = in;
        for (auto& c : out)
            c = char(c ^ 0x5A);
        return out;
    };
    return {flip, flip};
}

} // namespace

class RestartElevatedTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;
    RecordingElevation m_elevation;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::DeviceWizard* wizard() { return m_window->wizard(); }

    void showWindow(std::unique_ptr<licensing::Licensing> licensing, ui::ElevationPort* elevation)
    {
        m_window = std::make_unique<ui::MainWindow>(
            std::move(licensing), QString(),
            ui::MainWindowServices{m_f->catalog, m_f->clock, *m_f->settings, nullptr, elevation});
    }

    // A fresh licensing backend on the fixture's simulated machine.
    std::unique_ptr<licensing::Licensing> machine()
    {
        auto opened = m_f->simulation.setUpMachine(GuiFixture::defaultOptions());
        if (!opened.ok())
            return nullptr;
        return std::move(opened).value();
    }

  private Q_SLOTS:
    void initTestCase() { installCheckedTranslators(); }
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        m_elevation = {};
    }
    void cleanup()
    {
        ui::ConfirmDialog::setNextAnswer(true);
        m_window.reset();
        m_f.reset();
    }

    void theKeyStepRestartsAsAdministratorAndComesBackWithWhatWasTyped()
    {
        showWindow(std::make_unique<NotAdministrator>(machine()), &m_elevation);
        showAndWaitForMachine(*m_window);
        press(Qt::Key_Return); // machine
        press(Qt::Key_Return); // the suggested year
        QCOMPARE(wizard()->currentId(), int(ui::DeviceWizard::ProductKeyPageId));
        const QString program = wizard()->field(QStringLiteral("program")).toString();
        auto* restart = child<QPushButton>(wizard(), "restartElevatedPushButton");
        QVERIFY(restart->isVisible());
        type(kKey.left(10)); // two groups typed, then the technician sees the notice
        restart->click();

        QVERIFY(m_elevation.asked);
        QCOMPARE(m_elevation.asked->program, program);
        QCOMPARE(m_elevation.asked->typedKey.remove(QLatin1Char('-')), kKey.left(10));
        QVERIFY2(!m_window->isVisible(), "the non-elevated window stays open after the restart");

        // The elevated program: the same machine, an administrator, resumed.
        const ui::ResumePoint resume = *m_elevation.asked;
        m_window.reset();
        showWindow(machine(), nullptr);
        m_window->resumeActivation(resume);
        showAndWaitForMachine(*m_window);
        QTRY_COMPARE(wizard()->currentId(), int(ui::DeviceWizard::ProductKeyPageId));
        QCOMPARE(wizard()->field(QStringLiteral("program")).toString(), program);
        auto* page = qobject_cast<ui::ProductKeyPage*>(wizard()->currentPage());
        QCOMPARE(page->entry()->keyText().remove(QLatin1Char('-')), kKey.left(10));
        QVERIFY(!child<QPushButton>(wizard(), "restartElevatedPushButton")->isVisible());
        QVERIFY(child<ui::NoticeLabel>(wizard(), "administratorNeededLabel")->plainText().isEmpty());
    }

    void aDeclinedPromptIsSaidAndNothingTypedIsLost()
    {
        m_elevation.refusal = QStringLiteral("the administrator prompt was declined.");
        showWindow(std::make_unique<NotAdministrator>(machine()), &m_elevation);
        showAndWaitForMachine(*m_window);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        type(kKey.left(5));
        child<QPushButton>(wizard(), "restartElevatedPushButton")->click();
        QVERIFY(m_window->isVisible());
        auto* page = qobject_cast<ui::ProductKeyPage*>(wizard()->currentPage());
        QCOMPARE(page->entry()->keyText().remove(QLatin1Char('-')), kKey.left(5));
        QVERIFY(child<ui::NoticeLabel>(wizard(), "productKeyNoticeLabel")->plainText().contains(m_elevation.refusal));
    }

    void withoutAPortThereIsNoButton()
    {
        showWindow(std::make_unique<NotAdministrator>(machine()), nullptr);
        showAndWaitForMachine(*m_window);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QVERIFY(!child<QPushButton>(wizard(), "restartElevatedPushButton")->isVisible());
        QVERIFY(!child<ui::NoticeLabel>(wizard(), "administratorNeededLabel")->plainText().isEmpty());
    }

    void theTicketHoldsTheKeySealedAndIsReadOnce()
    {
        checkResumeTicketRoundTrip(m_f->dir.path(), kKey, xorSeal());
    }

    void aKeyThatCannotBeOpenedIsLostNotGuessed()
    {
        QString error;
        const auto path = app::gui::ResumeTicket::write(m_f->dir.path(), {QStringLiteral("win10-esu-y1"), kKey},
                                                        xorSeal(), error);
        QVERIFY(path);
        const app::gui::KeySeal otherAccount{nullptr, [](const QByteArray&) -> std::optional<QByteArray> {
                                                 return std::nullopt;
                                             }};
        const auto reading = app::gui::ResumeTicket::take(*path, otherAccount, error);
        QVERIFY(reading);
        QVERIFY(reading->keyLost);
        QVERIFY(reading->resume.typedKey.isEmpty());
        QCOMPARE(reading->resume.program, QStringLiteral("win10-esu-y1"));
    }

    void aDamagedTicketIsNamed()
    {
        const QString path = m_f->dir.filePath(QStringLiteral("resume-broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"program\": ");
        file.close();
        QString error;
        QVERIFY(!app::gui::ResumeTicket::take(path, xorSeal(), error));
        QVERIFY2(error.contains(QStringLiteral("resume-broken.json")), qPrintable(error));
    }
};

QTEST_MAIN(RestartElevatedTest)
#include "test_restart_elevated.moc"
