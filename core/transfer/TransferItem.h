// SPDX-License-Identifier: MIT
#pragma once

// One activation request in a transfer file, and the answer to it once the desk has one.
// Plain data, validated by the reader (TransferFormat.h) and by the operations that change
// it (TransferMerge.h, DeskAnswers.h, DeviceTransfer.h). The IDs are typed: whoever makes an
// item (the reader, the machine's export) parses them once, and nobody parses them again.
// Carries the partial key only: a full product key never reaches a transfer file.

#include "ids/ActivationId.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actdesk::transfer {

// UTC, whole seconds: what the file records ("2026-05-28T20:26:40Z").
using Timestamp = std::chrono::sys_seconds;

Timestamp toTimestamp(std::chrono::system_clock::time_point t);
std::string formatTimestamp(Timestamp t);
std::optional<Timestamp> parseTimestamp(std::string_view text);

// The life of one item. A new request is pending; the desk answers it (or marks it failed,
// with a reason); the machine applies the answer.
enum class ItemStatus
{
    Pending,
    Answered,
    Failed,
    Applied,
};

// "pending", "answered", "failed", "applied": the words used in the file and by the CLI.
const char* statusKey(ItemStatus status);
std::optional<ItemStatus> statusFromKey(std::string_view key);

struct TransferItem
{
    std::string id; // 12 lower-case hex digits, unique in its file (see itemIdFor)

    // The machine that asked.
    std::string machineName;
    std::string machineId; // the machine's stable identifier (Windows: MachineGuid)
    std::string os;        // osKey(): win7, win2008r2, ...
    bool simulation = false; // the request came from a simulated machine (training)

    // The product.
    std::string program;      // catalog key (win7-esu-y1); empty for an ID not in the catalog
    ids::ActivationId activationId; // nil until set
    std::string partialKey;   // the last five characters of the installed key, never more
    std::string extendedPid;
    std::optional<ids::InstallationId> installationId; // absent only in an item being made
    Timestamp requestedAt{};

    // The answer.
    ItemStatus status = ItemStatus::Pending;
    std::optional<ids::ConfirmationId> confirmationId; // set when answered or applied
    std::string answeredBy;     // who answered or failed it; "simulation: ..." in training
    std::optional<Timestamp> answeredAt;
    std::string reason; // why the desk could not get a CID (failed only)
    std::optional<Timestamp> appliedAt;

    // Where the item starts in the file it was read from (1-based); 0 when made in memory.
    int line = 0;

    friend bool operator==(const TransferItem& a, const TransferItem& b);
};

// The item id for a request: the first 12 hex digits of SHA-256 over
// "machineId|activationId|installationId". The same machine asking again for the same
// product with the same IID gets the same id.
std::string itemIdFor(std::string_view machineId, std::string_view activationId, std::string_view installationId);
std::string itemIdFor(std::string_view machineId, const ids::ActivationId& activationId,
                      const ids::InstallationId& installationId);

// A whole transfer file in memory.
struct TransferFile
{
    std::vector<TransferItem> items;

    TransferItem* find(std::string_view id);
    const TransferItem* find(std::string_view id) const;
};

} // namespace actdesk::transfer
