// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "licensing/Licensing.h"
#include "workflow/ActivationSession.h"

#include <QString>

#include <optional>

namespace actdesk::ui {

class ElevationPort;
class FileDialogs;

// What the wizard's pages share: the session they drive, read-only access to the licensing
// port (to show statuses), the catalog, the file dialogs, and what earlier pages found out.
struct WizardContext
{
    workflow::ActivationSession& session;
    licensing::Licensing& licensing;
    const catalog::Catalog& catalog;
    FileDialogs* dialogs = nullptr; // never null once the wizard is built

    std::optional<workflow::PrerequisiteReport> report; // from the machine page
    std::optional<catalog::CatalogEntry> chosen;        // from the program page
    QString transferFile; // the transfer file last saved or opened (the same stick, usually)

    ElevationPort* elevation = nullptr; // "Restart as administrator"; null where there is none

    bool simulation() const { return licensing.isSimulation(); }
    // The ESU SKU state of the chosen program, read fresh from the licensing service.
    std::optional<licensing::SkuState> chosenSku() const;
    // "Windows 7 SP1 ESU, Year 1", or the activation ID when the catalog does not know it.
    QString chosenProgramText() const;
};

} // namespace actdesk::ui
