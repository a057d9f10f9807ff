// SPDX-License-Identifier: MIT
#pragma once

// The wizard's side of a USB-stick activation: save this machine's request into a transfer
// file (shared with other machines) and open the desk's response. Both go through
// core/transfer's DeviceTransferFile, as `actdesk export` / `actdesk import` do, and report
// every step to the wizard session's observers (the journal).

#include "widgets/NoticeLabel.h"
#include "wizard/WizardContext.h"

#include <QObject>
#include <QString>
#include <optional>

class QWidget;

namespace actdesk::ui {

class TransferActions : public QObject
{
    Q_OBJECT

public:
    explicit TransferActions(WizardContext& context, QObject* parent = nullptr);

    struct Report
    {
        NoticeLabel::Kind kind = NoticeLabel::Kind::Info;
        QString text; // plain translated sentences, one per line
    };

    // Asks where to save, then saves the request for the chosen product, or (`allYears`) for
    // every ESU year on this machine with a key installed that is not licensed yet.
    // Nothing when the user cancelled.
    std::optional<Report> saveRequest(QWidget* parent, bool allYears);

    struct Response
    {
        Report report;
        bool chosenLicensed = false; // the product this wizard activates is now Licensed
    };
    // Asks which file, then applies the answers in it that are meant for this machine.
    // A damaged file changes nothing. Nothing when the user cancelled.
    std::optional<Response> openResponse(QWidget* parent);

    static QString fileFilter();

private:
    QString productName(const ids::ActivationId& activationId) const;
    QString suggestedPath() const;

    WizardContext& m_ctx;
};

} // namespace actdesk::ui
