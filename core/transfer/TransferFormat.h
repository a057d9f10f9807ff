// SPDX-License-Identifier: MIT
#pragma once

// Reading and writing the transfer file format (docs/transfer-format.md). Pure functions
// over bytes: TransferStore.h does the file I/O.

#include "common/Result.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QByteArray>

#include <string_view>

namespace actdesk::transfer {

// The first line of every transfer file is "ACTIVATION-DESK-TRANSFER <version>".
inline constexpr std::string_view kMagic = "ACTIVATION-DESK-TRANSFER";
inline constexpr int kFormatVersion = 1;

// Limits that keep a damaged or hostile file from costing unbounded memory or time.
// 64 MiB holds about 90,000 items.
inline constexpr long long kMaxFileBytes = 64LL * 1024 * 1024;
inline constexpr int kMaxLineBytes = 4096;

// Parses a whole file. Checks, in this order: size, header and version, the closing digest
// line (truncation), line syntax and fields, each item's digest, each value (IDs through the
// core ID parsers, so check digits are verified), the item count and the file digest.
// The first problem found is returned, naming its line, item and field.
Result<TransferFile, TransferError> parseTransferFile(QByteArrayView bytes);

// The file's bytes: deterministic for the same items, so unchanged content gives the same
// file and diffs show only what changed.
QByteArray serializeTransferFile(const TransferFile& file);

// True when `text` contains something shaped like a full product key (five groups of five
// key characters, or 25 in a row). Free-text fields refuse it: a key must never be written.
bool looksLikeProductKey(std::string_view text);

// The checks applied to every item read from a file, for items built in memory (the device
// export, the desk's changes) before they are written. Line numbers are 0.
Result<void, TransferError> validateItem(const TransferItem& item);

} // namespace actdesk::transfer
