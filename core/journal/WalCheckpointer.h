// SPDX-License-Identifier: MIT
#pragma once

// Keeps SQLite's checkpoints off the recording path.
//
// In WAL mode every committed step is appended to the -wal file; a checkpoint copies the
// log back into the database file and fsyncs both (SQLite's auto-checkpoint does this inside
// the COMMIT of whichever step crosses the threshold, on the thread recording it). Here the
// recording connection's auto-checkpoint is replaced by a WAL hook that, after each commit:
//   - wakes a worker thread with its own connection to run a PASSIVE checkpoint once the log
//     has grown by kWakeFrames (the thread is started the first time; a short-lived CLI
//     process that records a few steps never starts it);
//   - checkpoints synchronously, on the recording thread, once the log holds kLimitFrames:
//     a passive checkpoint never blocks a writer, so during an uninterrupted burst of steps
//     the log is never fully copied and never restarts; this keeps the -wal file bounded.
//     (If the worker cannot run at all, the recording thread checkpoints every kWakeFrames,
//     as SQLite's auto-checkpoint would.)
// On close the worker is stopped and joined, and whatever it had not copied yet is
// checkpointed, so the CLI's short processes and the GUI leave a tidy journal. Neither
// changes durability: a step is committed (synchronous=NORMAL) before any of this runs.
//
// The hook is SQLite's C API (sqlite3_wal_hook) on QSqlDriver::handle(). That handle is only
// usable when the QSQLITE plugin uses the same SQLite library as this program (Debian's Qt
// does: libsqlite3.so.0); attach() checks that and otherwise leaves SQLite's own
// auto-checkpoint in place.

#include "journal/JournalLocation.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace actdesk::journal {

class SqlConnection;

class WalCheckpointer
{
  public:
    // Log frames (one per changed page, about five per recorded step).
    static constexpr int kWakeFrames = 1000; // ~4 MB: SQLite's default auto-checkpoint
    // ~80 MB: checkpoint on the recording thread. Each of these stalls a burst of steps for a
    // full checkpoint (two fsyncs, and one more when the log restarts); at 10,000 frames a
    // burst of 10,000 steps took ~80 ms longer on the 2-core VM.
    static constexpr int kLimitFrames = 20000;

    // Takes over checkpointing for `recording` (a SQLite connection in WAL mode, which must
    // outlive the result). Null when the SQLite handle cannot be used: auto-checkpoint stays.
    static std::unique_ptr<WalCheckpointer> attach(SqlConnection& recording);
    // Stops and joins the worker, then checkpoints what is left; call on the recording thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  private:
    WalCheckpointer(sqlite3* db, JournalLocation location);
    static int onCommit(void* self, sqlite3* db, const char* schema, int frames);
    void afterCommit(int frames);
    void checkpointHere();
    void work();

    sqlite3* m_db; // the recording connection's handle, used on the recording thread only
    JournalLocation m_location;
    int m_nextWake = kWakeFrames; // wake the worker when the log has this many frames

    std::mutex m_checkpointing; // held by whoever is running a checkpoint
    std::mutex m_mutex;         // guards the fields below
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    bool m_workerFailed = false;
    std::thread m_worker;
};

} // namespace actdesk::journal
