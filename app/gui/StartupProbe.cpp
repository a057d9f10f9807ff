// SPDX-License-Identifier: MIT
#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <cstdlib>

namespace actdesk::app::gui {

namespace {

class FirstPaintQuitter : public QObject
{
    Q_OBJECT

  public:
    FirstPaintQuitter(bool leaveAtOnce, bool untilMachine, QObject* parent)
        : QObject(parent), m_untilMachine(untilMachine), m_leaveAtOnce(leaveAtOnce)
    {
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Quit once this paint has been delivered, i.e. the window is on screen.
            if (m_untilMachine) {
                // "Machine page ready": the licensing service has been read (off the UI thread).
                // By name, not by type: the baseline program shares this file without the wizard.
                QObject* page = watched->findChild<QObject*>(QStringLiteral("machinePage"));
                if (!page || !page->property("reading").toBool())
                    leaveNow();
                else
                    connect(page, SIGNAL(readingFinished()), this, SLOT(leaveNow()));
            } else if (m_leaveAtOnce) {
                // The benchmark: stop the clock here. Work posted after the first paint (and the
                // orderly shutdown) is not part of "time to the first shown window".
                leaveNow();
            } else {
                QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            }
        }
        return QObject::eventFilter(watched, event);
    }

  public Q_SLOTS:
    void leaveNow()
    {
        QTimer::singleShot(0, QCoreApplication::instance(), [] {
            std::fflush(nullptr);
            std::_Exit(0);
        });
    }

  private:
    bool m_untilMachine = false;
    bool m_leaveAtOnce = false;
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
    const QString mode = qEnvironmentVariable("ACTDESK_QUIT_AFTER_SHOW");
    window.installEventFilter(new FirstPaintQuitter(mode == QLatin1String("measure"),
                                                    mode == QLatin1String("measure-machine"), &window));
}

} // namespace actdesk::app::gui

#include "StartupProbe.moc"
