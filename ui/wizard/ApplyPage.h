// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

class QLabel;
class QPushButton;

namespace actdesk::ui {

class NoticeLabel;

// Step 6: deposit the confirmation ID, read the licence status again, and say plainly
// whether the year is now Licensed, or what went wrong and what to do next.
class ApplyPage : public DevicePage
{
    Q_OBJECT

public:
    explicit ApplyPage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QWidget* preferredFocus() const override;

    void apply();
    bool licensed() const { return m_licensed; }

private:
    void build() override;
    void showResult(bool licensed, const QString& headline, const QString& details);

    QLabel* m_machine = nullptr;
    QLabel* m_program = nullptr;
    QLabel* m_key = nullptr;
    QLabel* m_cid = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_result = nullptr;
    NoticeLabel* m_details = nullptr;
    bool m_licensed = false;
};

} // namespace actdesk::ui
