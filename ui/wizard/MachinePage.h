// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace actdesk::ui {

class NoticeLabel;

// Step 1: which Windows this is, which ESU licences it has, and, if they are missing, the
// prerequisite updates to install, in order (so nobody meets 0xC004F050 later).
class MachinePage : public DevicePage
{
    Q_OBJECT

public:
    explicit MachinePage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QWidget* preferredFocus() const override;

    void refresh();

private:
    void build() override;
    QLabel* m_name = nullptr;
    QLabel* m_os = nullptr;
    QTreeWidget* m_skus = nullptr;
    NoticeLabel* m_notice = nullptr;
    QLabel* m_updatesHeading = nullptr;
    QLabel* m_updates = nullptr;
    QPushButton* m_checkAgain = nullptr;
};

} // namespace actdesk::ui
