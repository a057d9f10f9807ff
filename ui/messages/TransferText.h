// SPDX-License-Identifier: MIT
#pragma once

// Translated sentences for transfer files: errors, statuses and per-item reports. Used by
// the transfer verbs (export, import, desk) and the Device wizard (file errors); Qt Core only.

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
    // "waiting for an answer", "answered", "failed", "applied"
    static QString status(transfer::ItemStatus status);
    // One line of the export report; `product` names the program/year.
    static QString exportEntry(const transfer::ExportEntry& entry, const QString& product,
                               const transfer::MergeAction* action);
    // One line of the import report.
    static QString importEntry(const transfer::ImportEntry& entry, const QString& product);
    // The transfer verbs' part of "actdesk help".
    static QString help();
};

} // namespace actdesk::text
