// SPDX-License-Identifier: MIT
#include "JournalTableModel.h"

#include "JournalFormat.h"
#include "catalog/Catalog.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "text/Printable.h"

#include <QColor>

namespace actdesk::ui {

JournalTableModel::JournalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void JournalTableModel::setCatalog(const catalog::Catalog* catalog)
{
    m_catalog = catalog;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, ProgramColumn), index(rowCount() - 1, ProgramColumn));
}

void JournalTableModel::setEntries(std::vector<workflow::JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalTableModel::columnTitle(int column)
{
    switch (column) {
    case TimeColumn: return JournalFormat::tr("Time (UTC)");
    case MachineColumn: return JournalFormat::tr("Machine");
    case ProgramColumn: return JournalFormat::tr("Program");
    case StepColumn: return JournalFormat::tr("Step");
    case OutcomeColumn: return JournalFormat::tr("Outcome");
    case ErrorColumn: return JournalFormat::tr("Error");
    case ModeColumn: return JournalFormat::tr("Mode");
    case OperatorColumn: return JournalFormat::tr("Operator");
    case RoleColumn: return JournalFormat::tr("Role");
    case PartialKeyColumn: return JournalFormat::tr("Partial key");
    case InstallationIdColumn: return JournalFormat::tr("Installation ID");
    case ConfirmationIdColumn: return JournalFormat::tr("Confirmation ID");
    default: return {};
    }
}

QString JournalTableModel::programText(const workflow::JournalEntry& e) const
{
    const auto& ev = e.event;
    if (m_catalog) {
        const auto* entry = m_catalog->find(ev.catalogKey.empty() ? ev.activationId : ev.catalogKey);
        if (entry)
            return text::CatalogText::programYear(*entry);
    }
    return text::printable(ev.catalogKey.empty() ? ev.activationId : ev.catalogKey);
}

QString JournalTableModel::displayText(const workflow::JournalEntry& e, int column) const
{
    const auto& ev = e.event;
    switch (column) {
    case TimeColumn: return JournalFormat::utcTime(ev.at);
    case MachineColumn: return text::printable(ev.machineName); // named <U+202E>, not obeyed
    case ProgramColumn: return programText(e);
    case StepColumn: return text::ErrorText::stepName(ev.step);
    case OutcomeColumn: return JournalFormat::outcome(ev.outcome);
    case ErrorColumn: return JournalFormat::errorShort(ev);
    case ModeColumn: return JournalFormat::mode(ev.simulation);
    case OperatorColumn: return text::printable(e.author.operatorName);
    case RoleColumn: return JournalFormat::role(e.author.role);
    case PartialKeyColumn: return QString::fromStdString(ev.partialKey);
    case InstallationIdColumn: return JournalFormat::groupedId(ev.installationId);
    case ConfirmationIdColumn: return JournalFormat::groupedId(ev.confirmationId);
    default: return {};
    }
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& e = m_entries[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayText(e, column);
    case SortRole:
        switch (column) {
        case TimeColumn:
            return QVariant::fromValue<qint64>(
                std::chrono::duration_cast<std::chrono::milliseconds>(e.event.at.time_since_epoch()).count());
        case ErrorColumn: return QVariant::fromValue<qint64>(e.event.errorCode);
        case StepColumn: return int(e.event.step);
        default: return displayText(e, column).toCaseFolded();
        }
    case SearchRole: {
        QString s = displayText(e, column);
        if (column == InstallationIdColumn || column == ConfirmationIdColumn)
            s += QLatin1Char(' ') + QString::fromStdString(column == InstallationIdColumn ? e.event.installationId
                                                                                          : e.event.confirmationId);
        if (column == ProgramColumn)
            s += QLatin1Char(' ') + QString::fromStdString(e.event.catalogKey + " " + e.event.activationId);
        return s;
    }
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return JournalFormat::localTime(e.event.at);
        if (column == ErrorColumn)
            return JournalFormat::errorLong(e.event);
        if (column == ProgramColumn)
            return QString::fromStdString(e.event.activationId);
        return {};
    case Qt::ForegroundRole:
        if (column == OutcomeColumn && e.event.outcome == workflow::Outcome::Failed)
            return QColor(0xB0, 0x1E, 0x2E);
        return {};
    default: return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace actdesk::ui
