// SPDX-License-Identifier: MIT
#pragma once

// Compares the reader with the reference reader (ReferenceTransferReader.cpp, the reader
// before the single-pass rewrite): the same items, or the same first problem with every
// detail a message uses. Used by transfer_tests and by the fuzz targets.

#include "ReferenceTransferReader.h"
#include "transfer/TransferReader.h"

#include <string>

namespace actdesk::test {

inline std::string idErrorDifference(const std::optional<ids::IdError>& a,
                                     const std::optional<ids::IdError>& b)
{
    if (a.has_value() != b.has_value())
        return "idError present in one only";
    if (!a)
        return {};
    if (a->type != b->type || a->kind != b->kind || a->found != b->found || a->expected != b->expected ||
        a->character != b->character || a->position != b->position || a->badGroups != b->badGroups)
        return "idError differs";
    return {};
}

inline std::string errorDifference(const transfer::TransferError& a, const transfer::TransferError& b)
{
    using transfer::errorKindKey;
    if (a.kind != b.kind)
        return std::string("kind ") + errorKindKey(a.kind) + " vs " + errorKindKey(b.kind);
    if (a.line != b.line)
        return "line " + std::to_string(a.line) + " vs " + std::to_string(b.line) + " (" +
               errorKindKey(a.kind) + ")";
    if (a.item != b.item || a.field != b.field || a.value != b.value || a.detail != b.detail ||
        a.path != b.path)
        return std::string("item/field/value/detail differ (") + errorKindKey(a.kind) + ")";
    if (a.version != b.version || a.expected != b.expected || a.found != b.found ||
        a.candidates != b.candidates)
        return "version/expected/found differ";
    if (auto d = idErrorDifference(a.idError, b.idError); !d.empty())
        return d;
    if (a.also.size() != b.also.size())
        return "also: " + std::to_string(a.also.size()) + " vs " + std::to_string(b.also.size());
    for (std::size_t i = 0; i < a.also.size(); ++i)
        if (auto d = errorDifference(a.also[i], b.also[i]); !d.empty())
            return "also: " + d;
    return {};
}

// Empty when the reader (with `digests`) and the reference reader agree on `bytes`.
inline std::string differenceFromReference(QByteArrayView bytes, transfer::detail::DigestThread digests)
{
    const auto actual = transfer::detail::parseTransferFile(bytes, digests);
    const auto expected = transfer::reference::parseTransferFile(bytes);
    if (actual.ok() != expected.ok())
        return actual.ok() ? "accepted a file the reference refuses (" +
                                 std::string(transfer::errorKindKey(expected.error().kind)) + ")"
                           : "refused a file the reference accepts (" +
                                 std::string(transfer::errorKindKey(actual.error().kind)) + ")";
    if (!actual.ok())
        return errorDifference(actual.error(), expected.error());
    if (actual->items.size() != expected->items.size())
        return "item count differs";
    for (std::size_t i = 0; i < actual->items.size(); ++i)
        if (!(actual->items[i] == expected->items[i]) || actual->items[i].line != expected->items[i].line)
            return "item " + std::to_string(i) + " differs";
    return {};
}

} // namespace actdesk::test
