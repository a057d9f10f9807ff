// SPDX-License-Identifier: MIT
#pragma once

// Journal entries as a table for views: one row per step, translated column titles and
// values, UTC times. Display text for people, Qt::UserRole for sorting (times in ms, codes as
// numbers), and entry(row) for the details pane.

#include "workflow/ActivationJournal.h"

#include <QAbstractTableModel>

#include <vector>

namespace actdesk::catalog {
class Catalog;
}

namespace actdesk::ui {

class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MachineColumn,
        ProgramColumn,
        StepColumn,
        OutcomeColumn,
        ErrorColumn,
        InstallationIdColumn,
        ConfirmationIdColumn,
        PartialKeyColumn,
        ModeColumn,
        OperatorColumn,
        RoleColumn,
        ColumnCount
    };
    // Text the search box matches (every column, IDs also as bare digits).
    static constexpr int SearchRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole;

    explicit JournalTableModel(QObject* parent = nullptr);

    // Program names come from `catalog` when given (not owned; must outlive the model).
    void setCatalog(const catalog::Catalog* catalog);
    void setEntries(std::vector<workflow::JournalEntry> entries);
    const workflow::JournalEntry& entry(int row) const { return m_entries.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The same texts, for export and the details pane.
    static QString columnTitle(int column);
    QString displayText(const workflow::JournalEntry& entry, int column) const;
    QString programText(const workflow::JournalEntry& entry) const;

private:
    std::vector<workflow::JournalEntry> m_entries;
    const catalog::Catalog* m_catalog = nullptr;
};

} // namespace actdesk::ui
