// SPDX-License-Identifier: MIT
#pragma once

// The platform's SHA-256 behind TransferDigest: libcrypto on Linux (Sha256EngineOpenssl.cpp),
// Windows' own CNG (bcrypt.dll, Sha256EngineBcrypt.cpp) on Windows. CNG ships with every
// Windows since Vista and uses the CPU's SHA extensions as libcrypto does, so the Windows build
// needs no OpenSSL of its own (Debian has none for mingw) and nothing extra in the zip.
// A failure of either is a broken system library: the engine aborts rather than return a
// digest nobody could trust.

#include <array>
#include <memory>
#include <string_view>

namespace actdesk::transfer {

using Sha256Digest = std::array<unsigned char, 32>;

class Sha256Engine
{
  public:
    Sha256Engine();
    ~Sha256Engine();
    Sha256Engine(const Sha256Engine&) = delete;
    Sha256Engine& operator=(const Sha256Engine&) = delete;

    void update(std::string_view data);
    // The digest of everything since construction or the last finish(); starts afresh.
    Sha256Digest finish();

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace actdesk::transfer
