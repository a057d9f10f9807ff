// SPDX-License-Identifier: MIT
#pragma once

// The journal on QtSql: SQLite (a file, WAL mode) by default, PostgreSQL for desks that share
// one history. Implements the workflow's ActivationJournal port.

#include "common/Clock.h"
#include "common/Result.h"
#include "journal/JournalLocation.h"
#include "workflow/ActivationJournal.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace actdesk::journal {

class SqlConnection;
class WalCheckpointer;

class SqlJournal final : public workflow::ActivationJournal
{
public:
    // Opens the journal at `location`, creating and migrating it as needed. The caller
    // takes ownership. `clock` (kept by reference, must outlive the journal) stamps
    // entries whose event carries no time, and the meta table. `toolVersion` is written
    // to the meta table when the journal is created. A journal on read-only media opens for
    // reading (record() then fails as ReadOnly); a journal that could not be created leaves
    // no empty file behind.
    static Result<std::unique_ptr<SqlJournal>, workflow::JournalError> open(const JournalLocation& location,
                                                                            const Clock& clock,
                                                                            const QString& toolVersion = {});
    ~SqlJournal() override;

    Result<std::int64_t, workflow::JournalError> record(const workflow::JournalEntry& entry) override;
    Result<std::vector<workflow::JournalEntry>, workflow::JournalError> find(
        const workflow::JournalQuery& query) override;
    Result<std::optional<workflow::KnownConfirmation>, workflow::JournalError> knownConfirmation(
        std::string_view installationId, std::string_view extendedPid = {}) override;

    // Several entries in one transaction (an imported batch of desk answers; bulk loads).
    Result<void, workflow::JournalError> recordAll(const std::vector<workflow::JournalEntry>& entries);
    Result<std::int64_t, workflow::JournalError> count();

    const JournalLocation& location() const;
    int schemaVersion() const { return m_schemaVersion; }
    // SQLite on read-only media or in a read-only folder: listed and exported, never written.
    bool readOnly() const;
    // SQLite: true when WAL checkpoints run on a background thread (WalCheckpointer), false
    // when SQLite's auto-checkpoint runs them inside the commits (and on PostgreSQL).
    bool checkpointsInBackground() const;

private:
    SqlJournal(std::unique_ptr<SqlConnection> connection, const Clock& clock, int schemaVersion);
    static Result<std::unique_ptr<SqlJournal>, workflow::JournalError> openExisting(const JournalLocation& location,
                                                                                    const Clock& clock,
                                                                                    const QString& toolVersion);
    Result<std::int64_t, workflow::JournalError> insert(const workflow::JournalEntry& entry);
    Result<std::int64_t, workflow::JournalError> recordOnce(const workflow::JournalEntry& entry);

    std::unique_ptr<SqlConnection> m_connection;
    // SQLite: checkpoints off the recording thread. Declared after the connection so it is
    // stopped (and its last checkpoint run) before the connection closes.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    const Clock& m_clock;
    int m_schemaVersion = 0;
    // Opened for reading only because the disk is full: what every write reports.
    std::optional<workflow::JournalError> m_writesRefused;
};

} // namespace actdesk::journal
