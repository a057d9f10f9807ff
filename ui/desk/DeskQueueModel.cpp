// SPDX-License-Identifier: MIT
#include "DeskQueueModel.h"

#include "catalog/Catalog.h"
#include "ids/InstallationId.h"
#include "text/CatalogText.h"
#include "text/Printable.h"
#include "text/TransferText.h"
#include "style/Appearance.h"

#include <QFileInfo>
#include <algorithm>

namespace actdesk::ui::desk {

using transfer::ItemStatus;
using transfer::TransferItem;

bool DeskFile::isEdited(const std::string& itemId) const
{
    return std::any_of(edits.begin(), edits.end(), [&](const DeskEdit& e) { return e.itemId == itemId; });
}

bool answerable(const TransferItem& item)
{
    return item.status == ItemStatus::Pending || item.status == ItemStatus::Failed;
}

DeskQueueModel::DeskQueueModel(const catalog::Catalog& catalog, const std::vector<DeskFile>& files,
                               QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_files(files)
{
}

int DeskQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeskQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TransferItem* DeskQueueModel::itemAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    const Row& r = m_rows[std::size_t(row)];
    const auto& items = m_files[std::size_t(r.file)].shown.items;
    return r.index < int(items.size()) ? &items[std::size_t(r.index)] : nullptr;
}

ItemKey DeskQueueModel::keyAt(int row) const
{
    const TransferItem* item = itemAt(row);
    return item ? ItemKey{m_rows[std::size_t(row)].file, item->id} : ItemKey{};
}

int DeskQueueModel::rowOf(const ItemKey& key) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows[std::size_t(r)].file == key.file && itemAt(r)->id == key.itemId)
            return r;
    return -1;
}

QString DeskQueueModel::cellText(const Row& row, int column) const
{
    const DeskFile& file = m_files[std::size_t(row.file)];
    const TransferItem& item = file.shown.items[std::size_t(row.index)];
    switch (column) {
    case MachineColumn: {
        const QString machine = text::printable(item.machineName);
        return item.simulation ? tr("%1 (simulated machine)").arg(machine) : machine;
    }
    case ProgramColumn: {
        const catalog::CatalogEntry* entry =
            item.program.empty() ? m_catalog.findById(item.activationId) : m_catalog.find(item.program);
        return entry ? text::CatalogText::programYear(*entry)
                     : QString::fromStdString(item.activationId.canonical());
    }
    case IidColumn: {
        return item.installationId ? QString::fromStdString(item.installationId->grouped(' ')) : QString();
    }
    case StatusColumn: {
        QString status = text::TransferText::statusLabel(item.status);
        if (item.status == ItemStatus::Answered && item.answeredBy == transfer::kSimulatedCentreName)
            status = tr("%1 — Simulation").arg(status);
        if (file.isEdited(item.id))
            status = tr("%1 (not saved yet)").arg(status);
        return status;
    }
    case FileColumn:
        return QFileInfo(file.path).fileName();
    default:
        return {};
    }
}

QVariant DeskQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const DeskFile& file = m_files[std::size_t(row.file)];
    const TransferItem& item = file.shown.items[std::size_t(row.index)];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? QVariant(file.path) : QVariant();
    case Qt::FontRole: {
        QFont f = index.column() == IidColumn ? appearance::idFont(m_base, 1.0) : m_base;
        f.setBold(index.column() == StatusColumn && answerable(item));
        return f;
    }
    case ItemIdRole:
        return QString::fromStdString(item.id);
    case FileIndexRole:
        return row.file;
    case AnswerableRole:
        return answerable(item) && !file.isEdited(item.id);
    default:
        return {};
    }
}

QVariant DeskQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MachineColumn:
        return tr("Machine");
    case ProgramColumn:
        return tr("Program / year");
    case IidColumn:
        return tr("Installation ID");
    case StatusColumn:
        return tr("Status");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

void DeskQueueModel::reset()
{
    beginResetModel();
    m_rows.clear();
    for (int f = 0; f < int(m_files.size()); ++f)
        for (int i = 0; i < int(m_files[std::size_t(f)].shown.items.size()); ++i)
            m_rows.push_back({f, i});
    endResetModel();
}

void DeskQueueModel::itemChanged(const ItemKey& key)
{
    const int row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeskQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DeskQueueModel::setBaseFont(const QFont& font)
{
    m_base = font;
    retranslate();
}

} // namespace actdesk::ui::desk
