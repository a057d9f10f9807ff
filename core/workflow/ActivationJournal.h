// SPDX-License-Identifier: MIT
#pragma once

// The journal port: where every activation step is recorded, owned by the workflow.
// Plain C++20 (no Qt): core/journal implements it with QtSql (SQLite or PostgreSQL); tests
// and tools may implement it in memory.
//
// What is recorded is a WorkflowEvent (the step, its outcome and error code, the machine,
// program/year, activation ID, partial key, extended PID, IID, CID, status) plus who wrote
// it: the operator, the role (device or desk) and the tool version. Full product keys never
// reach the journal: WorkflowEvent carries the partial key only.

#include "common/Result.h"
#include "workflow/WorkflowEvent.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actdesk::workflow {

// Which side of the air gap wrote the entry.
enum class JournalRole
{
    Device, // the machine being activated (wizard, CLI verbs)
    Desk,   // the workstation that obtains CIDs for callers or transfer files
};

// "device" / "desk": stable names for files, the CLI and the database.
const char* journalRoleKey(JournalRole role);
std::optional<JournalRole> journalRoleFromKey(std::string_view key);

// Who writes: fixed for the lifetime of a recorder.
struct JournalAuthor
{
    std::string operatorName; // the OS user name
    JournalRole role = JournalRole::Device;
    std::string toolVersion;  // "0.1.0"
};

// One journal row.
struct JournalEntry
{
    std::int64_t id = 0; // assigned by the journal; ignored by record()
    WorkflowEvent event; // event.at is the UTC time of the step (from the injected clock)
    JournalAuthor author;
};

// A lookup. Every field that is set must match; unset fields match everything.
// Results are newest first.
struct JournalQuery
{
    std::optional<std::string> machineName;    // exact, case-insensitive
    std::optional<std::string> installationId; // digits (separators are ignored)
    std::optional<std::string> partialKey;     // the last five characters, case-insensitive
    std::optional<std::string> catalogKey;     // program/year, "win7-esu-y1"
    std::optional<std::string> activationId;   // canonical GUID, case-insensitive
    std::optional<Step> step;
    std::optional<Outcome> outcome;
    std::optional<JournalRole> role;
    std::optional<std::chrono::system_clock::time_point> since; // inclusive
    std::optional<std::chrono::system_clock::time_point> until; // exclusive
    std::size_t limit = 0;                                      // 0: no limit
};

// A CID the journal already holds for an installation ID: re-applying it to a re-imaged
// machine on unchanged hardware saves a MAK activation.
struct KnownConfirmation
{
    std::string confirmationId; // digits
    std::string installationId; // digits
    std::string extendedPid;
    std::string machineName;
    std::string activationId;
    std::chrono::system_clock::time_point at;
    bool deposited = false; // a deposit with this CID succeeded (not just obtained by a desk)
    std::int64_t entryId = 0;
};

// Why the journal could not do what was asked. Core names the problem; ui/ and app/ say it.
struct JournalError
{
    enum class Kind
    {
        InvalidLocation, // the URL or path cannot be understood
        DriverMissing,   // the Qt SQL driver for the backend is not installed
        Unreadable,      // the file exists but cannot be opened or read (permissions, I/O)
        Corrupt,         // the file is not a journal database or is damaged
        TooNew,          // written by a newer version of the tool (schema version `detail`)
        Busy,            // another program holds the journal locked longer than the timeout
        ConnectionFailed, // the database server cannot be reached or refused the login
        QueryFailed,     // a statement failed for another reason
        DiskFull,        // the disk (or the database server's disk) has no room left: not damage
        ReadOnly,        // read-only media or folder: the journal can be read, not written
    } kind = Kind::QueryFailed;
    std::string location; // path or URL without a password
    std::string detail;   // the driver's text, technical
};

class ActivationJournal
{
public:
    virtual ~ActivationJournal() = default;

    // Records one entry in one transaction; returns its id.
    virtual Result<std::int64_t, JournalError> record(const JournalEntry& entry) = 0;

    virtual Result<std::vector<JournalEntry>, JournalError> find(const JournalQuery& query) = 0;

    // The most useful CID already obtained for this IID (digits): a deposited one first,
    // then the newest. With a non-empty `extendedPid` only entries for that PID count.
    // Indexed: answers instantly on large journals.
    virtual Result<std::optional<KnownConfirmation>, JournalError> knownConfirmation(
        std::string_view installationId, std::string_view extendedPid = {}) = 0;
};

// Observer that journals every step of a session with a fixed author. A journal failure
// never stops the activation: it is kept in lastError() for the app to report.
class JournalRecorder final : public WorkflowObserver
{
public:
    // `journal` must outlive the recorder.
    JournalRecorder(ActivationJournal& journal, JournalAuthor author)
        : m_journal(journal), m_author(std::move(author))
    {
    }

    void onWorkflowEvent(const WorkflowEvent& event) override
    {
        auto recorded = m_journal.record(JournalEntry{0, event, m_author});
        if (recorded) {
            ++m_recorded;
        } else {
            m_lastError = recorded.error();
            ++m_failed;
        }
    }

    const std::optional<JournalError>& lastError() const { return m_lastError; }
    int recordedCount() const { return m_recorded; }
    int failedCount() const { return m_failed; }

private:
    ActivationJournal& m_journal;
    JournalAuthor m_author;
    std::optional<JournalError> m_lastError;
    int m_recorded = 0;
    int m_failed = 0;
};

inline const char* journalRoleKey(JournalRole role)
{
    return role == JournalRole::Desk ? "desk" : "device";
}

inline std::optional<JournalRole> journalRoleFromKey(std::string_view key)
{
    if (key == "device")
        return JournalRole::Device;
    if (key == "desk")
        return JournalRole::Desk;
    return std::nullopt;
}

} // namespace actdesk::workflow
