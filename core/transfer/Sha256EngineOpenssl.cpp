// SPDX-License-Identifier: MIT
#include "transfer/Sha256Engine.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace actdesk::transfer {

namespace {
// The SHA-256 implementation, fetched from the default provider once: an implicit fetch on
// every EVP_DigestInit would cost more than hashing a whole item.
const EVP_MD* sha256Md()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md)
        std::abort(); // libcrypto without SHA-256: nothing here could work
    return md;
}

struct ContextDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
} // namespace

struct Sha256Engine::State
{
    std::unique_ptr<EVP_MD_CTX, ContextDeleter> ctx{EVP_MD_CTX_new()};
};

Sha256Engine::Sha256Engine() : m_state(std::make_unique<State>())
{
    if (!m_state->ctx || EVP_DigestInit_ex2(m_state->ctx.get(), sha256Md(), nullptr) != 1)
        std::abort();
}

Sha256Engine::~Sha256Engine() = default;

void Sha256Engine::update(std::string_view data)
{
    if (EVP_DigestUpdate(m_state->ctx.get(), data.data(), data.size()) != 1)
        std::abort();
}

Sha256Digest Sha256Engine::finish()
{
    Sha256Digest d{};
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_state->ctx.get(), d.data(), &size) != 1 || size != d.size() ||
        EVP_DigestInit_ex2(m_state->ctx.get(), sha256Md(), nullptr) != 1)
        std::abort();
    return d;
}

} // namespace actdesk::transfer
