// SPDX-License-Identifier: MIT
// Every screen in the language of this run (ACTDESK_LANG: en or ja), checked to fit and
// saved as a screenshot (PNG) for people to look at. Run once per language by ctest.
//  - No label, button, tab, list column or combo box may be smaller than its text needs
//    (Japanese is often longer, and a clipped word on the phone costs a call), and no input
//    field (line edit, spin box, combo box) lower than its size hint.
//  - The window must fit a 1280 x 800 laptop screen on every page, and nothing may stick out
//    of its window (a layout wider than the window is cut off at the edge).
//  - A scroll area the Tab key stops at has something in it and an accessible name.
//  - A dark palette keeps every status colour readable (contrast 4.5:1 or better).
// Screenshots: $ACTDESK_SCREENSHOT_DIR (default: the build directory)/<lang>[-tag]/NN-name.png
#include "FontSetup.h"
#include "GuiTestSupport.h"
#include "Overflowing.h"
#include "text/JournalText.h"
#include "ScriptedDialogs.h"
#include "Translation.h"
#include "journalview/DamagedJournalDialog.h"
#include "journalview/JournalView.h"
#include "licensing/SimulatedActivationCentre.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/HelpDialog.h"
#include "simulation/ActivationCentreWindow.h"
#include "simulation/SimulatedMachineDialog.h"
#include "style/Appearance.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferStore.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ProductKeyEntry.h"
#include "widgets/ReadAloudDialog.h"
#include "widgets/ReadAloudView.h"
#include "wizard/DeviceWizard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTreeWidget>

using namespace actdesk;
using namespace actdesk::testing;
using ui::DeviceWizard;

namespace {

// The key as pasted, with hyphens (GuiTestSupport.h has it without).
const QString kPastedKey = QStringLiteral("BCDFG-HJKMP-QRTVW-XY234-6789B");

// Scroll areas the Tab key stops at: each must have something in it and a name a screen
// reader can say (an empty, unnamed stop is a Tab press that seems to go nowhere).
QStringList emptyOrUnnamedTabStops(const QWidget* root)
{
    QStringList problems;
    for (const QScrollArea* a : root->findChildren<QScrollArea*>()) {
        if (!a->isVisible() || !(a->focusPolicy() & Qt::TabFocus))
            continue;
        if (a->accessibleName().isEmpty())
            problems << QStringLiteral("%1 is a Tab stop without an accessible name").arg(describe(a));
        const auto* label = qobject_cast<const QLabel*>(a->widget());
        if (!a->widget() || (label && label->text().isEmpty()))
            problems << QStringLiteral("%1 is a Tab stop with nothing in it").arg(describe(a));
    }
    return problems;
}

} // namespace

class GuiScreensTest : public QObject
{
    Q_OBJECT

  private:
    QString m_language;
    QDir m_shots;
    std::unique_ptr<GuiFixture> m_f;

    DeviceWizard* wizard() { return m_f->window->wizard(); }

    void start(const licensing::SimulatedMachineOptions& options = GuiFixture::defaultOptions())
    {
        m_f = std::make_unique<GuiFixture>(options);
        m_f->addRoleTabs(); // the window as people see it, with its tab bar
        showAndWaitForMachine(*m_f->window);
    }

