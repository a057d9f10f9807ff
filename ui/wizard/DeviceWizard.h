// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "licensing/Licensing.h"
#include "wizard/ElevationPort.h"
#include "wizard/WizardContext.h"
#include "workflow/ActivationSession.h"

#include <QWizard>
#include <memory>
#include <optional>
#include <vector>

namespace actdesk::ui {

class DevicePage;
class FileDialogs;
class StepList;

// The Device wizard: activates one ESU year on this machine, step by step, by driving an
// ActivationSession. Embedded in the main window (not a dialog of its own): Esc does not
// close it, and "Done" asks the main window to start the next activation.
class DeviceWizard : public QWizard
{
    Q_OBJECT

  public:
    enum PageId
    {
        MachinePageId,
        ProgramPageId,
        ProductKeyPageId,
        InstallationIdPageId,
        ConfirmationIdPageId,
        ApplyPageId,
    };

    // `observers` see every step the session records (the journal, tests).
    DeviceWizard(licensing::Licensing& licensing, const catalog::Catalog& catalog, const Clock& clock,
                 const std::vector<workflow::WorkflowObserver*>& observers, QWidget* parent = nullptr);
    ~DeviceWizard() override;

    workflow::ActivationSession& session() { return *m_session; }
    StepList* stepList() const { return m_steps; }
    // True when a page holds typed input that has not been used (closing would lose it).
    bool hasPendingInput() const;
    // Who answers the file and printer dialogs (tests); null restores Qt's dialogs.
    void setFileDialogs(FileDialogs* dialogs);
    // Offers "Restart as administrator" on the key step through `port` (null: not offered).
    void setElevation(ElevationPort* port) { m_context.elevation = port; }
    // After such a restart: once step 1 has read the machine, go to the key step of the year
    // chosen before, with the key typed before in its fields.
    void resumeAt(const ResumePoint& resume);
    // Puts the keyboard focus where the current page wants it (coming back to the wizard's tab).
    void focusCurrentPage();

  Q_SIGNALS:
    void activationFinished();
    void activationCentreRequested();
    // Step 1 has read the machine (off the UI thread): for the window's status line.
    void machineRead(const QString& name, actdesk::OsFamily os);

  public Q_SLOTS:
    void accept() override;
    void reject() override;

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

  private:
    void onPageChanged(int id);
    // Ticks every step once the current page is the last one and complete (Licensed).
    void updateFinished();
    void continueResume();
    std::optional<ResumePoint> m_resume;

    std::unique_ptr<workflow::ActivationSession> m_session;
    std::unique_ptr<FileDialogs> m_qtDialogs;
    WizardContext m_context;
    StepList* m_steps = nullptr;
};

} // namespace actdesk::ui
