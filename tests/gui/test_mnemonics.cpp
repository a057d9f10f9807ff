// SPDX-License-Identifier: MIT
// Alt mnemonics on every screen, in English and in Japanese (ACTDESK_LANG): no two visible
// widgets of one window may share a letter (Qt then only moves the focus between them, and
// the button is never pressed), and no label may show its "&" on screen because it has no
// buddy to give the focus to. Japanese carries the mnemonic as a "(&X)" suffix.
//
// Checked as each screen is shown: the wizard's pages 1-6, the Desk (with a request open and
// training on), the Call centre (training on), the Journal, the training activation centre
// and the dialogs of the menus; the menu bar's menus count on every tab of the main window.
#include "GuiTestSupport.h"
#include "TransferTestSupport.h"
#include "Translation.h"
#include "common/ConfirmDialog.h"
#include "licensing/SimulatedActivationCentre.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/HelpDialog.h"
#include "simulation/ActivationCentreWindow.h"
#include "simulation/SimulatedMachineDialog.h"
#include "transfer/TransferStore.h"
#include "widgets/GroupedIdDisplay.h"
#include "wizard/DeviceWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>

using namespace actdesk;
using namespace actdesk::testing;
using ui::DeviceWizard;

namespace {

// The key a mnemonic text binds with Alt ("Copy &digits" and "数字のみ(&D)" both: D), or 0.
int mnemonicKey(const QString& text)
{
    const QKeySequence seq = QKeySequence::mnemonic(text);
    if (seq.isEmpty())
        return 0;
    return seq[0].key();
}

// True if the text holds a single "&" before a character: a mnemonic marker. "&&" is a
// literal ampersand, and "&" before a space is prose ("Print & save").
bool hasMnemonicMarker(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

QString describe(const QObject* o)
{
    return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
}

bool isRichText(const QLabel* l)
{
    return l->textFormat() == Qt::RichText ||
           (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
}

// What `window` shows now: every mnemonic owner by its key, and every label that shows a
// marker it cannot use.
struct Mnemonics
{
    QMap<int, QStringList> owners;
    QStringList strayMarkers;

    void add(const QString& text, const QString& who)
    {
        if (const int key = mnemonicKey(text))
            owners[key] << QStringLiteral("\"%1\" (%2)").arg(text, who);
    }

    QStringList clashes() const
    {
        QStringList out;
        for (auto it = owners.begin(); it != owners.end(); ++it)
            if (it.value().size() > 1)
                out << QStringLiteral("Alt+%1: %2")
                           .arg(QKeySequence(it.key()).toString(), it.value().join(QStringLiteral(", ")));
        return out;
    }
};

Mnemonics collect(QWidget* window)
{
    Mnemonics m;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : widgets) {
        // Only what is on screen, in this window (not in another top-level window it owns).
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            m.add(b->text(), describe(b));
        } else if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->buddy())
                m.add(l->text(), describe(l) + QStringLiteral(" for ") + describe(l->buddy()));
            else if (!isRichText(l) && hasMnemonicMarker(l->text()))
                m.strayMarkers << QStringLiteral("\"%1\" (%2)").arg(l->text(), describe(l));
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            m.add(g->title(), describe(g));
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (const QAction* a : bar->actions())
                if (a->isVisible())
                    m.add(a->text(), QStringLiteral("menu"));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    m.add(tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    return m;
}

} // namespace

class MnemonicsTest : public QObject
{
    Q_OBJECT

  private:
    QString m_language;
    std::unique_ptr<GuiFixture> m_f;
    QStringList m_problems;

    ui::MainWindow& window() { return *m_f->window; }
    DeviceWizard* wizard() { return window().wizard(); }

    // Records what is wrong with `window` as it is shown now; `screen` names it.
    void check(QWidget* window, const QString& screen)
    {
        QCoreApplication::processEvents();
        const Mnemonics m = collect(window);
        const QString where = QStringLiteral("[%1] %2: ").arg(m_language, screen);
        for (const QString& clash : m.clashes())
            m_problems << where + clash;
        for (const QString& stray : m.strayMarkers)
            m_problems << where + QStringLiteral("shows its mnemonic marker, no buddy: ") + stray;
        QVERIFY2(!m.owners.isEmpty(), qPrintable(where + QStringLiteral("no mnemonic found at all")));
    }

