// SPDX-License-Identifier: MIT
#pragma once

// The reader behind parseTransferFile (TransferFormat.h), with the choice it makes by
// itself made explicit, so tests can run both ways on every input. Internal to core/transfer.

#include "common/Result.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QByteArrayView>

namespace actdesk::transfer::detail {

// Where item digests are verified.
enum class DigestThread
{
    // On a second thread for large files (kDigestThreadFromBytes) on a machine with more
    // than one core, else in order.
    Auto,
    // Each when its item ends, on the reading thread: the order that names the first problem.
    InOrder,
    // On a second thread; when anything is wrong the file is read again in order, so the
    // result is always the one InOrder gives.
    Worker,
};

// From this size on, starting a thread costs less than the hashing it takes off the reader
// (a thread costs tens of microseconds; 256 KiB are about 430 items).
inline constexpr long long kDigestThreadFromBytes = 256 * 1024;

Result<TransferFile, TransferError> parseTransferFile(QByteArrayView bytes, DigestThread digests);

} // namespace actdesk::transfer::detail
