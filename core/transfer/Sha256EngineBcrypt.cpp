// SPDX-License-Identifier: MIT
#include "transfer/Sha256Engine.h"

// <windows.h> must come before <bcrypt.h>, which needs its types.
// clang-format off
#include <windows.h>
#include <bcrypt.h>
// clang-format on

#include <cstdlib>

namespace actdesk::transfer {

namespace {
bool ok(NTSTATUS status)
{
    return status >= 0; // BCRYPT_SUCCESS
}

// The algorithm provider, opened once for the process: opening it is the expensive part.
// BCRYPT_HASH_REUSABLE_FLAG lets one hash object start afresh after each finish.
BCRYPT_ALG_HANDLE sha256Provider()
{
    static const BCRYPT_ALG_HANDLE provider = [] {
        BCRYPT_ALG_HANDLE h = nullptr;
        if (!ok(BCryptOpenAlgorithmProvider(&h, BCRYPT_SHA256_ALGORITHM, nullptr, BCRYPT_HASH_REUSABLE_FLAG)))
            std::abort(); // Windows without SHA-256: nothing here could work
        return h;
    }();
    return provider;
}
} // namespace

struct Sha256Engine::State
{
    BCRYPT_HASH_HANDLE hash = nullptr;
};

Sha256Engine::Sha256Engine() : m_state(std::make_unique<State>())
{
    // A null object buffer lets CNG allocate (and free) the hash object itself (Windows 7+).
    if (!ok(BCryptCreateHash(sha256Provider(), &m_state->hash, nullptr, 0, nullptr, 0,
                             BCRYPT_HASH_REUSABLE_FLAG)))
        std::abort();
}

Sha256Engine::~Sha256Engine()
{
    if (m_state && m_state->hash)
        BCryptDestroyHash(m_state->hash);
}

void Sha256Engine::update(std::string_view data)
{
    // BCryptHashData takes a ULONG length: feed very large pieces in chunks.
    constexpr std::size_t kChunk = 1u << 30;
    while (!data.empty()) {
        const std::size_t n = data.size() < kChunk ? data.size() : kChunk;
        // BCryptHashData does not write through its input pointer; the API is not const-correct.
        auto* bytes = reinterpret_cast<PUCHAR>(const_cast<char*>(data.data()));
        if (!ok(BCryptHashData(m_state->hash, bytes, static_cast<ULONG>(n), 0)))
            std::abort();
        data.remove_prefix(n);
    }
}

Sha256Digest Sha256Engine::finish()
{
    Sha256Digest d{};
    if (!ok(BCryptFinishHash(m_state->hash, d.data(), static_cast<ULONG>(d.size()), 0)))
        std::abort();
    return d;
}

} // namespace actdesk::transfer
