// SPDX-License-Identifier: MIT
#pragma once

// The details pane: every field of one journal entry, title above value, selectable for
// copying. IDs stand three or four whole groups to a line, and the pane is never narrower
// than such a line; other long values wrap anywhere, so nothing is cut off.

#include "workflow/ActivationJournal.h"

#include <QString>
#include <QTextBrowser>

#include <utility>
#include <vector>

namespace actdesk::ui {

class JournalTableModel;

class JournalDetails final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit JournalDetails(QWidget* parent = nullptr);

    // `model` formats the program name.
    void showEntry(const workflow::JournalEntry& entry, const JournalTableModel& model);
    void clear();

    // The value shown for a field ("machine", "installationId", ...; empty when not shown).
    QString value(const QString& field) const;
    bool isShowingEntry() const { return !m_fields.empty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitWidth();

    struct Field
    {
        QString key;
        QString title;
        QString value;
    };
    std::vector<Field> m_fields;
};

} // namespace actdesk::ui
