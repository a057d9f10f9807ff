// SPDX-License-Identifier: MIT
// The yardstick for the start-up benchmark: the smallest Qt Widgets program that shows a
// window, built with the same compiler, flags and Qt, and quit the same way as
// activation-desk (on its first paint, with ACTDESK_QUIT_AFTER_SHOW set).
// With --one-label the window shows one line of text, the least any real window shows: it
// measures what starting the font machinery (fontconfig, FreeType, HarfBuzz) costs by itself.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    if (QApplication::arguments().contains(QStringLiteral("--one-label"))) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Activation Desk"), &window));
    }
    window.resize(1100, 740);
    window.show();
    actdesk::app::gui::quitAfterFirstPaintIfRequested(window);
    return QApplication::exec();
}
