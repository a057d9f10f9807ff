// SPDX-License-Identifier: MIT
#include "transfer/TransferDigest.h"

namespace actdesk::transfer {

namespace {

using Digest = Sha256Digest;

// One reusable engine per thread for the one-shot digests (thousands per file).
Digest digestOf(std::initializer_list<std::string_view> pieces)
{
    thread_local Sha256Engine engine;
    for (std::string_view data : pieces)
        engine.update(data);
    return engine.finish();
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

void Sha256::add(std::string_view data)
{
    m_engine.update(data);
}

std::string Sha256::hex()
{
    return toHex(m_engine.finish());
}

} // namespace actdesk::transfer
