// SPDX-License-Identifier: MIT
#pragma once

// What the Desk does, without a widget: opens transfer files into the queue, records the
// operator's answers (typed, reused from the journal, from the simulated centre in training,
// or marked failed) as repeatable edits, journals each answer as it is given (role Desk),
// saves every file with unsaved answers and prints or saves one activation sheet per request
// still waiting. Problems and results are reported through notice(); the model is updated
// item by item (itemChanged) so that a view, or another source of answers such as an online
// fetch, only has to call recordAnswer.

#include "DeskQueue.h"
#include "DeskQueueModel.h"
#include "common/Clock.h"
#include "ids/ConfirmationId.h"
#include "paper/ActivationSheet.h"
#include "widgets/NoticeLabel.h"
#include "workflow/ActivationJournal.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace actdesk::catalog {
class Catalog;
}

namespace actdesk::ui {
class FileDialogs;
}

namespace actdesk::ui::desk {

class DeskController final : public QObject
{
    Q_OBJECT

  public:
    // `catalog` and `clock` must outlive the controller; `journal` may be null (nothing
    // journaled, nothing offered) and must outlive it otherwise. `operatorName` goes into
    // "answered-by" and the journal.
    DeskController(const catalog::Catalog& catalog, workflow::ActivationJournal* journal, const Clock& clock,
                   const QString& operatorName, QObject* parent = nullptr);
    ~DeskController() override;

    DeskQueueModel* model() const { return m_model; }
    const std::vector<DeskFile>& files() const { return m_files; }

    // Opens (or re-reads, when it has no unsaved answers) a transfer file. False, with the
    // problem reported, when it cannot be read.
    bool openFile(const QString& path);
    // Saves every open file with unsaved answers (re-reading it if someone else saved in
    // between). True when at least one file was saved and none failed.
    bool save();
    bool hasUnsavedChanges() const;

    int itemCount() const { return m_model->rowCount(); }
    const transfer::TransferItem* item(const ItemKey& key) const;
    // The first item with this id in any open file (as it will be saved).
    const transfer::TransferItem* item(const QString& itemId) const;
    ItemKey keyOf(const QString& itemId) const;

    // How an answer is journaled, from the item as it then stands: transfer::deskEvent when
    // empty; the online fetch journals its attempt as `actdesk desk online` does
    // (online/OnlineJournal.h: endpoint, outcome, service error code).
    using JournalEventFor = std::function<workflow::WorkflowEvent(const transfer::TransferItem& item,
                                                                  std::chrono::system_clock::time_point at)>;

    // The answers. Each is journaled and reported; false (with the problem reported) when the
    // item does not take it. `answeredBy` empty: the operator.
    bool recordAnswer(const ItemKey& key, const ids::ConfirmationId& cid, const QString& answeredBy = {},
                      const JournalEventFor& journalAs = {});
    bool markFailed(const ItemKey& key, const QString& reason, const JournalEventFor& journalAs = {});
    // Journals an attempt that changed no item (an online request with no usable answer), from
    // the item as it stands.
    void journalAttempt(const ItemKey& key, const JournalEventFor& journalAs);
    bool fillFromSimulatedCentre(const ItemKey& key); // training mode only

    // The CID the journal already holds for the item's (IID, extended PID), if any; a journal
    // that cannot be searched is reported.
    std::optional<workflow::KnownConfirmation> knownConfirmation(const ItemKey& key);

    // One activation sheet per request still waiting for its CID, in every open file. The
    // dialogs ask for the printer or the PDF file, with `dialogParent` as their parent.
    bool printSheets(FileDialogs& dialogs, QWidget* dialogParent);
    bool saveSheetsAsPdf(FileDialogs& dialogs, QWidget* dialogParent);

    void setTrainingMode(bool on);
    bool trainingMode() const { return m_training; }

  Q_SIGNALS:
    void notice(actdesk::ui::NoticeLabel::Kind kind, const QString& text);
    void unsavedChangesChanged(bool unsaved);
    // An item was answered or failed (its row in model() has changed too).
    void itemChanged(const actdesk::ui::desk::ItemKey& key);
    void trainingModeChanged(bool on);

  private:
    bool addEdit(const ItemKey& key, DeskEdit edit, const QString& doneText,
                 const JournalEventFor& journalAs = {});
    void journal(const workflow::WorkflowEvent& event);
    transfer::Timestamp now() const;
    QList<paper::SheetItem> pendingSheets() const;
    bool reportNoSheets(const QList<paper::SheetItem>& items);

    const catalog::Catalog& m_catalog;
    workflow::ActivationJournal* m_journal;
    const Clock& m_clock;
    QString m_operator;
    bool m_training = false;
    std::vector<DeskFile> m_files;
    DeskQueueModel* m_model = nullptr;
};

} // namespace actdesk::ui::desk
