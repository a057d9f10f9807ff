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

#ifdef Q_OS_WIN
#include "licensing/windows/WindowsProcess.h"
#endif

using namespace actdesk;

namespace {

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("activation-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTDESK_VERSION));
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// --help, --version and command-line mistakes, answered on the terminal in the user's language.
int answerOnTerminal(int& argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    app::installTranslators(app, app::gui::GuiCommandLine::languageOverride(QCoreApplication::arguments()));
    const auto parsed = app::gui::GuiCommandLine::parse(QCoreApplication::arguments());
    const auto* answer = std::get_if<app::gui::TerminalAnswer>(&parsed);
    if (!answer)
        return 0; // cannot happen: the same arguments asked for an answer a moment ago
    QTextStream(stdout) << answer->out;
    QTextStream(stderr) << answer->err;
    return answer->exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // Run from USB sticks and shares: no DLL planted beside the stick's files is ever loaded.
    platform::hardenDllSearchPath();
#endif
    nameTheApplication();
    // Only the window needs a display. Reading the command line first lets --help, --version and
    // mistakes be answered over ssh or in a script, where QApplication would abort for want of a
    // display. (Untranslated here; this reading only decides which application object to make.)
    if (std::holds_alternative<app::gui::TerminalAnswer>(
            app::gui::GuiCommandLine::parse(argumentsOf(argc, argv))))
        return answerOnTerminal(argc, argv);

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.activationdesk.ActivationDesk"));
    // The small rendering: Qt decodes a window icon at once, and the 256 px one costs start-up time.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-desk-64.png")));

    const QString language =
        app::installTranslators(app, app::gui::GuiCommandLine::languageOverride(QApplication::arguments()));
    ui::appearance::applyLanguageFonts(language);

    const auto parsed = app::gui::GuiCommandLine::parse(QApplication::arguments());
    const auto* options = std::get_if<app::gui::GuiOptions>(&parsed);
    if (!options)
        return 2; // cannot happen: answered on the terminal above

    app::gui::GuiComposition composition(*options);
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
