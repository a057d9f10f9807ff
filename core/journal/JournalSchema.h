// SPDX-License-Identifier: MIT
#pragma once

// The journal's schema: a meta table holding the schema version, and forward-only
// migrations, each one transaction. A migration, once released, is never edited: a new
// need is a new migration appended to the list.
//
//   1  actdesk_meta, actdesk_journal (one row per workflow step), index on time
//   2  machine_key (case-folded machine name, backfilled) and the lookup indexes:
//      IID + extended PID (the "CID already obtained" question) and machine.
//
// Every index costs a page write per recorded step, so only selective lookups get one.
// Partial keys and programs are shared by thousands of machines (one MAK, a few years):
// those lookups walk the time index newest first. The journal is append-only, so ids need
// no AUTOINCREMENT.

#include "common/Result.h"
#include "journal/SqlConnection.h"
#include "workflow/ActivationJournal.h"

#include <QString>

namespace actdesk::journal {

class JournalSchema
{
public:
    static constexpr int kCurrentVersion = 2;

    // The version stored in the database; 0 when it has no journal tables yet.
    // Corrupt when a SQLite file holds other tables but no journal (not our database).
    static Result<int, workflow::JournalError> storedVersion(SqlConnection& connection);

    // Brings the database up to `target` (default: current), one transaction per
    // migration, holding the writer lock so two processes opening a new journal at once
    // do not both create it. TooNew when the database is newer than this tool.
    // `createdAtUtc` and `toolVersion` are written to the meta table when it is created.
    static Result<int, workflow::JournalError> migrate(SqlConnection& connection, const QString& createdAtUtc,
                                                       const QString& toolVersion,
                                                       int target = kCurrentVersion);
};

} // namespace actdesk::journal
