// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/NoticeLabel.h"
#include "wizard/DevicePage.h"

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;

namespace actdesk::paper {
struct SheetItem;
struct SheetOptions;
}

namespace actdesk::ui {

class GroupedIdDisplay;
class TransferActions;

// Step 4: the installation ID to read to the activation line: nine large numbered groups,
// copy buttons, a read-aloud mode (one group at a time, huge) and a QR code for a phone.
// Without a phone line: print it on an activation sheet (or save the sheet as PDF), or save
// a request for the activation desk on a USB stick.
class InstallationIdPage : public DevicePage
{
    Q_OBJECT

public:
    explicit InstallationIdPage(WizardContext& context, TransferActions& transfer, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QWidget* preferredFocus() const override;

    GroupedIdDisplay* display() const { return m_display; }
    void readAloud();
    void printSheet();
    void saveSheetPdf();
    // Saves a request for the activation desk: for the chosen year, or for every year.
    void saveRequest(bool allYears);
    // The installation ID went to the activation line some other way than read aloud (copied,
    // or handed to the activation centre): Enter now goes on to the next step.
    void markHandedOver();

Q_SIGNALS:
    void activationCentreRequested();

private:
    void build() override;
    void updateQr();
    paper::SheetItem sheetItem() const;
    paper::SheetOptions sheetOptions() const; // QR with the name or not, the site's phone numbers
    QString machineName() const;
    void showFileNotice(std::optional<NoticeLabel::Kind> kind, const QString& text);

    TransferActions& m_transfer;
    QLabel* m_forProgram = nullptr;
    GroupedIdDisplay* m_display = nullptr;
    QLabel* m_qr = nullptr;
    QCheckBox* m_qrWithName = nullptr;
    QPushButton* m_readAloud = nullptr;
    QPushButton* m_openCentre = nullptr;
    QLabel* m_simulationHint = nullptr;
    QLabel* m_otherWays = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_saveRequest = nullptr;
    QAction* m_requestThisYear = nullptr;
    NoticeLabel* m_notice = nullptr;
    NoticeLabel* m_fileNotice = nullptr;
    bool m_handedOver = false; // read aloud, copied or sent to the centre since arriving
};

} // namespace actdesk::ui
