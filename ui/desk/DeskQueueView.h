// SPDX-License-Identifier: MIT
#pragma once

// The Desk role's transfer-file screen: open one or more transfer files, work through the
// queue of requests (machine, program/year, IID in groups, status; sortable and filterable),
// type each CID from the activation line into the A-H fields, or mark an item failed with
// its reason, and save. Training mode answers from the simulated activation centre and says
// "Simulation" everywhere. A CID the journal already holds for an item's (IID, extended PID)
// is offered instead of asking again. A thin view: desk::DeskController does the work and
// holds the queue (desk::DeskQueueModel). Self-contained: the main window embeds it as a tab.

#include "DeskController.h"
#include "common/FileDialogs.h"

#include <QString>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace actdesk::catalog {
class Catalog;
}

namespace actdesk::ui {

class GroupedIdDisplay;
class GroupedIdEntry;
class NoticeLabel;
class SimulationBanner;

class DeskQueueView final : public QWidget
{
    Q_OBJECT

  public:
    // `catalog` and `clock` must outlive the view; `journal` may be null (nothing journaled,
    // nothing offered) and must outlive the view otherwise. `operatorName` goes into
    // "answered-by" and the journal.
    DeskQueueView(const catalog::Catalog& catalog, workflow::ActivationJournal* journal, const Clock& clock,
                  const QString& operatorName, QWidget* parent = nullptr);
    ~DeskQueueView() override;

    desk::DeskController* controller() const { return m_controller; }

    // Opens (or re-reads, when it has no unsaved answers) a transfer file. False, with the
    // problem shown, when it cannot be read.
    bool openFile(const QString& path);
    // Shows the open-file dialog (several files may be chosen).
    void chooseFiles();

    int itemCount() const { return m_controller->itemCount(); }
    bool selectItem(const QString& itemId);
    QString currentItemId() const;
    // The item as it will be saved (with unsaved answers applied).
    const transfer::TransferItem* item(const QString& itemId) const { return m_controller->item(itemId); }
    bool hasUnsavedChanges() const { return m_controller->hasUnsavedChanges(); }

    // The actions behind the buttons, for keyboard shortcuts and tests. Each returns whether
    // it did anything; problems are shown in the notice line.
    bool recordAnswer();            // the CID typed in the A-H fields
    bool markFailed();              // with the reason typed in the reason field
    bool fillFromSimulatedCentre(); // training mode only
    bool useKnownConfirmation();    // the CID the journal already holds
    bool save();                    // every open file with unsaved answers
    // One activation sheet per request still waiting for its CID, in every open file: for a
    // site where the IIDs travel on paper (the desk writes each CID into boxes A-H).
    bool printSheets();
    bool saveSheetsAsPdf();
    // Who answers the printer and file dialogs of the sheet actions (tests); null: Qt's.
    void setFileDialogs(FileDialogs* dialogs);

    void setTrainingMode(bool on);
    bool trainingMode() const { return m_controller->trainingMode(); }

    GroupedIdEntry* confirmationEntry() const { return m_cidEntry; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* queue() const { return m_queue; }
    NoticeLabel* notice() const { return m_notice; }
    NoticeLabel* knownNotice() const { return m_knownNotice; }

  Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildUi();
    void connectUi();
    void retranslate();
    void showCurrent();
    void showKnown();
    void selectKey(const desk::ItemKey& key);
    void selectNextPending();
    void afterAnswer(bool answered);
    desk::ItemKey currentKey() const;
    const transfer::TransferItem* currentItem() const;

    desk::DeskController* m_controller = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    std::optional<workflow::KnownConfirmation> m_known;

    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_printSheets = nullptr;
    QPushButton* m_saveSheets = nullptr;
    FileDialogs m_qtDialogs;
    FileDialogs* m_dialogs = &m_qtDialogs;
    QCheckBox* m_trainingBox = nullptr;
    SimulationBanner* m_banner = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_queue = nullptr;
    QLabel* m_itemTitle = nullptr;
    QLabel* m_iidHeading = nullptr;
    GroupedIdDisplay* m_iid = nullptr;
    NoticeLabel* m_knownNotice = nullptr;
    QPushButton* m_useKnown = nullptr;
    QLabel* m_cidHeading = nullptr;
    GroupedIdEntry* m_cidEntry = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_simulate = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_fail = nullptr;
    NoticeLabel* m_notice = nullptr;
    QWidget* m_itemPanel = nullptr;
};

} // namespace actdesk::ui