    // Fails naming every clash (QtTest cuts long messages short, so each one is also logged).
    void reportProblems()
    {
        for (const QString& p : std::as_const(m_problems))
            qWarning().noquote() << p;
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 mnemonic problem(s), first: %2")
                                                      .arg(m_problems.size())
                                                      .arg(m_problems.value(0))));
    }

    void checkWizardPage(const QString& state = {})
    {
        check(&window(), QStringLiteral("wizard page %1%2").arg(wizard()->currentId() + 1).arg(state));
    }

    void next()
    {
        const int before = wizard()->currentId();
        QVERIFY(wizard()->button(QWizard::NextButton)->isEnabled());
        wizard()->next();
        QCOMPARE(wizard()->currentId(), before + 1);
    }

    QString cid()
    {
        const auto& iid = wizard()->session().installationId();
        return QString::fromStdString(licensing::SimulatedActivationCentre::confirmationIdFor(*iid).digits());
    }

    template <typename View>
    View* openTab(int index)
    {
        window().tabs()->setCurrentIndex(index);
        QCoreApplication::processEvents();
        return window().tabs()->widget(index)->findChild<View*>();
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_language = app::installTranslators(*qApp);
        if (m_language == QLatin1String("ja"))
            QVERIFY(QCoreApplication::translate("actdesk::ui::DeviceWizard", "&Next >") !=
                    QLatin1String("&Next >"));
    }

    void init()
    {
        m_problems.clear();
        m_f = std::make_unique<GuiFixture>();
        m_f->addRoleTabs(); // the window as people see it: menus, tab bar, every role's tab
        showAndWaitForMachine(window());
    }

    void cleanup()
    {
        ui::ConfirmDialog::setNextAnswer(true); // never block on the "quit?" question
        m_f.reset();
        ui::ConfirmDialog::setNextAnswer(std::nullopt);
    }

    void theRecognisersWork()
    {
        QCOMPARE(mnemonicKey(QStringLiteral("Copy &digits only")), int(Qt::Key_D));
        QCOMPARE(mnemonicKey(QStringLiteral("数字のみコピー(&D)")), int(Qt::Key_D));
        QCOMPARE(mnemonicKey(QStringLiteral("Print && save")), 0);
        QVERIFY(hasMnemonicMarker(QStringLiteral("&Confirmation ID:")));
        QVERIFY(hasMnemonicMarker(QStringLiteral("確認 ID(&C):")));
        QVERIFY(!hasMnemonicMarker(QStringLiteral("Tom && Jerry, A & B")));
    }

    void wizardPages()
    {
        checkWizardPage();
        next();
        checkWizardPage();
        next();
        checkWizardPage();
        child<QLineEdit>(wizard(), "productKeyGroup1LineEdit")->setFocus();
        type(kKey);
        child<QPushButton>(wizard(), "installKeyPushButton")->click();
        QVERIFY(wizard()->session().key().has_value());
        checkWizardPage(QStringLiteral(", key installed"));
        next();
        checkWizardPage();
        wizard()->back(); // the key page again, now offering the installed key
        checkWizardPage(QStringLiteral(", back from step 4"));
        next();
        next();
        checkWizardPage();
        const QString digits = cid();
        type(digits);
        checkWizardPage(QStringLiteral(", all typed"));
        next();
        checkWizardPage();
        child<QPushButton>(wizard(), "applyPushButton")->click();
        QVERIFY(wizard()->button(QWizard::FinishButton)->isVisible());
        checkWizardPage(QStringLiteral(", licensed"));
        reportProblems();
    }

    void deskCallCentreAndJournal()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("requests.adtx"));
        transfer::TransferFile requests;
        requests.items = {test::request("PC-ALPHA", test::kWin7Y1, 11),
                          test::request("PC-BETA", test::kWin7Y1, 22)};
        QVERIFY(transfer::saveTransferFile(file, requests, transfer::DiskVersion{}).operator bool());

        auto* desk = openTab<ui::DeskQueueView>(1);
        QVERIFY(desk);
        check(&window(), QStringLiteral("Desk, nothing open"));
        QVERIFY(desk->openFile(file));
        auto* queue = child<QTableView>(desk, "deskQueueTable");
        queue->selectRow(0);
        child<QCheckBox>(desk, "deskTrainingCheckBox")->setChecked(true);
        QVERIFY(child<QWidget>(desk, "deskReasonLineEdit")->isVisible());
        check(&window(), QStringLiteral("Desk, a request open, training"));

        auto* calls = openTab<ui::CallCentreView>(2);
        QVERIFY(calls);
        check(&window(), QStringLiteral("Call centre"));
        child<QCheckBox>(calls, "callTrainingCheckBox")->setChecked(true);
        check(&window(), QStringLiteral("Call centre, training"));

        QVERIFY(openTab<QWidget>(3));
        check(&window(), QStringLiteral("Journal"));
        reportProblems();
    }

    void activationCentre()
    {
        next();
        next();
        child<QLineEdit>(wizard(), "productKeyGroup1LineEdit")->setFocus();
        type(kKey);
        child<QPushButton>(wizard(), "installKeyPushButton")->click();
        next();
        window().showActivationCentre();
        ui::ActivationCentreWindow* centre = window().activationCentre();
        QVERIFY(QTest::qWaitForWindowExposed(centre));
        check(centre, QStringLiteral("activation centre"));
        centre->installationIdLineEdit()->setText(
            child<ui::GroupedIdDisplay>(wizard(), "installationIdDisplay")->groupedText());
        centre->computeConfirmationId();
        QCOMPARE(centre->confirmationIdDisplay()->digitsOnlyText(), cid());
        check(centre, QStringLiteral("activation centre, confirmation ID shown"));
        reportProblems();

        // Alt+G there copies the confirmation ID with its hyphens.
        QApplication::setActiveWindow(centre);
        QVERIFY(QTest::qWaitForWindowActive(centre));
        QApplication::clipboard()->clear();
        press(Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), centre->confirmationIdDisplay()->groupedText());
    }

    void menuDialogs()
    {
        ui::SimulatedMachineDialog setup(m_f->catalog, m_f->simulation.stateDirectory(), &window());
        setup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup));
        check(&setup, QStringLiteral("set up a simulated machine"));
        ui::HelpDialog help(&window());
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        check(&help, QStringLiteral("help"));
        ui::AboutDialog about(&window());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        check(&about, QStringLiteral("about"));
        reportProblems();
    }
};

QTEST_MAIN(MnemonicsTest)
#include "test_mnemonics.moc"
