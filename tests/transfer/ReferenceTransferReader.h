// SPDX-License-Identifier: MIT
#pragma once

// The transfer file reader before the single-pass rewrite, as a test oracle (see the .cpp).

#include "common/Result.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QByteArrayView>
#include <string_view>

namespace actdesk::transfer::reference {

Result<TransferFile, TransferError> parseTransferFile(QByteArrayView bytes);
bool looksLikeProductKey(std::string_view text);

} // namespace actdesk::transfer::reference
