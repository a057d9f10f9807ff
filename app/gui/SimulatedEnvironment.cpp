// SPDX-License-Identifier: MIT
#include "SimulatedEnvironment.h"

#include "Composition.h"
#include "licensing/SimulatedActivationCentre.h"

#include <QFileInfo>

namespace actdesk::app::gui {

SimulatedEnvironment::SimulatedEnvironment(QString stateDir, const catalog::Catalog& catalog, const Clock& clock)
    : m_stateDir(std::move(stateDir)), m_catalog(catalog), m_clock(clock)
{
}

bool SimulatedEnvironment::machineExists() const
{
    const auto file = licensing::simulated_store::stateFile(m_stateDir.toStdString());
    return QFileInfo::exists(QString::fromStdString(file.string()));
}

licensing::SimulatedMachineOptions SimulatedEnvironment::defaultOptions(const catalog::Catalog& catalog)
{
    licensing::SimulatedMachineOptions o;
    if (const auto p = catalog.prerequisites(o.os))
        o.installedUpdates = p->updates;
    return o;
}

Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> SimulatedEnvironment::setUpMachine(
    const licensing::SimulatedMachineOptions& options)
{
    return initSimulatedMachine(m_stateDir, options, m_catalog, m_clock);
}

ids::ConfirmationId SimulatedEnvironment::confirmationIdFor(const ids::InstallationId& iid) const
{
    return licensing::SimulatedActivationCentre::confirmationIdFor(iid);
}

} // namespace actdesk::app::gui