    // Checks that `w` fits and saves it as NN-name.png.
    void shoot(QWidget* w, const QString& name)
    {
        QCoreApplication::processEvents();
        // Saved first, so a failure below can be looked at.
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(m_shots.filePath(name + QStringLiteral(".png"))));
        const QStringList problems = overflowing(w) + emptyOrUnnamedTabStops(w);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("[%1] %2: ").arg(m_language, name) +
                                                problems.join(QStringLiteral("\n  "))));
    }

    void fitsLaptopScreen()
    {
        const QSize min = m_f->window->minimumSizeHint();
        QVERIFY2(min.width() <= 1280 && min.height() <= 760,
                 qPrintable(QStringLiteral("[%1] page %2 needs at least %3x%4")
                                .arg(m_language)
                                .arg(wizard()->currentId())
                                .arg(min.width())
                                .arg(min.height())));
    }

    void next()
    {
        const int before = wizard()->currentId();
        QVERIFY(wizard()->button(QWizard::NextButton)->isEnabled());
        wizard()->next();
        QCOMPARE(wizard()->currentId(), before + 1);
        fitsLaptopScreen();
    }

    void installKey()
    {
        auto* entry = child<ui::ProductKeyEntry>(wizard(), "productKeyEntry");
        entry->setText(kPastedKey);
        child<QPushButton>(wizard(), "installKeyPushButton")->click();
        QVERIFY(wizard()->session().key().has_value());
    }

    // A window lower than the default (a smaller screen, the user's choice, or fonts taller
    // than CI's) squeezes nothing on a step: the page scrolls as a whole instead, and on step 5
    // keeps the focused group in view.
    void lowerWindowSqueezesNothing(const QString& name)
    {
        const QSize size = m_f->window->size();
        m_f->window->resize(size.width(), 560);
        QCoreApplication::processEvents();
        QStringList problems = overflowing(m_f->window.get());
        const auto* area = wizard()->currentPage()->findChild<QScrollArea*>(
            wizard()->currentPage()->objectName() + QStringLiteral("ScrollArea"));
        if (!area || area->verticalScrollBar()->maximum() == 0) {
            problems << QStringLiteral("the page does not scroll");
        } else if (wizard()->currentPage()->objectName() == QLatin1String("confirmationIdPage")) {
            // Scrolled to the bottom, then the focus moves to group A: A comes into view.
            QApplication::setActiveWindow(m_f->window.get());
            QVERIFY(QTest::qWaitForWindowActive(m_f->window.get()));
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
            child<QLineEdit>(wizard(), "confirmationGroupHLineEdit")->setFocus();
            auto* a = child<QLineEdit>(wizard(), "confirmationGroupALineEdit");
            a->setFocus();
            QCoreApplication::processEvents();
            if (!area->viewport()->rect().contains(
                    QRect(a->mapTo(area->viewport(), QPoint(0, 0)), a->size())))
                problems << QStringLiteral("the focused group A is out of view");
        }
        m_f->window->resize(size);
        QCoreApplication::processEvents();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("[%1] %2, window 560 px high: ").arg(m_language, name) +
                            problems.join(QStringLiteral("\n  "))));
    }

    QString cid()
    {
        const auto& iid = wizard()->session().installationId();
        return QString::fromStdString(licensing::SimulatedActivationCentre::confirmationIdFor(*iid).digits());
    }

  private Q_SLOTS:
    void initTestCase()
    {
        // As the application sets itself up (app/gui/main.cpp).
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setApplicationVersion(QStringLiteral(ACTDESK_VERSION));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-desk.png")));
        // The fonts this run claims to have (ci-fonts or extra-fonts) are the ones in use.
        const QString fonts = fontSetupProblem();
        QVERIFY2(fonts.isEmpty(), qPrintable(fonts));
        m_language = app::installTranslators(*qApp);
        ui::appearance::applyLanguageFonts(m_language);
        if (m_language == QLatin1String("ja")) {
            // The catalogue really is in use: Japanese text, not the English source.
            QVERIFY(QCoreApplication::translate("actdesk::ui::DeviceWizard", "&Next >") !=
                    QLatin1String("&Next >"));
        }
        const QString tag = qEnvironmentVariable("ACTDESK_SCREENSHOT_TAG");
        QString root = qEnvironmentVariable("ACTDESK_SCREENSHOT_DIR");
        if (root.isEmpty())
            root = QStringLiteral(ACTDESK_SCREENSHOT_DEFAULT_DIR);
        m_shots.setPath(root + QLatin1Char('/') + m_language +
                        (tag.isEmpty() ? QString() : QLatin1Char('-') + tag));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    }

    void cleanup() { m_f.reset(); }

    void everyStepOfASuccessfulActivation()
    {
        start();
        fitsLaptopScreen();
        shoot(m_f->window.get(), QStringLiteral("01-machine"));
        next();
        shoot(m_f->window.get(), QStringLiteral("02-program"));
        next();
        installKey();
        shoot(m_f->window.get(), QStringLiteral("03-product-key"));
        next();
        shoot(m_f->window.get(), QStringLiteral("04-installation-id"));
        if (m_language == QLatin1String("ja")) {
            // An instruction, not a statement; and the simulation hint says シミュレーション once.
            QVERIFY(QCoreApplication::translate("actdesk::ui::InstallationIdPage",
                                                "Call the Microsoft activation line for your country or region. "
                                                "When asked, read out these nine groups. The agent then reads you "
                                                "the confirmation ID: write it down or type it on the next page.")
                        .contains(QStringLiteral("電話をかけてください")));
            const QString hint = child<QLabel>(wizard(), "simulationHintLabel")->text();
            QVERIFY2(!hint.contains(QStringLiteral("シミュレーション: シミュレーション")), qPrintable(hint));
        }

        child<QPushButton>(wizard(), "readAloudPushButton")->click();
        auto* reader = wizard()->findChild<ui::ReadAloudDialog*>();
        QVERIFY(reader);
        QVERIFY(QTest::qWaitForWindowExposed(reader));
        QTest::keyClick(reader->view(), Qt::Key_Space);
        QTest::keyClick(reader->view(), Qt::Key_Space);
        shoot(reader, QStringLiteral("05-read-aloud"));
        reader->close();

        next();
        const QString digits = cid();
        auto* entry = child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry");
        QString typo = digits.left(24);
        typo[13] = QChar(u'0' + (typo[13].digitValue() + 1) % 10); // a slip in group C
        entry->setText(typo);
        QCOMPARE(entry->groupState(2), ui::GroupedIdEntry::GroupState::Invalid);
        shoot(m_f->window.get(), QStringLiteral("06-confirmation-id-typo"));
        // Every digit typed, group C still wrong: the agent may confirm it and overrule the check.
        typo = digits;
        typo[13] = QChar(u'0' + (typo[13].digitValue() + 1) % 10);
        entry->setText(typo);
        QVERIFY(child<QCheckBox>(wizard(), "overrideGroupCheckCheckBox")->isVisible());
        shoot(m_f->window.get(), QStringLiteral("21-confirmation-id-overrule"));
        lowerWindowSqueezesNothing(QStringLiteral("21-confirmation-id-overrule"));
        entry->setText(digits);
        QVERIFY(entry->isComplete());
        next();
        child<QPushButton>(wizard(), "applyPushButton")->click();
        QVERIFY(wizard()->button(QWizard::FinishButton)->isEnabled());
        shoot(m_f->window.get(), QStringLiteral("07-licensed"));
    }

    void aFailedActivationSaysWhatToDo()
    {
        start();
        next();
        next();
        installKey();
        next();
        next();
        const auto other = ids::InstallationId::parseAscii(
            "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205");
        child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry")
            ->setText(QString::fromStdString(
                licensing::SimulatedActivationCentre::confirmationIdFor(other.value()).digits()));
        next();
        child<QPushButton>(wizard(), "applyPushButton")->click();
        QVERIFY(!wizard()->button(QWizard::FinishButton)->isEnabled());
        shoot(m_f->window.get(), QStringLiteral("08-not-activated"));
    }

    void missingPrerequisites()
    {
        auto options = GuiFixture::defaultOptions();
        options.prerequisitesInstalled = false;
        options.installedUpdates.clear();
        start(options);
        fitsLaptopScreen();
        shoot(m_f->window.get(), QStringLiteral("09-missing-prerequisites"));
    }

    void simulationWindows()
    {
        start();
        next();
        next();
        installKey();
        next();
        m_f->window->showActivationCentre();
        ui::ActivationCentreWindow* centre = m_f->window->activationCentre();
        QVERIFY(QTest::qWaitForWindowExposed(centre));
        centre->installationIdLineEdit()->setText(
            child<ui::GroupedIdDisplay>(wizard(), "installationIdDisplay")->groupedText());
        centre->computeConfirmationId();
        QCOMPARE(centre->confirmationIdDisplay()->digitsOnlyText(), cid());
        shoot(centre, QStringLiteral("10-activation-centre"));
        centre->close();

        ui::SimulatedMachineDialog setup(m_f->catalog, m_f->simulation.stateDirectory(), m_f->window.get());
        setup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup));
        // The banner is a band around its text, not twice its height.
        auto* banner = child<QLabel>(&setup, "simulationBannerLabel");
        QVERIFY2(banner->height() <= banner->heightForWidth(banner->width()),
                 qPrintable(QStringLiteral("banner %1 px high for %2 px of text")
                                .arg(banner->height())
                                .arg(banner->heightForWidth(banner->width()))));
        shoot(&setup, QStringLiteral("11-simulated-machine"));
    }

    void helpAndAbout()
    {
        start();
        ui::HelpDialog help(m_f->window.get());
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        if (m_language == QLatin1String("ja"))
            QVERIFY(ui::HelpDialog::helpHtml().contains(QStringLiteral("コントロール パネル")));
        shoot(&help, QStringLiteral("12-help"));
        ui::AboutDialog about(m_f->window.get());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        shoot(&about, QStringLiteral("13-about"));
    }

    // Without a phone line: the request saved for the desk (the QR code with the machine
    // name), the response opened and Licensed, and a damaged response refused.
    void transferFileSteps()
    {
        // The stick as Linux mounts it: a folder named by its label.
        QTemporaryDir mounts;
        QVERIFY(QDir(mounts.path()).mkdir(QStringLiteral("ESU-STICK")));
        const QString stick = mounts.filePath(QStringLiteral("ESU-STICK/requests.adtx"));
        start();
        next();
        next();
        installKey();
        next();
        ScriptedDialogs dialogs;
        dialogs.saveAs = dialogs.open = stick;
        wizard()->setFileDialogs(&dialogs);
        child<QCheckBox>(wizard(), "qrMachineNameCheckBox")->setChecked(true);
        wizard()->findChild<QAction*>(QStringLiteral("requestThisYearAction"))->trigger();
        const auto* saved = child<ui::NoticeLabel>(wizard(), "installationIdFileNoticeLabel");
        QCOMPARE(saved->kind(), ui::NoticeLabel::Kind::Success);
        // Named by the stick and the file, not by where the stick happens to be mounted.
        QVERIFY2(saved->plainText().contains(QStringLiteral("ESU-STICK/requests.adtx")),
                 qPrintable(saved->plainText()));
        QVERIFY2(!saved->plainText().contains(mounts.path()), qPrintable(saved->plainText()));
        shoot(m_f->window.get(), QStringLiteral("18-request-saved"));
        lowerWindowSqueezesNothing(QStringLiteral("18-request-saved"));
        // The QR checkbox shares a corner with the code and the copy buttons: it must overlap
        // neither.
        auto* page = wizard()->currentPage();
        auto rectOf = [page](const QWidget* w) { return QRect(w->mapTo(page, QPoint(0, 0)), w->size()); };
        const QRect box = rectOf(child<QCheckBox>(wizard(), "qrMachineNameCheckBox"));
        for (const char* name : {"installationIdQrLabel", "copyDigitsPushButton", "copyGroupedPushButton"})
            QVERIFY2(!box.intersects(rectOf(child<QWidget>(wizard(), name))), name);

        auto loaded = transfer::loadTransferFile(stick);
        QVERIFY(loaded.ok());
        const QByteArray answered = [&] {
            auto file = loaded->file;
            for (auto& item : file.items)
                (void)transfer::answerFromSimulatedCentre(
                    item, std::chrono::floor<std::chrono::seconds>(m_f->clock.nowUtc()));
            return transfer::serializeTransferFile(file);
        }();

        // A damaged answer first (a digit changed by hand): refused, nothing changes.
        QByteArray damaged = answered;
        const int at = int(damaged.indexOf("confirmation-id=")) + 20;
        damaged[at] = damaged[at] == '9' ? '0' : char(damaged[at] + 1);
        QVERIFY(transfer::writeAtomically(stick, damaged).ok());
        next();
        // No report yet: its area is no Tab stop; with one, it is (to scroll it) and is named.
        auto* reportArea = child<QScrollArea>(wizard(), "responseReportScrollArea");
        QVERIFY(!reportArea->isVisible());
        child<QPushButton>(wizard(), "openResponsePushButton")->click();
        QCOMPARE(child<ui::NoticeLabel>(wizard(), "responseReportLabel")->kind(),
                 ui::NoticeLabel::Kind::Error);
        QVERIFY(reportArea->isVisible());
        QVERIFY(reportArea->focusPolicy() & Qt::TabFocus);
        QVERIFY(!reportArea->accessibleName().isEmpty());
        shoot(m_f->window.get(), QStringLiteral("19-response-refused"));

        QVERIFY(transfer::writeAtomically(stick, answered).ok());
        child<QPushButton>(wizard(), "openResponsePushButton")->click();
        QCOMPARE(child<ui::NoticeLabel>(wizard(), "responseReportLabel")->kind(),
                 ui::NoticeLabel::Kind::Success);
        QVERIFY(wizard()->button(QWizard::FinishButton)->isVisible());
        fitsLaptopScreen();
        shoot(m_f->window.get(), QStringLiteral("20-response-licensed"));
    }

    void darkPaletteStaysReadable()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x30, 0x31, 0x34));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        for (const QPalette& p : {light, dark}) {
            for (const QColor& c : {ui::appearance::successColor(p), ui::appearance::errorColor(p),
                                    ui::appearance::warningColor(p)}) {
                QVERIFY2(ui::appearance::contrastRatio(c, p.color(QPalette::Window)) >= 4.5,
                         qPrintable(c.name()));
                QVERIFY2(ui::appearance::contrastRatio(c, p.color(QPalette::Base)) >= 4.5,
                         qPrintable(c.name()));
            }
        }
        QVERIFY(ui::appearance::contrastRatio(ui::appearance::simulationForeground(),
                                              ui::appearance::simulationBackground()) >= 7.0);

        QApplication::setPalette(dark);
        start();
        next();
        next();
        installKey();
        next();
        next();
        const QString digits = cid();
        QString typo = digits;
        typo[13] = QChar(u'0' + (typo[13].digitValue() + 1) % 10);
        child<ui::GroupedIdEntry>(wizard(), "confirmationIdEntry")->setText(typo);
        shoot(m_f->window.get(), QStringLiteral("14-dark-confirmation-id"));
        QApplication::setPalette(light);
    }

    // A damaged journal: the question asked at start, and the Journal tab when the user chose
    // to go on without a journal.
    void damagedJournal()
    {
        start();
        workflow::JournalError damaged;
        damaged.kind = workflow::JournalError::Kind::Corrupt;
        damaged.location = "/home/technician/.local/share/ActivationDesk/activation-desk/journal.sqlite";
        damaged.detail = "exec: database disk image is malformed Unable to execute statement [11]";
        ui::DamagedJournalDialog offer(text::JournalText::problem(damaged),
                                       QString::fromStdString(damaged.location), m_f->window.get());
        offer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&offer));
        shoot(&offer, QStringLiteral("30-damaged-journal"));

        // Sentences joined in code read as one message: Japanese has no gap after its full stop.
        const QString declined = text::JournalText::declinedFreshBeside(damaged);
        QVERIFY2(!declined.contains(QStringLiteral("\u3002 ")), qPrintable(declined));
        QVERIFY2(!text::JournalText::stepNotRecorded(damaged).contains(QStringLiteral("\u3002 ")),
                 qPrintable(text::JournalText::stepNotRecorded(damaged)));

        ui::JournalView view;
        view.setNotRecording(declined);
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        shoot(&view, QStringLiteral("31-journal-off"));
    }
};

QTEST_MAIN(GuiScreensTest)
#include "test_gui_screens.moc"
