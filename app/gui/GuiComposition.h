// SPDX-License-Identifier: MIT
#pragma once

#include "GuiOptions.h"
#include "SimulatedEnvironment.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "wizard/ElevationPort.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <functional>
#include <memory>

namespace actdesk::ui {
class MainWindow;
}
namespace actdesk::journal {
struct OpenedJournal;
}
namespace actdesk::workflow {
class JournalRecorder;
struct JournalError;
}

namespace actdesk::app::gui {

// The GUI's composition root: the catalog, the licensing backend the options chose (a new
// simulated machine on first start), the window settings, and the main window that uses
// them. Owns everything the window refers to, so it must outlive the window.
class GuiComposition
{
    Q_DECLARE_TR_FUNCTIONS(GuiComposition)

public:
    // `settings` is null for the user's own QSettings; tests pass a temporary file.
    explicit GuiComposition(const GuiOptions& options, std::unique_ptr<QSettings> settings = nullptr);
    ~GuiComposition();

    // False when the catalog could not be loaded; error() says why.
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    std::unique_ptr<ui::MainWindow> createMainWindow();
    // --resume: after "Restart as administrator", back at the key step (status: what to say).
    void resumeIfAsked(ui::MainWindow& window, QString& status);

    // Asked when the journal file cannot be used (damaged, unreadable, newer version): true
    // starts a fresh journal beside it, false goes on without a journal for this session.
    // The default shows ui::DamagedJournalDialog; tests answer without showing anything.
    using DamagedJournalPrompt = std::function<bool(const workflow::JournalError& why, QWidget* parent)>;
    void setDamagedJournalPrompt(DamagedJournalPrompt prompt) { m_damagedJournalPrompt = std::move(prompt); }
    // Whether steps are being recorded (false when no journal could be or was chosen to be used).
    bool journaling() const { return m_journal != nullptr; }
    // Where the steps go: the requested location, or the fresh file beside a damaged one.
    QString journalPath() const;

    const catalog::Catalog& catalog() const { return m_catalog; }
    SimulatedEnvironment* simulation() const { return m_simulation.get(); }

private:
    void openJournal(QWidget* parent);
    void addRoleViews(ui::MainWindow& window);

    SystemClock m_clock;
    catalog::Catalog m_catalog;
    GuiOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SimulatedEnvironment> m_simulation;
    std::unique_ptr<ui::ElevationPort> m_elevation; // Windows, slc.dll backend only
    std::unique_ptr<SimulatedEnvironment> m_trainingCentre; // answers the call centre in training
    // The journal every screen writes to; null when it could not be opened (the activation
    // goes on, and the window says so).
    std::unique_ptr<journal::OpenedJournal> m_journal;
    std::unique_ptr<workflow::JournalRecorder> m_recorder;
    QString m_journalNotice;
    DamagedJournalPrompt m_damagedJournalPrompt;
    bool m_ok = true;
    QString m_error;
};

} // namespace actdesk::app::gui
