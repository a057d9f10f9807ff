// SPDX-License-Identifier: MIT
// The Device wizard without a phone line: the IID as a QR code a phone can scan (decoded
// back with zbarimg, as a phone camera would), the activation sheet printed or saved as PDF
// (read back with pdftotext), and the USB-stick round trip: two simulated machines save
// their requests into one transfer file, the simulated centre answers it, and each machine
// opens the response and is Licensed for exactly its own product. A damaged file changes
// nothing. Driven from the keyboard; run in English and in Japanese (ACTDESK_LANG).
#include "CliRun.h"
#include "GuiTestSupport.h"
#include "ScriptedDialogs.h"
#include "Translation.h"
#include "common/ConfirmDialog.h"
#include "licensing/SimulatedLicensing.h"
#include "messages/CatalogText.h"
#include "messages/ErrorText.h"
#include "messages/TransferText.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferStore.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/NoticeLabel.h"
#include "wizard/DeviceWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace actdesk;
using namespace actdesk::testing;
using actdesk::test::readAll;
using actdesk::test::writeAll;
using ui::DeviceWizard;

namespace {

const QString kKey2 = QStringLiteral("QRTVWXY2346789BBCDFGHJKMPQ");

QString T(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("(%1 did not finish)").arg(program);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// What a phone camera reads from the widget as it is on screen: zbarimg prints
// "QR-Code:<payload>".
QString decodeOnScreenQr(QWidget* qr, const QString& png)
{
    if (!qr->grab().save(png))
        return QStringLiteral("(could not save %1)").arg(png);
    return run(QStringLiteral(ZBARIMG), {QStringLiteral("-q"), png}).trimmed();
}

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
}

licensing::SimulatedMachineOptions machineNamed(const char* name, OsFamily os)
{
    auto options = GuiFixture::defaultOptions();
    options.name = name;
    options.os = os;
    return options;
}

} // namespace

class WizardPaperTransferTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static DeviceWizard* wizardOf(GuiFixture& f) { return f.window->wizard(); }

    static void activate(GuiFixture& f)
    {
        showAndWaitForMachine(*f.window);
    }

    // From the keyboard: machine, program (the suggested Year 1), key; stops on the IID page.
    static void keyboardToInstallationId(GuiFixture& f)
    {
        activate(f);
        DeviceWizard* w = wizardOf(f);
        QCOMPARE(w->currentId(), int(DeviceWizard::MachinePageId));
        press(Qt::Key_Return);
        QCOMPARE(w->currentId(), int(DeviceWizard::ProgramPageId));
        press(Qt::Key_Return);
        QCOMPARE(w->currentId(), int(DeviceWizard::ProductKeyPageId));
        type(kKey);
        press(Qt::Key_Return); // install
        QVERIFY(w->session().key().has_value());
        press(Qt::Key_Return); // next
        QCOMPARE(w->currentId(), int(DeviceWizard::InstallationIdPageId));
        QVERIFY(w->session().installationId().has_value());
    }

    // A mnemonic "animates" its button: the click lands a moment later.
    static void mnemonic(Qt::Key key) { press(key, Qt::AltModifier); }

    // "Save request for the desk" (Alt+K) opens its menu in a nested event loop: once it is
    // shown, walk down to the item with the arrow keys and press Enter, as a person would.
    static void saveRequestFromMenu(GuiFixture& f, ScriptedDialogs& dialogs, const char* actionName)
    {
        const int asked = dialogs.asked;
        QPointer<QWidget> hadFocus = focused();
        auto* poll = new QTimer(qApp);
        const QString wanted = QLatin1String(actionName);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, wanted] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu || !menu->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            for (int i = 0; i < 5 && !(menu->activeAction() && menu->activeAction()->objectName() == wanted);
                 ++i)
                QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        poll->start(10);
        // The mnemonic's click animation ends with clicked(); until then the button ignores
        // its shortcut (a person is never that fast).
        QSignalSpy clicked(child<QPushButton>(wizardOf(f), "saveRequestPushButton"), &QPushButton::clicked);
        mnemonic(Qt::Key_K);
        QTRY_COMPARE(dialogs.asked, asked + 1);
        QTRY_COMPARE(clicked.count(), 1);
        // The offscreen platform does not give the window back its activation and focus when
        // a popup closes, as a desktop does.
        QTRY_VERIFY(!QApplication::activePopupWidget());
        activate(f);
        if (hadFocus)
            hadFocus->setFocus(Qt::PopupFocusReason);
    }

    static void mnemonicNext(GuiFixture& f)
    {
        const int before = wizardOf(f)->currentId();
        mnemonic(Qt::Key_N);
        QTRY_COMPARE(wizardOf(f)->currentId(), before + 1);
    }

    static licensing::LicenseStatus statusOf(GuiFixture& f, const char* program)
    {
        // Read from the machine's state directory, as a fresh start of the program would.
        auto machine =
            licensing::SimulatedLicensing::open(f.simulation.stateDirectory().toStdString(), f.clock);
        if (!machine)
            return licensing::LicenseStatus::Unknown;
        const auto id = f.catalog.find(program)->activationId;
        auto status = machine.value()->licenseStatus(id);
        return status ? status.value() : licensing::LicenseStatus::Unknown;
    }

    static QString productName(GuiFixture& f, const char* program)
    {
        return text::CatalogText::programYear(*f.catalog.find(program));
    }

    static ui::NoticeLabel* notice(GuiFixture& f, const char* name)
    {
        return child<ui::NoticeLabel>(wizardOf(f), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString language = app::installTranslators(*qApp);
        if (language == QLatin1String("ja"))
            QVERIFY(T("actdesk::ui::InstallationIdPage", "&Print sheet…") != QLatin1String("&Print sheet…"));
    }

    void cleanup()
    {
        // Never block on the "quit?" question when a window with typed input goes away.
        ui::ConfirmDialog::setNextAnswer(true);
    }

    void qrCodeHoldsTheDigitsAndTheNameOnlyWhenAsked()
    {
        GuiFixture f;
        keyboardToInstallationId(f);
        const QString digits = QString::fromStdString(wizardOf(f)->session().installationId()->digits());
        auto* qr = child<QLabel>(wizardOf(f), "installationIdQrLabel");
        auto* withName = child<QCheckBox>(wizardOf(f), "qrMachineNameCheckBox");
        QVERIFY(qr && qr->isVisible());
        QVERIFY(withName && withName->isVisible());
        QCOMPARE(withName->text(),
                 T("actdesk::ui::InstallationIdPage", "Include &machine name in the QR code"));

        // By default: the digits, nothing else (no key, no name).
        QVERIFY(!withName->isChecked());
        const QString plain = decodeOnScreenQr(qr, m_tmp.filePath(QStringLiteral("qr-plain.png")));
        QCOMPARE(plain, QStringLiteral("QR-Code:") + digits);

        // Alt+M ticks "Include machine name": the name comes first, on a line of its own.
        mnemonic(Qt::Key_M);
        QTRY_VERIFY(withName->isChecked());
        const QString named = decodeOnScreenQr(qr, m_tmp.filePath(QStringLiteral("qr-named.png")));
        QCOMPARE(named, QStringLiteral("QR-Code:SIM-WIN7-01\n") + digits);
        for (const QString& decoded : {plain, named})
            QVERIFY2(!decoded.contains(QStringLiteral("6789B")) && !decoded.contains(kKey.left(10)),
                     "a QR code must never carry the product key");
    }

    void activationSheetIsPrintedAndSavedAsPdf()
    {
        GuiFixture f;
        ScriptedDialogs dialogs;
        keyboardToInstallationId(f);
        wizardOf(f)->setFileDialogs(&dialogs);
        const auto& iid = *wizardOf(f)->session().installationId();

        // Save sheet as PDF… (Alt+V)
        dialogs.saveAs = m_tmp.filePath(QStringLiteral("sheet.pdf"));
        mnemonic(Qt::Key_V);
        QTRY_COMPARE(dialogs.asked, 1);
        QTRY_VERIFY(QFile::exists(dialogs.saveAs));
        QString text = pdfText(dialogs.saveAs);
        for (const auto& group : iid.groups())
            QVERIFY2(text.contains(QString::fromStdString(group)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("SIM-WIN7-01")));
        QVERIFY(!text.contains(kKey.left(10)));
        QCOMPARE(notice(f, "installationIdFileNoticeLabel")->kind(), ui::NoticeLabel::Kind::Success);

        // Print sheet… (Alt+P) on the printer the user chose (here one that prints to a PDF).
        dialogs.printTo = m_tmp.filePath(QStringLiteral("printed.pdf"));
        mnemonic(Qt::Key_P);
        QTRY_COMPARE(dialogs.asked, 2);
        QTRY_VERIFY(QFile::exists(dialogs.printTo));
        text = pdfText(dialogs.printTo);
        for (const auto& group : iid.groups())
            QVERIFY2(text.contains(QString::fromStdString(group)), qPrintable(text));

        // Cancelling the dialog writes nothing.
        dialogs.saveAs = m_tmp.filePath(QStringLiteral("never.pdf"));
        dialogs.saveAs.clear();
        mnemonic(Qt::Key_V);
        QTRY_COMPARE(dialogs.asked, 3);
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never.pdf"))));
    }

    void aRequestForTheChosenYearOrForEveryYear()
    {
        GuiFixture f;
        ScriptedDialogs dialogs;
        keyboardToInstallationId(f); // a key for Year 1
        // Back to the program page (Alt+B twice), Year 2, its own key, its IID.
        for (int i = 0; i < 2; ++i) {
            const int before = wizardOf(f)->currentId();
            mnemonic(Qt::Key_B);
            QTRY_COMPARE(wizardOf(f)->currentId(), before - 1);
        }
        press(Qt::Key_Down);
        QCOMPARE(wizardOf(f)->field(QStringLiteral("program")).toString(), QStringLiteral("win7-esu-y2"));
        press(Qt::Key_Return);
        type(kKey2);
        press(Qt::Key_Return); // install
        press(Qt::Key_Return); // next
        QCOMPARE(wizardOf(f)->currentId(), int(DeviceWizard::InstallationIdPageId));
        wizardOf(f)->setFileDialogs(&dialogs);

        auto programsIn = [](const QString& path) {
            QStringList programs;
            auto loaded = transfer::loadTransferFile(path);
            if (loaded)
                for (const auto& item : loaded->file.items)
                    programs << QString::fromStdString(item.program);
            return programs;
        };
        dialogs.saveAs = m_tmp.filePath(QStringLiteral("this-year.adtx"));
        saveRequestFromMenu(f, dialogs, "requestThisYearAction");
        QCOMPARE(programsIn(dialogs.saveAs), QStringList{QStringLiteral("win7-esu-y2")});

        dialogs.saveAs = m_tmp.filePath(QStringLiteral("every-year.adtx"));
        saveRequestFromMenu(f, dialogs, "requestAllYearsAction");
        QCOMPARE(programsIn(dialogs.saveAs),
                 (QStringList{QStringLiteral("win7-esu-y1"), QStringLiteral("win7-esu-y2")}));
        auto* saved = notice(f, "installationIdFileNoticeLabel");
        QCOMPARE(saved->kind(), ui::NoticeLabel::Kind::Success);
        for (const char* program : {"win7-esu-y1", "win7-esu-y2"})
            QVERIFY2(saved->plainText().contains(productName(f, program)), qPrintable(saved->plainText()));
        // Year 3 has no key: it is not asked for.
        QVERIFY(!saved->plainText().contains(productName(f, "win7-esu-y3")));
    }

    void twoMachinesActivateThroughOneTransferFile()
    {
        const QString stick = m_tmp.filePath(QStringLiteral("two-machines.adtx"));
        GuiFixture a(machineNamed("SIM-A", OsFamily::Windows7));
        GuiFixture b(machineNamed("SIM-B", OsFamily::Windows10));
        ScriptedDialogs dialogsA, dialogsB;
        dialogsA.saveAs = dialogsA.open = stick;
        dialogsB.saveAs = dialogsB.open = stick;

        // Each machine saves its request (Alt+K, "Save request for the desk…") into the same file.
        for (auto [f, dialogs, program] :
             {std::tuple{&a, &dialogsA, "win7-esu-y1"}, std::tuple{&b, &dialogsB, "win10-esu-y1"}}) {
            keyboardToInstallationId(*f);
            QCOMPARE(wizardOf(*f)->field(QStringLiteral("program")).toString(), QLatin1String(program));
            wizardOf(*f)->setFileDialogs(dialogs);
            auto iidEvents = [f] {
                return std::count_if(f->observer.events.begin(), f->observer.events.end(), [](const auto& e) {
                    return e.step == workflow::Step::InstallationId && e.outcome == workflow::Outcome::Succeeded;
                });
            };
            const auto iidEventsBefore = iidEvents();
            saveRequestFromMenu(*f, *dialogs, "requestThisYearAction");
            auto* saved = notice(*f, "installationIdFileNoticeLabel");
            QCOMPARE(saved->kind(), ui::NoticeLabel::Kind::Success);
            QVERIFY2(saved->plainText().contains(productName(*f, program)), qPrintable(saved->plainText()));
            // Where it went: the folder (the stick) and the file name.
            const QString where =
                QFileInfo(stick).absoluteDir().dirName() + QLatin1Char('/') + QFileInfo(stick).fileName();
            QVERIFY2(saved->plainText().contains(where), qPrintable(saved->plainText()));
            // The request went through the workflow, so it is journaled like the phone flow.
            QCOMPARE(iidEvents(), iidEventsBefore + 1);
            // Machine B adds to the file machine A made: the dialog must not offer to replace it.
            QCOMPARE(dialogs->lastExisting, ui::FileDialogs::Existing::AddTo);
        }
        auto loaded = transfer::loadTransferFile(stick);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->file.items.size(), std::size_t(2));
        QVERIFY(loaded->file.items[0].machineName == "SIM-A" && loaded->file.items[1].machineName == "SIM-B");
        QVERIFY(!readAll(stick).contains("HJKMP")); // never the full key

        // At the desk: the simulated centre answers both (as `actdesk desk simulate` does).
        for (auto& item : loaded->file.items)
            QVERIFY(transfer::answerFromSimulatedCentre(
                        item, std::chrono::floor<std::chrono::seconds>(a.clock.nowUtc()))
                        .ok());
        QVERIFY(transfer::saveTransferFile(stick, loaded->file, loaded->version).ok());

        // Back at each machine: the CID page, Alt+O "Open response from the desk…".
        for (auto [f, dialogs, mine, other] : {std::tuple{&a, &dialogsA, "win7-esu-y1", "win7-esu-y2"},
                                               std::tuple{&b, &dialogsB, "win10-esu-y1", "win10-esu-y2"}}) {
            activate(*f);
            mnemonicNext(*f);
            QCOMPARE(wizardOf(*f)->currentId(), int(DeviceWizard::ConfirmationIdPageId));
            const int eventsBefore = int(f->observer.events.size());
            mnemonic(Qt::Key_O);
            QTRY_COMPARE(dialogs->asked, 2);

            auto* report = notice(*f, "responseReportLabel");
            QCOMPARE(report->kind(), ui::NoticeLabel::Kind::Success);
            QVERIFY2(
                report->plainText().contains(
                    T("actdesk::ui::TransferActions", "%1: applied. Licensed.").arg(productName(*f, mine))),
                qPrintable(report->plainText()));
            QVERIFY2(report->plainText().contains(QCoreApplication::translate(
                         "actdesk::ui::TransferActions", "%n item(s) for other machines left untouched.",
                         nullptr, 1)),
                     qPrintable(report->plainText()));
            const QString licensed = text::ErrorText::licenseStatus(licensing::LicenseStatus::Licensed);
            QCOMPARE(
                child<QLabel>(wizardOf(*f), "responseResultLabel")->text(),
                T("actdesk::ui::ConfirmationIdPage", "\u2713 %1: %2").arg(productName(*f, mine), licensed));

            // Exactly its own product is Licensed; the deposit and the check were journaled.
            QCOMPARE(statusOf(*f, mine), licensing::LicenseStatus::Licensed);
            QVERIFY(statusOf(*f, other) != licensing::LicenseStatus::Licensed);
            bool deposited = false, verified = false;
            for (std::size_t i = std::size_t(eventsBefore); i < f->observer.events.size(); ++i) {
                const auto& e = f->observer.events[i];
                deposited = deposited ||
                            (e.step == workflow::Step::Deposit && e.outcome == workflow::Outcome::Succeeded);
                verified = verified ||
                           (e.step == workflow::Step::Verify && e.outcome == workflow::Outcome::Succeeded);
            }
            QVERIFY(deposited && verified);

            // Applied and verified from the response: steps 5 and 6 are both ticked.
            for (const char* name : {"step5Label", "step6Label"}) {
                const QString text = child<QLabel>(wizardOf(*f), name)->text();
                QVERIFY2(text.startsWith(QStringLiteral("\u2713 ")), qPrintable(text));
            }

            // Nothing is left to apply: Done (Enter) starts over, and step 1 shows Licensed.
            auto* done = wizardOf(*f)->button(QWizard::FinishButton);
            QVERIFY(done->isVisible() && done->isEnabled());
            QVERIFY(!wizardOf(*f)->button(QWizard::NextButton)->isVisible());
            press(Qt::Key_Return);
            QTRY_COMPARE(wizardOf(*f)->currentId(), int(DeviceWizard::MachinePageId));
            waitForMachine(*f->window);
            auto* skus = child<QTreeWidget>(wizardOf(*f), "esuLicencesTreeWidget");
            QCOMPARE(skus->topLevelItem(0)->text(1), licensed);
            QVERIFY(skus->topLevelItem(1)->text(1) != licensed);
        }

        // Both items are marked applied, each by its own machine.
        auto after = transfer::loadTransferFile(stick);
        QVERIFY(after.ok());
        for (const auto& item : after->file.items)
            QCOMPARE(item.status, transfer::ItemStatus::Applied);
    }

    void aDamagedResponseIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("kind");
        QTest::newRow("tampered CID")
            << QStringLiteral("tamper") << int(transfer::TransferError::Kind::ItemDigestMismatch);
        QTest::newRow("truncated") << QStringLiteral("truncate")
                                   << int(transfer::TransferError::Kind::Truncated);
        QTest::newRow("newer version")
            << QStringLiteral("newer") << int(transfer::TransferError::Kind::NewerVersion);
    }

    void aDamagedResponseIsRefusedAndChangesNothing()
    {
        QFETCH(QString, damage);
        QFETCH(int, kind);
        const QString stick = m_tmp.filePath(damage + QStringLiteral(".adtx"));
        GuiFixture f;
        ScriptedDialogs dialogs;
        dialogs.saveAs = dialogs.open = stick;
        keyboardToInstallationId(f);
        wizardOf(f)->setFileDialogs(&dialogs);
        saveRequestFromMenu(f, dialogs, "requestThisYearAction");
        QVERIFY(QFile::exists(stick));
        auto loaded = transfer::loadTransferFile(stick);
        QVERIFY(loaded.ok());
        QVERIFY(transfer::answerFromSimulatedCentre(
                    loaded->file.items[0], std::chrono::floor<std::chrono::seconds>(f.clock.nowUtc()))
                    .ok());
        QVERIFY(transfer::saveTransferFile(stick, loaded->file, loaded->version).ok());

        // Damage the answered file as a careless hand, a pulled stick or a newer program would.
        QByteArray bytes = readAll(stick);
        if (damage == QLatin1String("tamper")) {
            const int at = int(bytes.indexOf("confirmation-id=")) + int(qstrlen("confirmation-id=")) + 3;
            bytes[at] = bytes[at] == '9' ? '0' : char(bytes[at] + 1);
        } else if (damage == QLatin1String("truncate")) {
            bytes.truncate(bytes.size() * 2 / 3);
        } else {
            bytes.replace("ACTIVATION-DESK-TRANSFER 1", "ACTIVATION-DESK-TRANSFER 9");
        }
        QVERIFY(writeAll(stick, bytes));
        auto refused = transfer::loadTransferFile(stick);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().kind), kind);

        mnemonicNext(f);
        mnemonic(Qt::Key_O);
        QTRY_COMPARE(dialogs.asked, 2);
        auto* report = notice(f, "responseReportLabel");
        QCOMPARE(report->kind(), ui::NoticeLabel::Kind::Error);
        // The message names the problem (the same words the CLI uses), and says nothing changed.
        QVERIFY2(report->plainText().contains(text::TransferText::error(refused.error())),
                 qPrintable(report->plainText()));
        QVERIFY(report->plainText().contains(
            T("actdesk::ui::TransferActions", "Nothing was applied and nothing was changed.")));
        QVERIFY(child<QLabel>(wizardOf(f), "responseResultLabel")->text().isEmpty());
        QCOMPARE(readAll(stick), bytes);
        QVERIFY(statusOf(f, "win7-esu-y1") != licensing::LicenseStatus::Licensed);
        QVERIFY(!f.observer.has(workflow::Step::Deposit, workflow::Outcome::Succeeded));
        // The wizard still goes on to the typed confirmation ID and Apply.
        QVERIFY(!wizardOf(f)->button(QWizard::FinishButton)->isVisible());
        QCOMPARE(wizardOf(f)->currentId(), int(DeviceWizard::ConfirmationIdPageId));
    }
};

QTEST_MAIN(WizardPaperTransferTest)
#include "test_wizard_paper_transfer.moc"
