// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/IdError.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace actdesk::ids {

// An activation ID (the product SKU GUID passed to slmgr /dti, /atp, /dlv).
// Accepts every form people paste: with or without braces, with or without hyphens,
// any case. Canonical form: lower case, 8-4-4-4-12, no braces (what slmgr compares).
class ActivationId
{
public:
    // The nil GUID; a placeholder until a real ID is assigned.
    ActivationId() : m_canonical("00000000-0000-0000-0000-000000000000") {}

    static Result<ActivationId, IdError> parse(std::u32string_view normalisedText);
    static Result<ActivationId, IdError> parseAscii(std::string_view text);
    // Wraps text already checked to be a canonical GUID (lower-case hex, 8-4-4-4-12, no
    // braces; parseAscii(text)->canonical() == text): for a reader that has checked it in a
    // faster way of its own (the transfer reader, core/transfer/TransferIdText.h). Not a way
    // round the check: anything else parses. Debug builds assert the precondition.
    static ActivationId fromCanonical(std::string canonical);

    const std::string& canonical() const { return m_canonical; }
    // The 16 bytes in the textual order (Data1 big-endian as written), for GUID marshalling.
    std::array<std::uint8_t, 16> bytes() const;

    friend bool operator==(const ActivationId&, const ActivationId&) = default;
    friend auto operator<=>(const ActivationId& a, const ActivationId& b)
    {
        return a.m_canonical <=> b.m_canonical;
    }

private:
    explicit ActivationId(std::string canonical) : m_canonical(std::move(canonical)) {}
    template <typename Char>
    static Result<ActivationId, IdError> parseText(std::basic_string_view<Char> text);
    std::string m_canonical;
};

} // namespace actdesk::ids
