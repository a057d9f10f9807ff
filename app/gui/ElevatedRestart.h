// SPDX-License-Identifier: MIT
#pragma once

#include "ResumeTicket.h"
#include "wizard/ElevationPort.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::app::gui {

// "Restart as administrator" on Windows: the year and the typed key (sealed with DPAPI for
// this user) go into a ticket file beside the journal; the program starts itself again with
// the "runas" verb (the UAC prompt) and the same arguments plus --resume TICKET.
class ElevatedRestart final : public ui::ElevationPort
{
    Q_DECLARE_TR_FUNCTIONS(ElevatedRestart)

  public:
    explicit ElevatedRestart(QString ticketDirectory) : m_ticketDirectory(std::move(ticketDirectory)) {}
    bool restartElevated(const ui::ResumePoint& resume, QString& why) override;

    // DPAPI for the current user.
    static KeySeal windowsKeySeal();

  private:
    QString m_ticketDirectory;
};

} // namespace actdesk::app::gui
