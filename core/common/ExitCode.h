// SPDX-License-Identifier: MIT
#pragma once

// Exit codes scripts rely on (documented in the README), the same for actdesk, actdesk.exe
// and actdesk-win.exe.

namespace actdesk {

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,      // invalid ID, licensing error, or not Licensed afterwards
    ExitUsage = 2,       // wrong command line
    ExitEnvironment = 3, // no simulated machine, backend unavailable, catalog file broken
};

} // namespace actdesk
