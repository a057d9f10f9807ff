// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

class QLabel;
class QPushButton;

namespace actdesk::ui {

class GroupedIdDisplay;
class NoticeLabel;

// Step 4: the installation ID to read to the activation line: nine large numbered groups,
// copy buttons, and a read-aloud mode (one group at a time, huge).
class InstallationIdPage : public DevicePage
{
    Q_OBJECT

public:
    explicit InstallationIdPage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QWidget* preferredFocus() const override;

    GroupedIdDisplay* display() const { return m_display; }
    void readAloud();

Q_SIGNALS:
    void activationCentreRequested();

private:
    void build() override;
    QLabel* m_forProgram = nullptr;
    GroupedIdDisplay* m_display = nullptr;
    QPushButton* m_readAloud = nullptr;
    QPushButton* m_openCentre = nullptr;
    QLabel* m_simulationHint = nullptr;
    NoticeLabel* m_notice = nullptr;
};

} // namespace actdesk::ui
