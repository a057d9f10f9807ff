// SPDX-License-Identifier: MIT
#pragma once

// The fields of an item and the checks on their values, shared by the reader
// (TransferReader.cpp) and the writer (TransferFormat.cpp). Internal to core/transfer.

#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace actdesk::transfer::detail {

// The fields of an item, in the order they are written and digested.
enum Field
{
    MachineName,
    MachineId,
    Os,
    Simulation,
    Program,
    ActivationIdField,
    PartialKey,
    ExtendedPid,
    InstallationIdField,
    RequestedAt,
    Status,
    ConfirmationIdField,
    AnsweredBy,
    AnsweredAt,
    Reason,
    AppliedAt,
    kFieldCount
};

inline constexpr std::array<std::string_view, kFieldCount> kFieldKeys = {
    "machine-name",    "machine-id",    "os",          "simulation",
    "program",         "activation-id", "partial-key", "extended-pid",
    "installation-id", "requested-at",  "status",      "confirmation-id",
    "answered-by",     "answered-at",   "reason",      "applied-at",
};
inline constexpr std::string_view kItemDigestKey = "item-sha256";
inline constexpr std::string_view kCountKey = "items";
inline constexpr std::string_view kFileDigestKey = "sha256";
inline constexpr std::string_view kItemHeaderOpen = "[item ";

// An item's values as written (escaped), in field order, and the line each came from.
using RawValues = std::array<std::string_view, kFieldCount>;
using FieldLines = std::array<int, kFieldCount>;

TransferError error(TransferError::Kind kind, int line, std::string item = {}, std::string field = {},
                    std::string value = {});

bool isHex(std::string_view s);
// 12 lower-case hex digits.
bool isItemId(std::string_view s);

// The item's values as the writer writes them (escaped, IDs grouped), in field order.
std::array<std::string, kFieldCount> rawValues(const TransferItem& item);
RawValues viewsOf(const std::array<std::string, kFieldCount>& raw);

// The item's field lines, "key=value\n" in field order, appended to `out`: what the writer
// writes under "[item <id>]" and what its digest covers after "item <id>\n".
void appendItemFields(const RawValues& raw, std::string& out);
// The item's canonical form (what its digest covers), written into `out`.
void canonicalItem(std::string_view id, const RawValues& raw, std::string& out);

// "ACTIVATION-DESK-TRANSFER <version>".
std::string headerLine(int version);

// What the reader already knows about an item's raw values (nothing, for items built in
// memory).
struct KnownText
{
    // The values come from lines found to be clean UTF-8 without control characters (the
    // reader checks every line), so a value without escapes needs no second look at its text.
    bool clean = false;
    // With `clean`: bit f is set when field f holds a backslash (the line scan saw it), so
    // the values need not be searched for escapes.
    std::uint32_t escapedFields = 0;
};

// Checks every value of an item and fills `item` with them (every member but `line`). The
// first problem is returned; `lines` (may be all 0) name where each field was, `itemLine`
// is used for a field without a line of its own.
std::optional<TransferError> checkItemValues(std::string_view id, int itemLine, const RawValues& raw,
                                             const FieldLines& lines, const KnownText& known,
                                             TransferItem& item);

} // namespace actdesk::transfer::detail
