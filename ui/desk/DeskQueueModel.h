// SPDX-License-Identifier: MIT
#pragma once

// The Desk's queue as a table: one row per request in every open transfer file (machine,
// program/year, IID in groups, status, file). Read-only; the view puts a
// QSortFilterProxyModel in front of it for sorting and filtering. Cells are computed when
// asked for, so a file of 10,000 requests costs only the rows on screen
// (benchmarks/desk/bench_desk_queue.cpp).

#include "DeskQueue.h"

#include <QAbstractTableModel>
#include <QFont>
#include <vector>

namespace actdesk::catalog {
class Catalog;
}

namespace actdesk::ui::desk {

class DeskQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
        MachineColumn,
        ProgramColumn,
        IidColumn,
        StatusColumn,
        FileColumn,
        ColumnCount,
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, // QString
        FileIndexRole,                 // int: the file in DeskController's list
        AnswerableRole,                // bool: pending or failed, no unsaved answer yet
    };

    // `catalog` and `files` must outlive the model; `files` is the controller's list.
    DeskQueueModel(const catalog::Catalog& catalog, const std::vector<DeskFile>& files,
                   QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The files changed as a whole (opened, saved): every row again.
    void reset();
    // One item changed (answered, failed): its row again.
    void itemChanged(const ItemKey& key);
    // The language or the font changed.
    void retranslate();
    void setBaseFont(const QFont& font);

    ItemKey keyAt(int row) const;
    int rowOf(const ItemKey& key) const;
    const transfer::TransferItem* itemAt(int row) const;

  private:
    struct Row
    {
        int file = 0;
        int index = 0; // in DeskFile::shown.items
    };

    QString cellText(const Row& row, int column) const;

    const catalog::Catalog& m_catalog;
    const std::vector<DeskFile>& m_files;
    std::vector<Row> m_rows;
    QFont m_base;
};

} // namespace actdesk::ui::desk
