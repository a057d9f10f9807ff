// SPDX-License-Identifier: MIT
#include "SimulationBanner.h"

#include "style/Appearance.h"

namespace actdesk::ui {

SimulationBanner::SimulationBanner(const QString& text, QWidget* parent) : WrappingLabel(text, parent)
{
    setObjectName(QStringLiteral("simulationBannerLabel"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setFont(appearance::headingFont(font(), 1.15));
    setAutoFillBackground(true);
    setMargin(6);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, appearance::simulationBackground());
    pal.setColor(QPalette::WindowText, appearance::simulationForeground());
    setPalette(pal);
    setAccessibleName(text);
}

} // namespace actdesk::ui
