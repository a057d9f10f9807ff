// SPDX-License-Identifier: MIT
#pragma once

// Shared by the GUI tests: a simulated machine in a temporary directory, the main window
// built the way app/gui builds it, and keyboard helpers that act on whatever has the focus.

#include "SimulatedEnvironment.h"
#include "Translation.h"
#include "callcentre/CallCentreView.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "desk/DeskQueueView.h"
#include "journal/JournalView.h"
#include "licensing/Licensing.h"
#include "mainwindow/MainWindow.h"
#include "workflow/WorkflowEvent.h"
#include "wizard/MachinePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <algorithm>
#include <memory>
#include <vector>

namespace actdesk::testing {

// The product key the GUI tests type: well formed, not a real key.
inline const QString kKey = QStringLiteral("BCDFGHJKMPQRTVWXY2346789B");

// A fixed clock: journal timestamps and the simulator are deterministic.
class FixedClock final : public Clock
{
  public:
    std::chrono::system_clock::time_point nowUtc() const override
    {
        return std::chrono::system_clock::time_point(std::chrono::seconds(1'790'000'000));
    }
};

class RecordingObserver final : public workflow::WorkflowObserver
{
  public:
    void onWorkflowEvent(const workflow::WorkflowEvent& event) override { events.push_back(event); }
    bool has(workflow::Step step, workflow::Outcome outcome) const
    {
        for (const auto& e : events)
            if (e.step == step && e.outcome == outcome)
                return true;
        return false;
    }
    std::vector<workflow::WorkflowEvent> events;
};

// One simulated machine and one main window, in a temporary directory of their own.
struct GuiFixture
{
    explicit GuiFixture(const licensing::SimulatedMachineOptions& options = defaultOptions())
        : catalog(catalog::Catalog::builtIn()),
          settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat)),
          simulation(dir.filePath(QStringLiteral("state")), catalog, clock)
    {
        auto machine = simulation.setUpMachine(options);
        QVERIFY2(machine.ok(), "the simulated machine could not be set up");
        window =
            std::make_unique<ui::MainWindow>(std::move(machine).value(), QString(),
                                             ui::MainWindowServices{catalog, clock, *settings, &simulation});
        window->addWorkflowObserver(&observer);
    }

    // The Desk, Call-centre and Journal tabs, made as the app makes them (app/gui/
    // GuiComposition), without a journal. With them the window has a tab bar, which can take
    // the keyboard focus: the wizard must keep it anyway.
    void addRoleTabs()
    {
        const auto title = [](const char* text) {
            return QCoreApplication::translate("GuiComposition", text);
        };
        window->addView(
            [this] { return new ui::DeskQueueView(catalog, nullptr, clock, QStringLiteral("tester")); },
            title("Desk: transfer files"), title("Answer the requests on a USB stick"));
        window->addView(
            [this] { return new ui::CallCentreView(catalog, nullptr, clock, QStringLiteral("tester"), &simulation); },
            title("Call centre"),
            title("Take an installation ID by phone and read the confirmation ID back"));
        window->setJournalView([]() -> QWidget* { return new ui::JournalView; });
    }

    static licensing::SimulatedMachineOptions defaultOptions()
    {
        return app::gui::SimulatedEnvironment::defaultOptions(catalog::Catalog::builtIn());
    }

    QTemporaryDir dir;
    FixedClock clock;
    catalog::Catalog catalog;
    std::unique_ptr<QSettings> settings;
    app::gui::SimulatedEnvironment simulation;
    RecordingObserver observer;
    std::unique_ptr<ui::MainWindow> window;
};

// The catalogues for $ACTDESK_LANG, installed as the app installs them; in Japanese the
// wizard's own buttons must then be translated (a missing catalogue would pass as English).
inline void installCheckedTranslators()
{
    if (app::installTranslators(*qApp) == QLatin1String("ja"))
        QVERIFY2(QCoreApplication::translate("actdesk::ui::DeviceWizard", "&Next >") != QLatin1String("&Next >"),
                 "the Japanese catalogue is not installed");
}

// Waits until step 1 has read the machine (after start, Done or a new simulated machine).
inline void waitForMachine(QWidget& window)
{
    // Done makes a new wizard; the old one is deleted later, so look at every machine page.
    const auto reading = [&window] {
        const auto pages = window.findChildren<ui::MachinePage*>(QStringLiteral("machinePage"));
        return std::any_of(pages.begin(), pages.end(), [](const ui::MachinePage* p) { return p->isReading(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(!reading(), 60000);
}

// Shows a main window as a user meets it: active, and with step 1 filled in. The machine page
// reads the licensing service off the UI thread ("Reading the licence state…"); a person
// waits for that before choosing Next, and so do the tests.
inline void showAndWaitForMachine(QWidget& window, int activeTimeoutMs = 5000)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window, activeTimeoutMs));
    waitForMachine(window);
}

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

// Presses a key on whatever has the keyboard focus, as a person would.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, key, modifiers);
}

inline void type(const QString& text)
{
    for (QChar c : text) {
        QWidget* w = focused();
        QVERIFY2(w, "nothing has the keyboard focus");
        QTest::keyClicks(w, QString(c));
    }
}

template <typename T>
T* child(const QObject* root, const char* name)
{
    return root->findChild<T*>(QLatin1String(name));
}

} // namespace actdesk::testing
