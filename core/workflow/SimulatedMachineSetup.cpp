// SPDX-License-Identifier: MIT
#include "workflow/SimulatedMachineSetup.h"

namespace actdesk::workflow {

std::vector<licensing::SimulatedSkuDefinition> simulatedSkusFromCatalog(const catalog::Catalog& catalog,
                                                                       OsFamily os)
{
    const bool client = os == OsFamily::Windows7 || os == OsFamily::Windows10;
    std::vector<licensing::SimulatedSkuDefinition> out;
    for (const auto& e : catalog.forOs(os))
        out.push_back({e.activationId, std::string(client ? "Client" : "Server") + "-ESU-Year" + std::to_string(e.year),
                       e.name + " Year " + std::to_string(e.year) + " (Simulation)"});
    return out;
}

} // namespace actdesk::workflow
