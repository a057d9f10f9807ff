// SPDX-License-Identifier: MIT
#include "ScrollingContent.h"

#include <QApplication>
#include <QScrollArea>

namespace actdesk::ui {

QScrollArea* scrollingContent(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // the fields and buttons in it are the Tab stops
    area->setWidget(content);
    QObject::connect(qApp, &QApplication::focusChanged, area, [area, content](QWidget*, QWidget* now) {
        if (now && content->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
    return area;
}

} // namespace actdesk::ui
