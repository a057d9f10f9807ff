// SPDX-License-Identifier: MIT
#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace actdesk::app::gui {

namespace {

class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Quit once this paint has been delivered, i.e. the window is on screen.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

bool startupProbeRequested()
{
    return !qEnvironmentVariableIsEmpty("ACTDESK_QUIT_AFTER_SHOW");
}

void quitAfterFirstPaintIfRequested(QWidget& window)
{
    if (!startupProbeRequested())
        return;
    window.installEventFilter(new FirstPaintQuitter(&window));
}

} // namespace actdesk::app::gui
