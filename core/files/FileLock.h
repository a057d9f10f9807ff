// SPDX-License-Identifier: MIT
#pragma once

// Taking turns on a file that several programs change: a lock file beside it (QLockFile,
// the same on Linux and Windows), so a read, change and replace by one program cannot
// interleave with another's. Readers need no lock: every write replaces the file in one
// rename (AtomicFile), so a reader sees the old file or the new one, never half of each.

#include "common/Result.h"

#include <QString>
#include <chrono>
#include <memory>
#include <optional>

class QLockFile;

namespace actdesk::files {

// How long a writer waits for the lock before it gives up: 30 s, or $ACTDESK_LOCK_WAIT
// seconds (0 = do not wait) for a script that would rather fail at once.
std::chrono::milliseconds defaultLockWait();

// A lock file older than this whose owner cannot be checked (it ran on another computer) is
// taken to be left over from a crash. On the same computer, the lock of a program that is no
// longer running is taken over at once.
inline constexpr std::chrono::minutes kStaleLockAge{2};

// Who holds a lock, as its lock file says.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString program;
};

struct LockFailure
{
    enum class Kind
    {
        InUse,      // someone else held the lock for the whole wait; `holder` when known
        NoFolder,   // the folder of the file does not exist
        CannotLock, // the lock file could not be created (`detail`)
    } kind = Kind::InUse;
    QString lockPath;
    std::optional<LockHolder> holder;
    QString detail;
};

class FileLock
{
  public:
    // The lock file for `path`: "<path>.lock".
    static QString lockPathFor(const QString& path);

    // Waits up to `wait` for the lock on `path`. A folder that cannot be written to
    // (read-only medium, no permission) gives an unheld lock instead of a failure: nobody
    // without a lock can replace the file there, and the write that follows reports the
    // read-only folder in its own words.
    static Result<FileLock, LockFailure> acquire(const QString& path, std::chrono::milliseconds wait);

    FileLock(FileLock&&) noexcept;
    FileLock& operator=(FileLock&&) noexcept;
    ~FileLock(); // releases the lock

    bool held() const;

  private:
    explicit FileLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace actdesk::files
