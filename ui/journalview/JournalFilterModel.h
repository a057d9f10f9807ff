// SPDX-License-Identifier: MIT
#pragma once

// The journal view's filter: free text over every column (IDs match with or without their
// dashes, case does not matter) and an optional outcome; sorting by JournalTableModel's
// sort role.

#include "workflow/WorkflowEvent.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace actdesk::ui {

class JournalFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JournalFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setOutcome(std::optional<workflow::Outcome> outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    std::optional<workflow::Outcome> m_outcome;
};

} // namespace actdesk::ui
