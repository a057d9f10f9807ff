// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/ActivationSession.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <memory>

class QThread;
class QTimer;

namespace actdesk::ui {

// Reads the machine (ActivationSession::readMachine) on a thread of its own, so that the
// window is painted and stays responsive while slc.dll waits for the Software Protection
// service, which can take many seconds after a machine starts. finished() comes on the
// caller's thread; slow() once, when the reading has taken longer than the patience given,
// while it goes on (the licensing service cannot be interrupted, only waited for).
class MachineReader : public QObject
{
    Q_OBJECT

public:
    using Reading = Result<workflow::MachineReading, licensing::LicensingError>;

    MachineReader(const workflow::ActivationSession& session, QObject* parent = nullptr);
    // Waits for a reading still under way (bounded): the backend must outlive it.
    ~MachineReader() override;

    // Also for a reading under way: slow() comes once it has run that long.
    void setPatience(std::chrono::milliseconds patience);
    std::chrono::milliseconds patience() const { return m_patience; }

    // Starts a reading; does nothing while one is under way.
    void start();
    bool busy() const { return m_thread != nullptr; }
    // The last reading; valid after finished().
    Reading takeReading();

Q_SIGNALS:
    void finished();
    void slow();

private:
    struct Shared;
    const workflow::ActivationSession& m_session;
    std::chrono::milliseconds m_patience{std::chrono::seconds(20)};
    QThread* m_thread = nullptr;
    QTimer* m_slowTimer = nullptr;
    QElapsedTimer m_started;
    std::shared_ptr<Shared> m_shared;
};

} // namespace actdesk::ui
