// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "simulation/SimulationControl.h"

namespace actdesk::app::gui {

// The simulated world behind the GUI's Simulation menu: the machine in a state directory
// (created like `actdesk simulate init`) and the training activation centre.
class SimulatedEnvironment final : public ui::SimulationControl
{
public:
    SimulatedEnvironment(QString stateDir, const catalog::Catalog& catalog, const Clock& clock);

    // True when a simulated machine has been set up in the state directory.
    bool machineExists() const;
    // The machine a newcomer gets: what `actdesk simulate init` creates (Windows 7 SP1,
    // prerequisites installed).
    static licensing::SimulatedMachineOptions defaultOptions(const catalog::Catalog& catalog);

    QString stateDirectory() const override { return m_stateDir; }
    Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> setUpMachine(
        const licensing::SimulatedMachineOptions& options) override;
    ids::ConfirmationId confirmationIdFor(const ids::InstallationId& iid) const override;

private:
    QString m_stateDir;
    const catalog::Catalog& m_catalog;
    const Clock& m_clock;
};

} // namespace actdesk::app::gui
