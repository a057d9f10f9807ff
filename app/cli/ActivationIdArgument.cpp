// SPDX-License-Identifier: MIT
#include "ActivationIdArgument.h"

#include "CliContext.h"
#include "input/ParseInput.h"
#include "messages/CatalogText.h"
#include "messages/ErrorText.h"

namespace actdesk::cli {

std::optional<ResolvedActivationId> resolveActivationId(CliContext& ctx, const QString& text, int& exitCode)
{
    const std::string utf8 = text.toStdString();
    if (const auto* entry = ctx.catalog.find(utf8))
        return ResolvedActivationId{entry->activationId, entry};
    auto id = input::parseActivationId(utf8);
    if (!id) {
        exitCode = ctx.usage(CliContext::tr("\"%1\" is neither a program/year from the catalog (see \"actdesk "
                                            "programs\") nor an activation ID: %2")
                                 .arg(text, text::ErrorText::idError(id.error())));
        return std::nullopt;
    }
    return ResolvedActivationId{id.value(), ctx.catalog.findById(id.value())};
}

QString describe(const ResolvedActivationId& id)
{
    if (id.entry)
        return text::CatalogText::programYear(*id.entry);
    return QString::fromStdString(id.id.canonical());
}

} // namespace actdesk::cli
