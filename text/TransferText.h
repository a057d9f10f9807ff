// SPDX-License-Identifier: MIT
#pragma once

// Translated sentences for transfer files: errors, statuses and per-item reports. Used by
// the transfer verbs (export, import, desk), the Device wizard and the Desk tab; Qt Core only.
// Nothing here names a command-line option: the GUI shows the same sentences.

#include "transfer/DeviceTransfer.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"
#include "transfer/TransferMerge.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::text {

class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)

public:
    // What is wrong, where (file, line, item, field) and what to do. Includes `also`.
    static QString error(const transfer::TransferError& error);
    // Within a sentence: "waiting for a confirmation ID", "answered", "failed", "applied on the
    // machine".
    static QString status(transfer::ItemStatus status);
    // The same words on their own, as in a table cell: "Waiting for a confirmation ID".
    static QString statusLabel(transfer::ItemStatus status);
    // One line of the export report; `product` names the program/year.
    static QString exportEntry(const transfer::ExportEntry& entry, const QString& product,
                               const transfer::MergeAction* action);
    // One line of the import report.
    static QString importEntry(const transfer::ImportEntry& entry, const QString& product);
};

} // namespace actdesk::text
