// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace actdesk::ui {

class GroupedIdEntry;
class NoticeLabel;
class TransferActions;

// Step 5: the confirmation ID, typed as the agent reads it: eight fields A-H, each checked
// as it is typed. Nothing is deposited yet. Or the desk's response file from a USB stick:
// it is applied at once, and when it licenses the chosen year the wizard is done here.
class ConfirmationIdPage : public DevicePage
{
    Q_OBJECT

  public:
    ConfirmationIdPage(WizardContext& context, TransferActions& transfer, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QWidget* preferredFocus() const override;
    bool hasPendingInput() const override;
    int nextId() const override;

    GroupedIdEntry* entry() const { return m_entry; }
    void openResponse();
    // The chosen year was licensed from the desk's response file.
    bool licensedByResponse() const { return m_licensedByResponse; }

  private:
    void build() override;
    bool allDigitsTyped() const;
    void updateOverride();
    TransferActions& m_transfer;
    GroupedIdEntry* m_entry = nullptr;
    NoticeLabel* m_notice = nullptr;
    QPushButton* m_openResponse = nullptr;
    // Shown when all 48 digits are typed but a group fails its check: the check rule is
    // verified on few real confirmation IDs, so the person on the phone may overrule it.
    QCheckBox* m_override = nullptr;
    QLabel* m_responseResult = nullptr;
    NoticeLabel* m_responseReport = nullptr;
    QScrollArea* m_reportArea = nullptr; // hidden until there is a report
    bool m_licensedByResponse = false;
    QString m_forIid; // the installation ID the typed digits answer
};

} // namespace actdesk::ui
