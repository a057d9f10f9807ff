// SPDX-License-Identifier: MIT
#pragma once
// Whether a role view (Desk, Call centre) fits as a tab of the main window at its default
// size, 1100 x 740, which leaves a 1100 x 626 tab page: it must never force the window
// larger, and nothing may need scrolling sideways. Run under each font set-up (FontSetup.h).

#include "FontSetup.h"

#include <QCoreApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSize>
#include <QString>
#include <QWidget>

namespace actdesk::testing {

enum class Scrolling
{
    DownAllowed,
    None, // the operator's whole task is on screen at once
};

// Empty when `view` fits (resizing it to the page on the way); otherwise what does not.
inline QString tabPageMisfit(QWidget* view, const QString& scrollAreaName,
                             Scrolling allowed = Scrolling::DownAllowed)
{
    if (const QString fonts = fontSetupProblem(); !fonts.isEmpty())
        return fonts;
    const QSize page(1100, 626);
    const QSize needs = view->minimumSizeHint();
    if (needs.width() > page.width() || needs.height() > page.height())
        return QStringLiteral("the view needs %1 x %2").arg(needs.width()).arg(needs.height());
    view->resize(page);
    QCoreApplication::processEvents();
    const auto* area = view->findChild<QScrollArea*>(scrollAreaName);
    if (!area)
        return QStringLiteral("no scroll area %1").arg(scrollAreaName);
    if (const int sideways = area->horizontalScrollBar()->maximum(); sideways != 0)
        return QStringLiteral("%1 px need scrolling sideways").arg(sideways);
    if (const int down = area->verticalScrollBar()->maximum(); allowed == Scrolling::None && down != 0)
        return QStringLiteral("%1 px need scrolling down").arg(down);
    return {};
}

} // namespace actdesk::testing
