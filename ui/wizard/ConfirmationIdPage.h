// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

namespace actdesk::ui {

class GroupedIdEntry;
class NoticeLabel;

// Step 5: the confirmation ID, typed as the agent reads it: eight fields A-H, each checked
// as it is typed. Nothing is deposited yet.
class ConfirmationIdPage : public DevicePage
{
    Q_OBJECT

public:
    explicit ConfirmationIdPage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QWidget* preferredFocus() const override;
    bool hasPendingInput() const override;

    GroupedIdEntry* entry() const { return m_entry; }

private:
    void build() override;
    GroupedIdEntry* m_entry = nullptr;
    NoticeLabel* m_notice = nullptr;
    QString m_forIid; // the installation ID the typed digits answer
};

} // namespace actdesk::ui
