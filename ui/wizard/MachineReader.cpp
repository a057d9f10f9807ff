// SPDX-License-Identifier: MIT
#include "MachineReader.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace actdesk::ui {

// Written by the worker before its thread finishes, read by the owner after: QThread's
// finished signal orders the two.
struct MachineReader::Shared
{
    std::optional<Reading> reading;
};

MachineReader::MachineReader(const workflow::ActivationSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_slowTimer(new QTimer(this))
{
    m_slowTimer->setSingleShot(true);
    connect(m_slowTimer, &QTimer::timeout, this, &MachineReader::slow);
}

MachineReader::~MachineReader()
{
    if (!m_thread)
        return;
    disconnect(m_thread, nullptr, this, nullptr);
    // Closing the window while slc.dll still waits: give it a moment to answer, because the
    // backend it uses is destroyed after this. A thread still blocked then is left to the
    // process's exit rather than destroyed running (which Qt turns into an abort).
    if (m_thread->wait(QDeadlineTimer(std::chrono::seconds(5))))
        delete m_thread;
}

void MachineReader::setPatience(std::chrono::milliseconds patience)
{
    m_patience = patience;
    if (m_slowTimer->isActive())
        m_slowTimer->start(std::max(patience - std::chrono::milliseconds(m_started.elapsed()),
                                    std::chrono::milliseconds(0)));
}

void MachineReader::start()
{
    if (m_thread)
        return;
    m_shared = std::make_shared<Shared>();
    m_thread = QThread::create([shared = m_shared, &session = m_session] { shared->reading = session.readMachine(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_slowTimer->stop();
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_started.start();
    m_slowTimer->start(m_patience);
    m_thread->start();
}

MachineReader::Reading MachineReader::takeReading()
{
    Q_ASSERT(m_shared && m_shared->reading);
    return std::move(*m_shared->reading);
}

} // namespace actdesk::ui
