// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "paper/ActivationSheet.h"
#include "transfer/TransferItem.h"

#include <QList>

namespace actdesk::paper {

// The sheets for the items of a transfer file that still wait for a confirmation ID: one per
// item, so a desk can print a whole stick's worth of requests for a site that bans USB
// sticks. Answered, applied and failed items get no sheet.
QList<SheetItem> sheetItemsForPending(const transfer::TransferFile& file, const catalog::Catalog& catalog);

} // namespace actdesk::paper
