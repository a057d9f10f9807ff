// SPDX-License-Identifier: MIT
#include "paper/TransferSheetItems.h"

#include "common/OsFamily.h"
#include "text/CatalogText.h"

namespace actdesk::paper {

QList<SheetItem> sheetItemsForPending(const transfer::TransferFile& file, const catalog::Catalog& catalog)
{
    QList<SheetItem> items;
    for (const auto& item : file.items) {
        if (item.status != transfer::ItemStatus::Pending)
            continue;
        const auto os = osFromKey(item.os);
        const auto* entry = item.program.empty() ? catalog.findById(item.activationId) : catalog.find(item.program);
        const QString activationId = QString::fromStdString(item.activationId.canonical());
        items << SheetItem{QString::fromStdString(item.machineName),
                           os ? text::CatalogText::osName(*os) : QString::fromStdString(item.os),
                           entry ? text::CatalogText::programYear(*entry) : activationId,
                           activationId,
                           item.installationId ? QString::fromStdString(item.installationId->digits()) : QString(),
                           QString::fromStdString(item.partialKey),
                           item.simulation};
    }
    return items;
}

} // namespace actdesk::paper
