// SPDX-License-Identifier: MIT
// activation-desk: the Device wizard. Bootstrap only: translators, composition, window, exec.
#include "GuiComposition.h"
#include "GuiOptions.h"
#include "StartupProbe.h"
#include "Translation.h"
#include "mainwindow/MainWindow.h"
#include "style/Appearance.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <variant>

using namespace actdesk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ActivationDesk"));
    QApplication::setApplicationName(QStringLiteral("activation-desk"));
    QApplication::setApplicationVersion(QStringLiteral(ACTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.activationdesk.ActivationDesk"));
    // The small rendering: Qt decodes a window icon at once, and the 256 px one costs start-up time.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-desk-64.png")));

    const QString language =
        app::installTranslators(app, app::gui::GuiCommandLine::languageOverride(QApplication::arguments()));
    ui::appearance::applyLanguageFonts(language);

    const auto parsed = app::gui::GuiCommandLine::parse(QApplication::arguments());
    if (const int* exitCode = std::get_if<int>(&parsed))
        return *exitCode;

    app::gui::GuiComposition composition(std::get<app::gui::GuiOptions>(parsed));
    if (!composition.ok()) {
        // Same exit code as the CLI for a broken environment (here: the catalog file).
        QTextStream(stderr) << composition.error() << '\n';
        if (!app::gui::startupProbeRequested())
            QMessageBox::critical(nullptr, QStringLiteral("Activation Desk"), composition.error());
        return 3;
    }
    const auto window = composition.createMainWindow();
    window->show();
    app::gui::quitAfterFirstPaintIfRequested(*window);
    return QApplication::exec();
}
