// SPDX-License-Identifier: MIT
// The yardstick for the start-up benchmark: the smallest Qt Widgets program that shows a
// window, built with the same compiler, flags and Qt, and quit the same way as
// activation-desk (on its first paint, with ACTDESK_QUIT_AFTER_SHOW set).
#include "StartupProbe.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1100, 740);
    window.show();
    actdesk::app::gui::quitAfterFirstPaintIfRequested(window);
    return QApplication::exec();
}
