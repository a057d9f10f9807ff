// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "dialogs/ConfirmDialog.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/HelpDialog.h"
#include "simulation/ActivationCentreWindow.h"
#include "simulation/SimulatedMachineDialog.h"
#include "simulation/SimulationBanner.h"
#include "simulation/SimulationControl.h"
#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "widgets/NoticeLabel.h"
#include "wizard/DeviceWizard.h"
#include "wizard/InstallationIdPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
}

MainWindow::MainWindow(std::unique_ptr<licensing::Licensing> licensing, const QString& backendProblem,
                       MainWindowServices services, QWidget* parent)
    : QMainWindow(parent), m_licensing(std::move(licensing)), m_backendProblem(backendProblem),
      m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));

    auto* central = new QWidget(this);
    central->setFont(appearance::readable(font()));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner =
        new SimulationBanner(tr("SIMULATION: this is a simulated Windows machine for training and tests. "
                                "Nothing here changes a real licence."),
                             central);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_activationTab = new QWidget(m_tabs);
    m_activationTab->setObjectName(QStringLiteral("activationTab"));
    m_activationLayout = new QVBoxLayout(m_activationTab);
    layout->addWidget(m_tabs, 1);
    addView(m_activationTab, tr("Activate this machine"), tr("Activate this machine step by step"));
    setCentralWidget(central);

    m_machineStatus = new QLabel(this);
    m_machineStatus->setObjectName(QStringLiteral("machineStatusLabel"));
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addPermanentWidget(m_machineStatus);

    buildMenus();
    updateChrome();

    if (!restoreGeometry(m_services.settings.value(kGeometryKey).toByteArray()))
        resize(1100, 740);
}

MainWindow::~MainWindow()
{
    // The wizard's session refers to the licensing backend: it goes first.
    delete m_wizard;
    delete m_centre;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    if (m_services.simulation) {
        QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
        QAction* setUp = sim->addAction(tr("Set up a simulated &machine..."), this,
                                        &MainWindow::showSimulatedMachineSetup);
        setUp->setObjectName(QStringLiteral("setUpSimulatedMachineAction"));
        QAction* centre =
            sim->addAction(tr("Activation &centre..."), this, &MainWindow::showActivationCentre);
        centre->setObjectName(QStringLiteral("activationCentreAction"));
        centre->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* how = help->addAction(tr("&How phone activation works"), this, &MainWindow::showHelp);
    how->setObjectName(QStringLiteral("helpAction"));
    how->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About Activation Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

ActivationCentreWindow* MainWindow::activationCentre() const
{
    return m_centre;
}

bool MainWindow::isSimulation() const
{
    return m_licensing ? m_licensing->isSimulation() : m_services.simulation != nullptr;
}

void MainWindow::addWorkflowObserver(workflow::WorkflowObserver* observer)
{
    if (!observer)
        return;
    m_observers.push_back(observer);
    if (m_wizard)
        m_wizard->session().addObserver(observer);
}

void MainWindow::setJournalView(QWidget* view)
{
    addView(view, tr("Journal"), tr("Every step of every activation"));
}

void MainWindow::setJournalView(ViewFactory makeView)
{
    addView(std::move(makeView), tr("Journal"), tr("Every step of every activation"));
}

namespace {

// Stands in for a view until its tab is first opened.
class LazyView : public QWidget
{
  public:
    LazyView(MainWindow::ViewFactory make, QWidget* parent) : QWidget(parent), m_make(std::move(make))
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    void build()
    {
        if (!m_make)
            return;
        QWidget* view = m_make();
        m_make = nullptr;
        if (view)
            layout()->addWidget(view);
    }

  private:
    MainWindow::ViewFactory m_make;
};

} // namespace

int MainWindow::addView(ViewFactory makeView, const QString& title, const QString& toolTip)
{
    if (!makeView)
        return -1;
    auto* lazy = new LazyView(std::move(makeView), m_tabs);
    const int index = addView(lazy, title, toolTip);
    connect(m_tabs, &QTabWidget::currentChanged, lazy, [this, lazy](int current) {
        if (m_tabs->widget(current) == lazy)
            lazy->build();
    });
    return index;
}

int MainWindow::addView(QWidget* view, const QString& title, const QString& toolTip)
{
    if (!view)
        return -1;
    view->setParent(m_tabs);
    const int index = m_tabs->addTab(view, title);
    QString tip = toolTip;
    if (index < 9) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, view, [this, view] { showTab(view); });
        const QString keysText = keys.toString(QKeySequence::NativeText);
        tip = tip.isEmpty() ? keysText : tr("%1 (%2)").arg(tip, keysText);
    }
    m_tabs->setTabToolTip(index, tip);
    return index;
}

