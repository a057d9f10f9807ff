// SPDX-License-Identifier: MIT
#include "GuiComposition.h"

#include "ResumeTicket.h"
#ifdef _WIN32
#include "ElevatedRestart.h"
#endif

#include "AppPaths.h"
#include "Composition.h"
#include "JournalDefaults.h"
#include "text/JournalText.h"
#include "text/Sentences.h"
#include "callcentre/CallCentreView.h"
#include "desk/DeskOnlinePanel.h"
#include "desk/DeskQueueView.h"
#include "journalview/DamagedJournalDialog.h"
#include "journal/JournalRecovery.h"
#include "journalview/JournalView.h"
#include "mainwindow/MainWindow.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace actdesk::app::gui {

GuiComposition::GuiComposition(const GuiOptions& options, std::unique_ptr<QSettings> settings)
    : m_options(options), m_settings(std::move(settings))
{
    if (!m_settings) {
#ifdef Q_OS_WIN
        // An INI file beside the journal rather than the registry: a portable copy keeps it.
        m_settings = std::make_unique<QSettings>(AppPaths::settingsFile(), QSettings::IniFormat);
#else
        m_settings = std::make_unique<QSettings>();
#endif
    }
    auto loaded = loadCatalog(options.catalogFile, options.catalogGiven);
    if (!loaded) {
        m_ok = false;
        m_error = text::ErrorText::catalogError(loaded.error());
        return;
    }
    m_catalog = loaded->catalog;
    if (options.backend == Backend::Simulated)
        m_simulation = std::make_unique<SimulatedEnvironment>(options.stateDir, m_catalog, m_clock);
    // The call centre's training mode asks the simulated activation centre whatever the backend.
    m_trainingCentre = std::make_unique<SimulatedEnvironment>(options.stateDir, m_catalog, m_clock);
    m_damagedJournalPrompt = [](const workflow::JournalError& why, QWidget* parent) {
        ui::DamagedJournalDialog dialog(text::JournalText::problem(why), QString::fromStdString(why.location), parent);
        return dialog.exec() == QDialog::Accepted;
    };
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

#ifdef _WIN32
    // The slc.dll backend only: the simulated one needs no administrator.
    if (!m_elevation && m_options.backend == Backend::Windows)
        m_elevation = std::make_unique<ElevatedRestart>(QFileInfo(AppPaths::defaultJournalFile()).absolutePath());
#endif
    auto window = std::make_unique<ui::MainWindow>(
        std::move(licensing), problem,
        ui::MainWindowServices{m_catalog, m_clock, *m_settings, m_simulation.get(), m_elevation.get()});
    openJournal(window.get());
    if (m_recorder) {
        window->addWorkflowObserver(m_recorder.get());
    } else {
        // Said plainly and for as long as the window is open, not only for 30 seconds.
        auto* off = new QLabel(tr("\u26A0 Journal off: nothing is being recorded"), window.get());
        off->setObjectName(QStringLiteral("journalOffStatusLabel"));
        off->setToolTip(m_journalNotice);
        window->statusBar()->addPermanentWidget(off);
    }
    addRoleViews(*window);
    QString status = firstStart;
    if (!m_journalNotice.isEmpty())
        status = text::joinSentences(status, m_journalNotice);
    resumeIfAsked(*window, status);
    if (!status.isEmpty())
        window->statusBar()->showMessage(status, 30000);
    return window;
}

void GuiComposition::resumeIfAsked(ui::MainWindow& window, QString& status)
{
    if (m_options.resumeTicket.isEmpty())
        return;
#ifdef _WIN32
    const KeySeal seal = ElevatedRestart::windowsKeySeal();
#else
    const KeySeal seal; // nothing is ever sealed off Windows: a sealed key counts as lost
#endif
    QString error;
    const auto reading = ResumeTicket::take(m_options.resumeTicket, seal, error);
    if (!reading) {
        status = error;
        return;
    }
    window.resumeActivation(reading->resume);
    if (reading->keyLost)
        status = tr("Restarted as administrator. The key typed before could not be carried over (another "
                    "account); type it again.");
}

void GuiComposition::openJournal(QWidget* parent)
{
    if (m_journal)
        return;
    auto location = journal::JournalLocation::parse(m_options.journalLocation);
    if (!location) {
        m_journalNotice = text::JournalText::notJournaling(location.error());
        return;
    }
    const QString version = QStringLiteral(ACTDESK_VERSION);
    auto opened = journal::SqlJournal::open(location.value(), m_clock, version);
    if (opened) {
        m_journal = std::make_unique<journal::OpenedJournal>(
            journal::OpenedJournal{std::move(opened).value(), std::nullopt, QString()});
    } else if (journal::JournalRecovery::canStartFreshBeside(location.value(), opened.error())) {
        // A damaged file never stops an activation: ask, and never touch the old file.
        const auto why = opened.error();
        if (!m_damagedJournalPrompt || !m_damagedJournalPrompt(why, parent)) {
            m_journalNotice = text::JournalText::declinedFreshBeside(why);
            return;
        }
        auto fresh = journal::JournalRecovery::openFreshBeside(location->path, m_clock, version);
        if (!fresh) {
            m_journalNotice = text::JournalText::notJournaling(fresh.error());
            return;
        }
        m_journal = std::make_unique<journal::OpenedJournal>(
            journal::OpenedJournal{std::move(fresh).value(), why, location->path});
        m_journalNotice = text::JournalText::startedFreshBeside(why, m_journal->journal->location().path);
    } else {
        // A journal that cannot be used never stops an activation; the window says so.
        m_journalNotice = text::JournalText::notJournaling(opened.error());
        return;
    }
    m_recorder = std::make_unique<workflow::JournalRecorder>(
        *m_journal->journal, JournalDefaults::author(workflow::JournalRole::Device));
}

QString GuiComposition::journalPath() const
{
    return m_journal ? m_journal->journal->location().display() : QString();
}

void GuiComposition::addRoleViews(ui::MainWindow& window)
{
    workflow::ActivationJournal* journal = m_journal ? m_journal->journal.get() : nullptr;
    const QString operatorName = JournalDefaults::operatorName();
    // The Desk role: transfer files from USB sticks, and callers on the phone.
    // Each view is made when its tab is first opened: the window comes up as fast as the wizard
    // alone (see docs/benchmarks.md), and the composition outlives the window and its tabs.
    window.addView(
        [this, journal, operatorName] {
            auto* queue = new ui::DeskQueueView(m_catalog, journal, m_clock, operatorName);
            // "Get confirmation IDs online" under the queue (ui/desk/DeskOnlinePanel).
            return ui::desk::DeskOnlinePanel::deskTab(queue, *queue->controller());
        },
                   tr("Desk: transfer files"), tr("Answer the requests on a USB stick"));
    window.addView(
        [this, journal, operatorName] {
            auto* view = new ui::CallCentreView(m_catalog, journal, m_clock, operatorName, m_trainingCentre.get());
            // The shift the call list reaches back (hours; docs/journal.md): a setting, 12 by default.
            view->setShiftLength(std::chrono::hours(
                m_settings->value(QStringLiteral("callCentre/shiftHours"), 12).toInt()));
            return view;
        },
        tr("Call centre"), tr("Take an installation ID by phone and read the confirmation ID back"));
    window.setJournalView([this, journal]() -> QWidget* {
        auto* view = new ui::JournalView;
        view->setCatalog(&m_catalog);
        if (journal)
            view->setJournal(journal, journalPath());
        else
            view->setNotRecording(m_journalNotice);
        return view;
    });
}

} // namespace actdesk::app::gui
