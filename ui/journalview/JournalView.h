// SPDX-License-Identifier: MIT
#pragma once

// The journal view: every recorded step, newest first, with a search box, an outcome
// filter, sortable columns, a details pane and CSV export. Self-contained: the main window
// embeds it and hands it the journal (the workflow's port, so any backend works).

#include "workflow/ActivationJournal.h"

#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace actdesk::catalog {
class Catalog;
}

namespace actdesk::ui {

class JournalDetails;
class JournalFilterModel;
class JournalTableModel;

class JournalView final : public QWidget
{
    Q_OBJECT

public:
    explicit JournalView(QWidget* parent = nullptr);
    ~JournalView() override;

    // The journal to show (not owned; must outlive the view or be replaced first; nullptr
    // clears). `where` names it in the status line (a path or URL without password).
    void setJournal(workflow::ActivationJournal* journal, const QString& where = {});
    // No journal for this session (declined after damage, or none could be opened): says so
    // plainly at the top, with `why`, instead of an empty table.
    void setNotRecording(const QString& why);
    // Program names from the catalog (not owned), instead of program keys.
    void setCatalog(const catalog::Catalog* catalog);
    // How many of the newest entries are loaded (default 10,000); the rest stay on disk.
    void setMaxEntries(std::size_t maxEntries) { m_maxEntries = maxEntries; }

    // Reloads from the journal. False when it could not be read (the message is shown in
    // the status line and emitted as journalError).
    bool refresh();

    // Writes the rows as shown (filtered and sorted), with the column titles, as CSV that a
    // spreadsheet opens as text, never as formulas. Atomic (QSaveFile). False with a
    // translated `error` when the file cannot be written.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    // Test seam: the next export asks no file dialog and writes here.
    void setNextExportFileName(const QString& path) { m_nextExportFileName = path; }

    JournalTableModel* tableModel() const { return m_model; }
    JournalFilterModel* filterModel() const { return m_filter; }

Q_SIGNALS:
    void journalError(const QString& message);
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitColumns();
    void exportInteractively();
    void updateDetails();
    void updateStatus();
    void applyOutcomeFilter(int comboIndex);

    workflow::ActivationJournal* m_journal = nullptr;
    QString m_where;
    std::size_t m_maxEntries = 10000;
    bool m_truncated = false;
    QString m_nextExportFileName;

    JournalTableModel* m_model = nullptr;
    JournalFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_outcome = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_table = nullptr;
    JournalDetails* m_details = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notRecording = nullptr;
};

} // namespace actdesk::ui
