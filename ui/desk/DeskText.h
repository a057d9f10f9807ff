// SPDX-License-Identifier: MIT
#pragma once

// Translated sentences for the desk screen: item statuses and transfer-file problems.

#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::ui::desk {

class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(DeskText)

public:
    static QString status(transfer::ItemStatus status);
    static QString error(const transfer::TransferError& error);
};

} // namespace actdesk::ui::desk
