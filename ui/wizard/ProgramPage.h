// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace actdesk::ui {

class NoticeLabel;

// Step 2: the catalog's ESU years for this Windows version with each year's status here.
// The next year that is not licensed yet is preselected; its activation ID can be copied.
class ProgramPage : public DevicePage
{
    Q_OBJECT
    Q_PROPERTY(QString selectedKey READ selectedKey)

public:
    explicit ProgramPage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QWidget* preferredFocus() const override;

    QString selectedKey() const; // "win7-esu-y1"
    // The year to select the next time the page is shown instead of the suggestion (resuming
    // after "Restart as administrator").
    void preferProgram(const QString& key) { m_preferred = key; }

private:
    void build() override;
    const catalog::CatalogEntry* selectedEntry() const;
    void onSelectionChanged();
    QString m_preferred;

    std::vector<catalog::CatalogEntry> m_entries;
    QTreeWidget* m_programs = nullptr;
    QLabel* m_activationId = nullptr;
    QLabel* m_source = nullptr;
    QPushButton* m_copy = nullptr;
    NoticeLabel* m_notice = nullptr;
};

} // namespace actdesk::ui
