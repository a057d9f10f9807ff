// SPDX-License-Identifier: MIT
#include "licensing/SimulatedActivationCentre.h"

#include "ids/CheckDigit.h"

namespace actdesk::licensing {

namespace simulation {

std::uint64_t fnv1a(std::string_view text, std::uint64_t seed)
{
    std::uint64_t h = seed;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

namespace {
std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
} // namespace

std::string groupedDigitsFromSeed(std::uint64_t seed, int groups, int groupLength)
{
    std::string out;
    std::uint64_t state = seed;
    for (int g = 0; g < groups; ++g) {
        std::string data;
        for (int i = 0; i < groupLength - 1; ++i)
            data.push_back(static_cast<char>('0' + splitmix64(state) % 10));
        out += data;
        out.push_back(static_cast<char>('0' + ids::checkDigitFor(data)));
    }
    return out;
}

} // namespace simulation

ids::ConfirmationId SimulatedActivationCentre::confirmationIdFor(const ids::InstallationId& iid)
{
    const auto seed = simulation::fnv1a("actdesk-simulated-centre-v1:" + iid.digits());
    const auto digits = simulation::groupedDigitsFromSeed(seed, ids::ConfirmationId::kGroups,
                                                          ids::ConfirmationId::kGroupLength);
    // Always well formed by construction; parse anyway so a bug cannot mint a bad CID.
    return ids::ConfirmationId::fromDigits(digits).value();
}

} // namespace actdesk::licensing
