// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace actdesk::ui {

// Where the wizard stood when it asked for an administrator, to come back to after the
// restart: the chosen year and what was typed into the key fields (possibly nothing).
struct ResumePoint
{
    QString program;  // catalog key, e.g. "win10-esu-y1"
    QString typedKey; // as typed; never put on a command line
};

// "Restart as administrator": the app starts itself again elevated (on Windows, ShellExecuteEx
// with "runas"; app/gui/ElevatedRestart) and the new process resumes at the key step. The
// wizard offers the button only when the composition root provides this port.
class ElevationPort
{
  public:
    virtual ~ElevationPort() = default;
    // True when the elevated program has started: this one should then close. Otherwise
    // `why` says what went wrong (declined at the UAC prompt, ...).
    virtual bool restartElevated(const ResumePoint& resume, QString& why) = 0;
};

} // namespace actdesk::ui
