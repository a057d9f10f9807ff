// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/DevicePage.h"

#include <chrono>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace actdesk::ui {

class MachineReader;
class NoticeLabel;

// Step 1: which Windows this is, which ESU licences it has, and, if they are missing, the
// prerequisite updates to install, in order (so nobody meets 0xC004F050 later). The licensing
// service is read off the UI thread: the window is painted first and says "reading the licence
// state" meanwhile, and if the service takes longer than the patience allowed, what to do.
class MachinePage : public DevicePage
{
    Q_OBJECT
    Q_PROPERTY(bool reading READ isReading)

public:
    explicit MachinePage(WizardContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QWidget* preferredFocus() const override;

    // Reads the machine again (Check again); nothing while a reading is under way.
    void refresh();
    // True while the licensing service is being read; the page is then incomplete.
    bool isReading() const;
    // How long the reading may take before the page says what to do (default 20 s).
    void setPatience(std::chrono::milliseconds patience);

Q_SIGNALS:
    // The licensing service answered: the machine's name and Windows are known.
    void machineRead(const QString& name, actdesk::OsFamily os);
    // A reading has ended, whatever it found (the start-up benchmark's "machine page ready").
    void readingFinished();

private:
    void build() override;
    void showReading(const workflow::ActivationSession& session);
    void readingTakesLong();
    void showReport();
    void placeFocus(bool userIsElsewhere);
    bool eventFilter(QObject* watched, QEvent* event) override;
    MachineReader* m_reader = nullptr;
    bool m_userActedWhileReading = false;
    QLabel* m_name = nullptr;
    QLabel* m_os = nullptr;
    QTreeWidget* m_skus = nullptr;
    NoticeLabel* m_notice = nullptr;
    QLabel* m_updatesHeading = nullptr;
    QLabel* m_updates = nullptr;
    QPushButton* m_checkAgain = nullptr;
};

} // namespace actdesk::ui
