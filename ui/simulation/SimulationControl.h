// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "licensing/Licensing.h"
#include "licensing/SimulatedMachine.h"

#include <QString>

#include <memory>

namespace actdesk::ui {

// What the GUI may do with the simulated world, without knowing how it is built.
// The composition root (app/gui) implements it; the UI never includes a backend.
class SimulationControl
{
public:
    virtual ~SimulationControl() = default;

    // Where the simulated machine is kept (shown to the user).
    virtual QString stateDirectory() const = 0;
    // Creates (or replaces) the simulated machine, like `actdesk simulate init`, and opens it.
    virtual Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> setUpMachine(
        const licensing::SimulatedMachineOptions& options) = 0;
    // The training activation centre: the CID for an IID (valid on the simulated machine only).
    virtual ids::ConfirmationId confirmationIdFor(const ids::InstallationId& iid) const = 0;
};

} // namespace actdesk::ui
