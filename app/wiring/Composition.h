// SPDX-License-Identifier: MIT
#pragma once

// The composition root's building blocks: which licensing backend, which catalog.
// Shared by the CLI and the GUI so both make the same choices.

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "licensing/Licensing.h"
#include "licensing/SimulatedMachine.h"

#include <QString>

#include <memory>

namespace actdesk::app {

enum class Backend
{
    Simulated,
    Windows,
};

// "simulated" / "windows"; the default is simulated off Windows.
std::optional<Backend> backendFromName(const QString& name);
Backend defaultBackend();

// Opens the chosen backend. The simulated one reads the machine in `stateDir`.
Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> openLicensing(Backend backend,
                                                                                      const QString& stateDir,
                                                                                      const Clock& clock);

// Creates (or replaces) a simulated machine, with the ESU SKUs the catalog lists for its OS.
Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> initSimulatedMachine(
    const QString& stateDir, const licensing::SimulatedMachineOptions& options, const catalog::Catalog& catalog,
    const Clock& clock);

struct CatalogLoad
{
    catalog::Catalog catalog;
    QString overrideFile; // the administrator's file that was applied, if any
};

// The built-in catalog plus the administrator's override file, if it exists. An explicit
// `overrideFile` that does not exist is an error; the default location is optional.
Result<CatalogLoad, catalog::CatalogError> loadCatalog(const QString& overrideFile, bool explicitlyGiven);

} // namespace actdesk::app
