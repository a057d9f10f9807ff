// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/WrappingLabel.h"

namespace actdesk::ui {

// "SIMULATION" across the top of every window that shows results of the simulated backend.
// Black on amber in light and dark palettes alike.
class SimulationBanner : public WrappingLabel
{
    Q_OBJECT

public:
    explicit SimulationBanner(const QString& text, QWidget* parent = nullptr);
};

} // namespace actdesk::ui
