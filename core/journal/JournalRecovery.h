// SPDX-License-Identifier: MIT
#pragma once

// A damaged journal never stops an activation. When a SQLite journal file cannot be used
// (corrupt, unreadable, written by a newer version), the app tells the user and offers a
// fresh journal BESIDE the old file: "journal.sqlite" -> "journal.fresh.sqlite" (then
// "journal.fresh-2.sqlite", ...). The old file is never written, moved or overwritten, so
// it can be rescued later. A fresh journal that already exists beside it and is healthy is
// reused, so repeated runs keep one history instead of a new file each time.
//
// GUI:  auto opened = SqlJournal::open(location, clock);
//       if (!opened && JournalRecovery::canStartFreshBeside(location, opened.error()))
//           ask the user, then JournalRecovery::openFreshBeside(location.path, clock)
// CLI:  JournalRecovery::openOrStartFresh(location, clock) and warn when replacedBecause is set.

#include "common/Clock.h"
#include "common/Result.h"
#include "journal/JournalLocation.h"
#include "journal/SqlJournal.h"
#include "workflow/ActivationJournal.h"

#include <QString>

#include <memory>
#include <optional>

namespace actdesk::journal {

struct OpenedJournal
{
    std::unique_ptr<SqlJournal> journal;
    // Set when the journal at the requested location could not be used and a fresh one
    // beside it was opened instead: why, and where the old one is.
    std::optional<workflow::JournalError> replacedBecause;
    QString damagedPath;
};

class JournalRecovery
{
public:
    // True for errors about a SQLite file that a fresh file beside it would get around.
    static bool canStartFreshBeside(const JournalLocation& location, const workflow::JournalError& error);

    // The n-th candidate name beside `damagedPath` (n = 1: "journal.fresh.sqlite").
    static QString freshPathBeside(const QString& damagedPath, int n = 1);

    // Opens the first candidate that is either new or a healthy journal; never touches
    // `damagedPath`. The caller takes ownership.
    static Result<std::unique_ptr<SqlJournal>, workflow::JournalError> openFreshBeside(
        const QString& damagedPath, const Clock& clock, const QString& toolVersion = {});

    // Non-interactive: opens `location`, or a fresh journal beside it when it is damaged.
    static Result<OpenedJournal, workflow::JournalError> openOrStartFresh(const JournalLocation& location,
                                                                         const Clock& clock,
                                                                         const QString& toolVersion = {});
};

} // namespace actdesk::journal
