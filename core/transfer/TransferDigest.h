// SPDX-License-Identifier: MIT
#pragma once

// SHA-256 for transfer files (item and file digests, item ids), through the platform's own
// library (Sha256Engine: libcrypto on Linux, CNG on Windows): both use the CPU's SHA
// extensions (SHA-NI) or AVX2 where present, about ten times faster than Qt 6.4's portable
// QCryptographicHash, which made hashing the largest cost of reading a file
// (docs/benchmarks.md). The digests are plain SHA-256: the same bytes on every platform.

#include "transfer/Sha256Engine.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace actdesk::transfer {

// SHA-256 of `data` as 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

// Whether SHA-256 of `data` is `hex` (64 lower-case hex digits), without building a string.
bool sha256HexEquals(std::string_view data, std::string_view hex);
// The same for data given in pieces (an item digested straight from the file's bytes).
bool sha256HexEquals(std::initializer_list<std::string_view> pieces, std::string_view hex);

// SHA-256 fed piece by piece (the file digest over many items).
class Sha256
{
  public:
    void add(std::string_view data);
    // The digest of everything added so far, as 64 lower-case hex digits. Call once.
    std::string hex();

  private:
    Sha256Engine m_engine;
};

} // namespace actdesk::transfer
