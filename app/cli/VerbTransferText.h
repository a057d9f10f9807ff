// SPDX-License-Identifier: MIT
#pragma once

// The transfer verbs' sentences live in ui/messages (shared with the Device wizard).

#include "messages/TransferText.h"

namespace actdesk::cli {
using text::TransferText;
} // namespace actdesk::cli
