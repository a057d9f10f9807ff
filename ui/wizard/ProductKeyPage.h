// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

class QLabel;
class QPushButton;
class QRadioButton;

namespace actdesk::ui {

class NoticeLabel;
class ProductKeyEntry;

// Step 3: install the ESU product key (MAK) for the chosen year, or keep the one already
// installed. After installing, only the partial key is shown and the fields are wiped.
class ProductKeyPage : public DevicePage
{
    Q_OBJECT

  public:
    explicit ProductKeyPage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QWidget* preferredFocus() const override;
    bool hasPendingInput() const override;

    ProductKeyEntry* entry() const { return m_entry; }

  private:
    void build() override;
    void installKey();
    void restartAsAdministrator();
    void updateInstalledChoice();
    void updateState();
    bool sessionKeyIsForChosenYear() const; // the session's key was installed for this year
    QString installedPartialKey() const;    // for the chosen year, empty when none

    QLabel* m_forProgram = nullptr;
    QRadioButton* m_useInstalled = nullptr;
    QRadioButton* m_installNew = nullptr;
    ProductKeyEntry* m_entry = nullptr;
    QPushButton* m_install = nullptr;
    NoticeLabel* m_needsAdministrator = nullptr;
    QPushButton* m_restartElevated = nullptr;
    NoticeLabel* m_notice = nullptr;
    QLabel* m_privacy = nullptr;
    bool m_installedOnArrival = false; // a key for the chosen year was there when the page opened
};

} // namespace actdesk::ui
