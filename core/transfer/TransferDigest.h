// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace actdesk::transfer {

// SHA-256 of `data` as 64 lower-case hex digits (QCryptographicHash).
std::string sha256Hex(std::string_view data);

} // namespace actdesk::transfer
