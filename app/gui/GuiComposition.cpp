// SPDX-License-Identifier: MIT
#include "GuiComposition.h"

#include "Composition.h"
#include "mainwindow/MainWindow.h"
#include "messages/CatalogText.h"
#include "messages/ErrorText.h"

#include <QStatusBar>

namespace actdesk::app::gui {

GuiComposition::GuiComposition(const GuiOptions& options, std::unique_ptr<QSettings> settings)
    : m_options(options), m_settings(std::move(settings))
{
    if (!m_settings)
        m_settings = std::make_unique<QSettings>();
    auto loaded = loadCatalog(options.catalogFile, options.catalogGiven);
    if (!loaded) {
        m_ok = false;
        m_error = text::ErrorText::catalogError(loaded.error());
        return;
    }
    m_catalog = loaded->catalog;
    if (options.backend == Backend::Simulated)
        m_simulation = std::make_unique<SimulatedEnvironment>(options.stateDir, m_catalog, m_clock);
}

GuiComposition::~GuiComposition() = default;

std::unique_ptr<ui::MainWindow> GuiComposition::createMainWindow()
{
    std::unique_ptr<licensing::Licensing> licensing;
    QString problem;
    QString firstStart;
    if (m_simulation && !m_simulation->machineExists()) {
        // First start: give the newcomer a simulated Windows 7 machine to practise on.
        const auto options = SimulatedEnvironment::defaultOptions(m_catalog);
        auto created = m_simulation->setUpMachine(options);
        if (created) {
            licensing = std::move(created).value();
            firstStart = tr("A simulated machine was set up for you: %1 (%2).")
                             .arg(QString::fromStdString(options.name), text::CatalogText::osName(options.os));
        } else {
            problem = text::ErrorText::licensingError(created.error());
        }
    } else {
        auto opened = openLicensing(m_options.backend, m_options.stateDir, m_clock);
        if (opened)
            licensing = std::move(opened).value();
        else
            problem = text::ErrorText::licensingError(opened.error());
    }

    auto window = std::make_unique<ui::MainWindow>(
        std::move(licensing), problem, ui::MainWindowServices{m_catalog, m_clock, *m_settings, m_simulation.get()});
    // The journal (ui/journal) attaches here: window->addWorkflowObserver(...) and
    // window->setJournalView(...).
    if (!firstStart.isEmpty())
        window->statusBar()->showMessage(firstStart, 20000);
    return window;
}

} // namespace actdesk::app::gui
