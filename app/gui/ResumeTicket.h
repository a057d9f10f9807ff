// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/ElevationPort.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace actdesk::app::gui {

// How the typed key is sealed for the trip: Windows' DPAPI for the current user in the app
// (ElevatedRestart); tests may pass their own.
struct KeySeal
{
    std::function<std::optional<QByteArray>(const QByteArray&)> seal;
    std::function<std::optional<QByteArray>(const QByteArray&)> open;
};

struct ResumeReading
{
    ui::ResumePoint resume;
    bool keyLost = false; // a key was sealed but cannot be opened here (another account)
};

// The hand-over file of "Restart as administrator": the year, and the typed key sealed, in a
// new file in `directory`. Never the key in clear, never on a command line.
class ResumeTicket
{
    Q_DECLARE_TR_FUNCTIONS(ResumeTicket)

  public:
    // The new file's path, or nothing with `error` saying why.
    static std::optional<QString> write(const QString& directory, const ui::ResumePoint& resume,
                                        const KeySeal& seal, QString& error);
    // Reads the ticket and deletes it (it is for one start only). Nothing, with `error`, for a
    // missing or damaged file.
    static std::optional<ResumeReading> take(const QString& path, const KeySeal& seal, QString& error);
};

} // namespace actdesk::app::gui
