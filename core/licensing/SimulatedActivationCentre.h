// SPDX-License-Identifier: MIT
#pragma once

#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace actdesk::licensing {

// A stand-in for Microsoft's activation centre, for training and tests.
//
// It works with the simulated machine and NOTHING else: the CID it computes is a keyed hash
// of the IID that only SimulatedLicensing accepts. A real Windows machine will reject it
// (0xC004F031), and it must never be presented as a real confirmation ID.
class SimulatedActivationCentre
{
public:
    static ids::ConfirmationId confirmationIdFor(const ids::InstallationId& iid);
};

// Deterministic digit streams shared by the simulator's ID generators.
namespace simulation {
std::uint64_t fnv1a(std::string_view text, std::uint64_t seed = 0xcbf29ce484222325ULL);
// `groups` groups of `groupLength` digits, each ending in its check digit, from `seed`.
std::string groupedDigitsFromSeed(std::uint64_t seed, int groups, int groupLength);
} // namespace simulation

} // namespace actdesk::licensing
