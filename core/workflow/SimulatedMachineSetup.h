// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "licensing/SimulatedMachine.h"

#include <vector>

namespace actdesk::workflow {

// The ESU SKUs a simulated machine of this OS carries: the catalog's years for that OS,
// named the way Windows names ESU add-ons ("Client-ESU-Year1", "Server-ESU-Year1").
std::vector<licensing::SimulatedSkuDefinition> simulatedSkusFromCatalog(const catalog::Catalog& catalog,
                                                                       OsFamily os);

} // namespace actdesk::workflow
