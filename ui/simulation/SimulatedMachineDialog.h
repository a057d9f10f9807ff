// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "licensing/SimulatedMachine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace actdesk::ui {

// Sets up a simulated machine with the same choices as `actdesk simulate init`:
// Windows version (--os), name (--name), IID length (--iid-length) and whether the ESU
// prerequisite updates are installed (--missing-prerequisites).
class SimulatedMachineDialog : public QDialog
{
    Q_OBJECT

public:
    SimulatedMachineDialog(const catalog::Catalog& catalog, const QString& stateDirectory,
                           QWidget* parent = nullptr);

    licensing::SimulatedMachineOptions options() const;

    QComboBox* osComboBox() const { return m_os; }
    QLineEdit* nameLineEdit() const { return m_name; }
    QComboBox* iidLengthComboBox() const { return m_iidLength; }
    QCheckBox* prerequisitesCheckBox() const { return m_prerequisites; }

private:
    void onOsChanged();

    const catalog::Catalog& m_catalog;
    QComboBox* m_os = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_iidLength = nullptr;
    QCheckBox* m_prerequisites = nullptr;
    bool m_nameEdited = false;
};

} // namespace actdesk::ui
