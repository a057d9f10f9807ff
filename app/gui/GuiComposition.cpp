// SPDX-License-Identifier: MIT
#include "GuiComposition.h"

#include "Composition.h"
#include "JournalDefaults.h"
#include "JournalText.h"
#include "callcentre/CallCentreView.h"
#include "desk/DeskQueueView.h"
#include "journal/JournalRecovery.h"
#include "journal/JournalView.h"
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

GuiComposition::~GuiComposition() = default; // after the window: it refers to the journal

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
    openJournal();
    if (m_recorder)
        window->addWorkflowObserver(m_recorder.get());
    addRoleViews(*window);
    QString status = firstStart;
    if (!m_journalNotice.isEmpty())
        status = status.isEmpty() ? m_journalNotice : status + QLatin1Char(' ') + m_journalNotice;
    if (!status.isEmpty())
        window->statusBar()->showMessage(status, 30000);
    return window;
}

void GuiComposition::openJournal()
{
    if (m_journal)
        return;
    auto location = journal::JournalLocation::parse(m_options.journalLocation);
    if (!location) {
        m_journalNotice = JournalText::notJournaling(location.error());
        return;
    }
    auto opened = journal::JournalRecovery::openOrStartFresh(location.value(), m_clock,
                                                             QStringLiteral(ACTDESK_VERSION));
    if (!opened) {
        // A journal that cannot be used never stops an activation; the window says so.
        m_journalNotice = JournalText::notJournaling(opened.error());
        return;
    }
    m_journal = std::make_unique<journal::OpenedJournal>(std::move(opened).value());
    if (m_journal->replacedBecause)
        m_journalNotice =
            JournalText::startedFreshBeside(*m_journal->replacedBecause, m_journal->journal->location().path);
    m_recorder = std::make_unique<workflow::JournalRecorder>(
        *m_journal->journal, JournalDefaults::author(workflow::JournalRole::Device));
}

void GuiComposition::addRoleViews(ui::MainWindow& window)
{
    workflow::ActivationJournal* journal = m_journal ? m_journal->journal.get() : nullptr;
    const QString operatorName = JournalDefaults::operatorName();
    // The Desk role: transfer files from USB sticks, and callers on the phone.
    // Each view is made when its tab is first opened: the window comes up as fast as the wizard
    // alone (see docs/benchmarks.md), and the composition outlives the window and its tabs.
    window.addView([this, journal, operatorName] { return new ui::DeskQueueView(m_catalog, journal, m_clock, operatorName); },
                   tr("&Desk: transfer files"), tr("Answer the requests on a USB stick"));
    window.addView([this, journal, operatorName] { return new ui::CallCentreView(m_catalog, journal, m_clock, operatorName); },
                   tr("&Call centre"), tr("Take an installation ID by phone and read the confirmation ID back"));
    window.setJournalView([this, journal]() -> QWidget* {
        auto* view = new ui::JournalView;
        view->setCatalog(&m_catalog);
        view->setJournal(journal, m_options.journalLocation);
        return view;
    });
}

} // namespace actdesk::app::gui