void MainWindow::showTab(QWidget* view)
{
    m_tabs->setCurrentWidget(view);
    // Keyboard users land in the view, not nowhere: the wizard where its page wants them,
    // any other view on its first field or button.
    if (view == m_activationTab && m_wizard) {
        m_wizard->focusCurrentPage();
        return;
    }
    for (QWidget* w = view->nextInFocusChain(); w && w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::startNewActivation()
{
    if (m_wizard) {
        // May be called from the wizard's own "Done" button: let it finish first.
        m_wizard->hide();
        m_wizard->deleteLater();
        m_wizard = nullptr;
    }
    delete m_problemPanel;
    m_problemPanel = nullptr;

    if (m_licensing) {
        m_wizard = new DeviceWizard(*m_licensing, m_services.catalog, m_services.clock, m_observers,
                                    m_activationTab);
        connect(m_wizard, &DeviceWizard::activationFinished, this, &MainWindow::startNewActivation);
        connect(m_wizard, &DeviceWizard::activationCentreRequested, this, &MainWindow::showActivationCentre);
        m_wizard->setElevation(m_services.elevation);
        if (m_pendingResume) {
            m_wizard->resumeAt(*m_pendingResume);
            m_pendingResume.reset();
        }
        connect(m_wizard, &DeviceWizard::machineRead, this, [this](const QString& name, OsFamily os) {
            m_machineText = tr("Machine %1, %2").arg(name, text::CatalogText::osName(os));
            updateChrome();
        });
        connect(m_wizard, &QWizard::helpRequested, this, &MainWindow::showHelp);
        m_activationLayout->addWidget(m_wizard);
        m_wizard->show();
    } else {
        m_problemPanel = new QWidget(m_activationTab);
        m_problemPanel->setObjectName(QStringLiteral("backendProblemWidget"));
        auto* panelLayout = new QVBoxLayout(m_problemPanel);
        auto* notice = new NoticeLabel(m_problemPanel);
        notice->setObjectName(QStringLiteral("backendProblemLabel"));
        notice->showNotice(NoticeLabel::Kind::Error,
                           tr("The licensing service cannot be used, so nothing can be activated.\n%1")
                               .arg(m_backendProblem));
        panelLayout->addWidget(notice);
        if (m_services.simulation) {
            auto* setUp = new QPushButton(tr("Set up a simulated &machine..."), m_problemPanel);
            setUp->setObjectName(QStringLiteral("setUpSimulatedMachinePushButton"));
            connect(setUp, &QPushButton::clicked, this, &MainWindow::showSimulatedMachineSetup);
            panelLayout->addWidget(setUp, 0, Qt::AlignLeft);
        }
        panelLayout->addStretch(1);
        m_activationLayout->addWidget(m_problemPanel);
    }
    updateChrome();
}

void MainWindow::useLicensing(std::unique_ptr<licensing::Licensing> licensing)
{
    // Nothing may refer to the old backend once it is gone.
    delete m_wizard;
    m_wizard = nullptr;
    m_licensing = std::move(licensing);
    m_machineText.clear();
    m_backendProblem.clear();
    if (m_started)
        startNewActivation();
    else
        updateChrome();
}

void MainWindow::resumeActivation(const ResumePoint& resume)
{
    // Before the window is shown there is no wizard yet: the first one takes it.
    m_pendingResume = resume;
    if (m_wizard) {
        m_wizard->resumeAt(*m_pendingResume);
        m_pendingResume.reset();
    }
}

void MainWindow::updateChrome()
{
    const bool sim = isSimulation();
    m_banner->setVisible(sim);
    setWindowTitle(sim ? tr("Activation Desk (simulation)") : tr("Activation Desk"));
    QString status = m_licensing ? m_machineText : QString();
    if (sim)
        status = status.isEmpty() ? tr("Simulated licensing") : tr("%1 (simulated licensing)").arg(status);
    m_machineStatus->setText(status);
    // The status bar sizes itself from the UI font's Latin metrics; Japanese glyphs from a
    // CJK font are taller (on Windows: 18 px in a 14 px bar). The label asks for what it needs.
    m_machineStatus->setMinimumHeight(m_machineStatus->sizeHint().height());
}

void MainWindow::showSimulatedMachineSetup()
{
    if (!m_services.simulation)
        return;
    SimulatedMachineDialog dialog(m_services.catalog, m_services.simulation->stateDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto machine = m_services.simulation->setUpMachine(dialog.options());
    if (!machine) {
        m_backendProblem = text::ErrorText::licensingError(machine.error());
        statusBar()->showMessage(m_backendProblem);
        return;
    }
    useLicensing(std::move(machine).value());
    statusBar()->showMessage(tr("A new simulated machine is ready."), 10000);
}

void MainWindow::showActivationCentre()
{
    if (!m_services.simulation)
        return;
    // The installation ID goes to the centre instead of being read aloud: back in the
    // wizard, Enter goes on to the confirmation ID.
    if (auto* page = m_wizard ? qobject_cast<InstallationIdPage*>(m_wizard->currentPage()) : nullptr)
        page->markHandedOver();
    if (!m_centre)
        m_centre = new ActivationCentreWindow(*m_services.simulation, this);
    m_centre->show();
    m_centre->raise();
    m_centre->activateWindow();
}

void MainWindow::showHelp()
{
    auto* help = findChild<HelpDialog*>();
    if (!help) {
        help = new HelpDialog(this);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->show();
    help->raise();
    // The keyboard goes with it: Page Down and Tab must move through the help, not the window
    // behind it, also when F1 brings back a help window that was already open.
    help->activateWindow();
    help->browser()->setFocus(Qt::ActiveWindowFocusReason);
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_started) {
        m_started = true;
        startNewActivation();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_wizard && m_wizard->hasPendingInput() &&
        !ConfirmDialog::ask(
            this, tr("Quit Activation Desk?"),
            tr("What you typed (a product key or confirmation ID) has not been used yet and will "
               "be lost."),
            tr("&Quit anyway"), tr("&Keep working"))) {
        event->ignore();
        return;
    }
    m_services.settings.setValue(kGeometryKey, saveGeometry());
    m_services.settings.sync();
    if (m_centre)
        m_centre->close();
    event->accept();
}

} // namespace actdesk::ui
