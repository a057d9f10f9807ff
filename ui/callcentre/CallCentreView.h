// SPDX-License-Identifier: MIT
#pragma once

// Call-centre mode for the Desk role. A caller reads out an installation ID; the operator
// types it into 9 grouped fields (7 digits, or 6 for the 54-digit form), each group checked
// as it is typed so only a bad group needs repeating; chooses the program/year; obtains the
// confirmation ID (typed from the activation line, or from the simulated centre in training,
// labelled Simulation); reads it back group by group A-H, ticking each group the caller
// confirms. Every call is journaled (role Desk) and listed for the shift: at start the list
// is filled from the journal with this operator's calls of the shift (the last 12 hours by
// default, so a restart loses nothing and a night shift that crosses midnight stays whole).
// Self-contained: the main window embeds it as a tab.

#include "common/Clock.h"
#include "workflow/ActivationJournal.h"

#include <QString>
#include <QWidget>
#include <chrono>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QVBoxLayout;

namespace actdesk::catalog {
class Catalog;
}

namespace actdesk::ui {

class GroupedIdEntry;
class NoticeLabel;
class ReadBackPanel;
class SimulationBanner;
class SimulationControl;

class CallCentreView final : public QWidget
{
    Q_OBJECT

public:
    // `catalog` and `clock` must outlive the view; `journal` may be null (calls are then
    // only listed) and must outlive the view otherwise. Lists the operator's calls of the
    // shift from the journal. `training` is the simulated activation centre that answers in
    // training mode (the composition root's SimulationControl, as for ActivationCentreWindow);
    // it may be null (nothing to ask) and must outlive the view otherwise.
    CallCentreView(const catalog::Catalog& catalog, workflow::ActivationJournal* journal, const Clock& clock,
                   const QString& operatorName, const SimulationControl* training, QWidget* parent = nullptr);
    ~CallCentreView() override;

    // 54-digit form (9 groups of 6) instead of 63 digits (9 groups of 7). Clears the IID.
    // The form follows the chosen program's OS while nothing is typed (54 digits for Windows 7
    // and Server 2008 / 2008 R2), and switches, keeping the digits, when the typed or pasted
    // digits are plainly of the other length.
    void setShortForm(bool sixDigitGroups);

    // How far back "this shift" reaches (1 to 168 hours; default 12). Reloads the list.
    static constexpr std::chrono::hours kDefaultShiftLength{12};
    void setShiftLength(std::chrono::hours length);
    std::chrono::hours shiftLength() const { return m_shiftLength; }
    // Lists this operator's calls journaled within the shift (newest last), replacing the
    // list. False when the journal could not be read (the notice says so).
    bool loadShiftFromJournal();
    // A call, as opposed to a transfer-file answer written by the Desk queue ("desk: ...").
    static bool isCall(const workflow::JournalEntry& entry);

    void setTrainingMode(bool on);
    bool trainingMode() const { return m_training; }
    bool selectProgram(const QString& catalogKey);

    // The actions behind the buttons; each returns whether it did anything.
    bool fillFromSimulatedCentre(); // training mode only
    bool startReadBack();           // shows the typed CID in the read-back view
    bool finishCall();              // every group confirmed: journal the call as done
    bool endCallFailed();           // journal the call as failed, with the reason typed
    void newCall();

    GroupedIdEntry* installationEntry() const { return m_iidEntry; }
    GroupedIdEntry* confirmationEntry() const { return m_cidEntry; }
    ReadBackPanel* readBack() const { return m_readBack; }
    QLineEdit* machineEdit() const { return m_machine; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QTableWidget* callList() const { return m_calls; }
    NoticeLabel* notice() const { return m_notice; }
    int callCount() const;

Q_SIGNALS:
    void callJournaled(bool succeeded);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void fillPrograms();
    void makeIidEntry(int groupLength);
    void followProgramLength();
    void followTypedLength();
    void updateButtons();
    bool journalCall(bool succeeded, const QString& detail);
    void appendCallRow(const workflow::WorkflowEvent& event);

    const catalog::Catalog& m_catalog;
    workflow::ActivationJournal* m_journal;
    const Clock& m_clock;
    const SimulationControl* m_centre = nullptr;
    QString m_operator;
    bool m_training = false;
    bool m_cidFromSimulation = false;
    std::chrono::hours m_shiftLength = kDefaultShiftLength;

    QCheckBox* m_trainingBox = nullptr;
    SimulationBanner* m_banner = nullptr;
    QGroupBox* m_callerBox = nullptr;
    QLabel* m_machineLabel = nullptr;
    QLineEdit* m_machine = nullptr;
    QLabel* m_programLabel = nullptr;
    QComboBox* m_program = nullptr;
    QLabel* m_formLabel = nullptr;
    QRadioButton* m_long = nullptr;
    QRadioButton* m_short = nullptr;
    QLabel* m_iidHeading = nullptr;
    QVBoxLayout* m_iidSlot = nullptr;
    GroupedIdEntry* m_iidEntry = nullptr;
    QGroupBox* m_cidBox = nullptr;
    QLabel* m_cidHeading = nullptr;
    GroupedIdEntry* m_cidEntry = nullptr;
    QPushButton* m_simulate = nullptr;
    QPushButton* m_readBackButton = nullptr;
    QGroupBox* m_readBackBox = nullptr;
    ReadBackPanel* m_readBack = nullptr;
    QPushButton* m_finish = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_failed = nullptr;
    QPushButton* m_new = nullptr;
    NoticeLabel* m_notice = nullptr;
    QGroupBox* m_callsBox = nullptr;
    QTableWidget* m_calls = nullptr;
};

} // namespace actdesk::ui
