// SPDX-License-Identifier: MIT
#include "JournalFilterModel.h"

#include "JournalTableModel.h"

namespace actdesk::ui {

JournalFilterModel::JournalFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JournalTableModel::SortRole);
}

void JournalFilterModel::setSearchText(const QString& text)
{
    // Every word must match somewhere in the row ("pc-01 failed").
    m_words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void JournalFilterModel::setOutcome(std::optional<workflow::Outcome> outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

bool JournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* source = qobject_cast<const JournalTableModel*>(sourceModel());
    if (!source)
        return true;
    const auto& entry = source->entry(sourceRow);
    if (m_outcome && entry.event.outcome != *m_outcome)
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int c = 0; c < JournalTableModel::ColumnCount; ++c)
        haystack += source->index(sourceRow, c, sourceParent).data(JournalTableModel::SearchRole).toString() +
                    QLatin1Char('\n');
    haystack = haystack.toCaseFolded();
    for (const QString& word : m_words) {
        if (haystack.contains(word))
            continue;
        // "123456-123456" typed with other separators (or none): compare digits only.
        QString digits = word;
        digits.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        bool allDigits = !digits.isEmpty();
        for (QChar c : digits)
            allDigits = allDigits && c.isDigit();
        if (allDigits && haystack.contains(digits))
            continue;
        return false;
    }
    return true;
}

} // namespace actdesk::ui
