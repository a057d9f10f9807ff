// SPDX-License-Identifier: MIT
#include "transfer/TransferDigest.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace actdesk::transfer {

namespace {

using Digest = std::array<unsigned char, 32>;

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
using ContextPtr = std::unique_ptr<EVP_MD_CTX, ContextDeleter>;

ContextPtr newContext()
{
    ContextPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex2(ctx.get(), sha256Md(), nullptr) != 1)
        std::abort();
    return ctx;
}

void update(EVP_MD_CTX* ctx, std::string_view data)
{
    if (EVP_DigestUpdate(ctx, data.data(), data.size()) != 1)
        std::abort();
}

Digest finish(EVP_MD_CTX* ctx)
{
    Digest d{};
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctx, d.data(), &size) != 1 || size != d.size())
        std::abort();
    return d;
}

// One reusable context per thread for the one-shot digests (thousands per file).
Digest digestOf(std::initializer_list<std::string_view> pieces)
{
    thread_local ContextPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex2(ctx.get(), sha256Md(), nullptr) != 1)
        std::abort();
    for (std::string_view data : pieces)
        update(ctx.get(), data);
    return finish(ctx.get());
}

constexpr char kHex[] = "0123456789abcdef";

std::string toHex(const Digest& d)
{
    std::string out(d.size() * 2, '\0');
    for (std::size_t i = 0; i < d.size(); ++i) {
        out[2 * i] = kHex[d[i] >> 4];
        out[2 * i + 1] = kHex[d[i] & 0x0f];
    }
    return out;
}

} // namespace

std::string sha256Hex(std::string_view data)
{
    return toHex(digestOf({data}));
}

bool sha256HexEquals(std::string_view data, std::string_view hex)
{
    return sha256HexEquals({data}, hex);
}

bool sha256HexEquals(std::initializer_list<std::string_view> pieces, std::string_view hex)
{
    if (hex.size() != 64)
        return false;
    const Digest d = digestOf(pieces);
    for (std::size_t i = 0; i < d.size(); ++i)
        if (hex[2 * i] != kHex[d[i] >> 4] || hex[2 * i + 1] != kHex[d[i] & 0x0f])
            return false;
    return true;
}

struct Sha256::Context
{
    ContextPtr ctx = newContext();
};

Sha256::Sha256() : m_context(std::make_unique<Context>()) {}

Sha256::~Sha256() = default;

void Sha256::add(std::string_view data)
{
    update(m_context->ctx.get(), data);
}

std::string Sha256::hex()
{
    return toHex(finish(m_context->ctx.get()));
}

} // namespace actdesk::transfer
