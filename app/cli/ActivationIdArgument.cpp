// SPDX-License-Identifier: MIT
#include "ActivationIdArgument.h"

#include "CliContext.h"
#include "messages/CatalogText.h"
#include "messages/ErrorText.h"

namespace actdesk::cli {

std::optional<ResolvedActivationId> resolveActivationId(CliContext& ctx, const QString& text, int& exitCode)
{
    auto resolved = verbs::resolveProgram(ctx.catalog, text.toStdString());
    if (!resolved) {
        exitCode = ctx.usage(CliContext::tr("\"%1\" is neither a program/year from the catalog (see \"actdesk "
                                            "programs\") nor an activation ID: %2")
                                 .arg(text, text::ErrorText::idError(resolved.error())));
        return std::nullopt;
    }
    return resolved.value();
}

QString describe(const ResolvedActivationId& id)
{
    if (id.entry)
        return text::CatalogText::programYear(*id.entry);
    return QString::fromStdString(id.id.canonical());
}

} // namespace actdesk::cli
