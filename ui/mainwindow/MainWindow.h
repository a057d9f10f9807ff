// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "licensing/Licensing.h"
#include "workflow/WorkflowEvent.h"

#include "wizard/ElevationPort.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSettings;
class QTabWidget;
class QVBoxLayout;

namespace actdesk::ui {

class ActivationCentreWindow;
class DeviceWizard;
class ElevationPort;
class SimulationBanner;
class SimulationControl;

// What the main window needs from the composition root. Nothing here is global.
struct MainWindowServices
{
    const catalog::Catalog& catalog;
    const Clock& clock;
    QSettings& settings;                     // window geometry
    SimulationControl* simulation = nullptr; // set when the simulated backend is in use
    ElevationPort* elevation = nullptr;      // "Restart as administrator" (Windows only)
};

// The Activation Desk window: the Device wizard in the "Activate this machine" tab, the
// Simulation banner and menu when the simulated backend is active, help and about.
class MainWindow : public QMainWindow
{
    Q_OBJECT

  public:
    // `licensing` may be null: `backendProblem` then says why, and the window offers what it can.
    MainWindow(std::unique_ptr<licensing::Licensing> licensing, const QString& backendProblem,
               MainWindowServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Observers see every step of every activation (the journal attaches here). Applies to
    // the current activation and every later one.
    void addWorkflowObserver(workflow::WorkflowObserver* observer);
    // Started again as administrator: the wizard goes back to the key step it was on.
    void resumeActivation(const ResumePoint& resume);

    // For the journal view (ui/journal): adds a "Journal" tab showing `view`; the window
    // takes ownership. Called from app/gui once the journal is open.
    void setJournalView(QWidget* view);
    // For the other roles' screens (the Desk queue, the call-centre view): one more tab.
    // The tab bar appears as soon as there are two tabs. Returns the tab's index. Tabs are
    // reached with Ctrl+1 to Ctrl+9 in order, not with Alt mnemonics: those belong to the
    // buttons on the pages, which would otherwise clash with the tab titles.
    int addView(QWidget* view, const QString& title, const QString& toolTip = {});
    // The same, but the view is made the first time its tab is opened, so the window comes up
    // without waiting for screens nobody has looked at yet.
    using ViewFactory = std::function<QWidget*()>;
    int addView(ViewFactory makeView, const QString& title, const QString& toolTip = {});
    void setJournalView(ViewFactory makeView);

    // The wizard starts when the window is first shown (so observers added before see it all).
    DeviceWizard* wizard() const { return m_wizard; }
    ActivationCentreWindow* activationCentre() const;
    QTabWidget* tabs() const { return m_tabs; }
    bool isSimulation() const;

    // Starts a fresh activation (after "Done", or with a new simulated machine).
    void startNewActivation();
    // Switches to another licensing backend (a new simulated machine) and starts over.
    void useLicensing(std::unique_ptr<licensing::Licensing> licensing);

  public Q_SLOTS:
    void showSimulatedMachineSetup();
    void showActivationCentre();
    void showHelp();
    void showAbout();

  protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

  private:
    void showTab(QWidget* view);
    void buildMenus();
    void updateChrome();

    std::unique_ptr<licensing::Licensing> m_licensing;
    QString m_backendProblem;
    MainWindowServices m_services;
    std::vector<workflow::WorkflowObserver*> m_observers;

    SimulationBanner* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_activationTab = nullptr;
    QVBoxLayout* m_activationLayout = nullptr;
    QWidget* m_problemPanel = nullptr;
    DeviceWizard* m_wizard = nullptr;
    QLabel* m_machineStatus = nullptr;
    // "Machine NAME, Windows 10" once step 1 has read it (never read here on the UI thread:
    // the licensing service may take seconds to answer).
    QString m_machineText;
    std::optional<ResumePoint> m_pendingResume;
    QPointer<ActivationCentreWindow> m_centre;
    bool m_started = false;
};

} // namespace actdesk::ui
