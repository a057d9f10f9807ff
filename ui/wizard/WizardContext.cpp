// SPDX-License-Identifier: MIT
#include "WizardContext.h"

#include "text/CatalogText.h"

namespace actdesk::ui {

std::optional<licensing::SkuState> WizardContext::chosenSku() const
{
    const auto& id = session.activationId();
    if (!id)
        return std::nullopt;
    auto skus = licensing.esuSkus();
    if (!skus)
        return std::nullopt;
    for (const auto& s : skus.value())
        if (s.activationId == *id)
            return s;
    return std::nullopt;
}

QString WizardContext::chosenProgramText() const
{
    const auto& id = session.activationId();
    if (id) {
        if (const auto* entry = catalog.findById(*id))
            return text::CatalogText::programYear(*entry);
        return QString::fromStdString(id->canonical());
    }
    return chosen ? text::CatalogText::programYear(*chosen) : QString();
}

} // namespace actdesk::ui
