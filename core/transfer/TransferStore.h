// SPDX-License-Identifier: MIT
#pragma once

// Transfer files on disk (a USB stick, usually). Every write is atomic (QSaveFile: a
// temporary file in the same folder, flushed, then renamed over the old one), so a stick
// pulled out mid-write, a full medium or a crash leaves the previous file intact. A change
// (updateTransferFile) holds the file's lock (files::FileLock, "<file>.lock") from the
// read to the rename, so machines and desks saving into one file at once take turns and
// lose nothing; a write also refuses to replace a file that someone else changed after it
// was read.

#include "common/Result.h"
#include "files/FileKind.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace actdesk::transfer {

// Which version of a file an edit started from: its bytes, or "there was no file".
// (Compared byte for byte: cheaper than hashing the file twice, and exact.)
struct DiskVersion
{
    bool exists = false;
    QByteArray content;
    friend bool operator==(const DiskVersion& a, const DiskVersion& b)
    {
        return a.exists == b.exists && a.content == b.content;
    }
};

struct LoadedTransferFile
{
    TransferFile file;
    DiskVersion version;
};

// "`path` is not a plain file but `kind`" (NotAFile): for the verbs' other files, such as CSVs.
TransferError notAFile(const QString& path, files::FileKind kind);

// Reads and validates a file (see parseTransferFile). Only a plain file is opened: a folder,
// a named pipe, a socket or a device is refused at once (NotAFile). With `missingIsEmpty` a file that does
// not exist yet reads as an empty one (the first machine to save creates it).
Result<LoadedTransferFile, TransferError> loadTransferFile(const QString& path, bool missingIsEmpty = false);

// The version of the file as it is on disk now.
Result<DiskVersion, TransferError> currentDiskVersion(const QString& path);

struct SaveHooks
{
    // Test seam: runs after the new content is fully written to the temporary file and
    // before the check for concurrent changes and the rename.
    std::function<void()> beforeCommit;
    // How long updateTransferFile waits for the file's lock (files::defaultLockWait()).
    std::optional<std::chrono::milliseconds> lockWait;
};

// Writes `bytes` to `path` atomically. With `basedOn`, refuses (ConcurrentChange) when the
// file on disk is no longer that version. Never writes directly to `path`.
Result<void, TransferError> writeAtomically(const QString& path, const QByteArray& bytes,
                                            const DiskVersion* basedOn = nullptr, const SaveHooks& hooks = {});

// serializeTransferFile + writeAtomically.
Result<void, TransferError> saveTransferFile(const QString& path, const TransferFile& file,
                                             const DiskVersion& basedOn, const SaveHooks& hooks = {});

// Read, change, write, for the verbs, under the file's lock: `change` returns whether it
// changed anything (nothing is written otherwise). When the lock stays taken for the whole
// wait, fails with InUse (naming who holds it) before anything is read or changed. When the
// file was replaced in between all the same (a program that takes no lock), the file is read
// again and `change` runs again on the fresh content (so `change` must be repeatable), up to
// `attempts` times. Returns whether the file was written.
using TransferChange = std::function<Result<bool, TransferError>(TransferFile&)>;
Result<bool, TransferError> updateTransferFile(const QString& path, const TransferChange& change,
                                               bool createIfMissing, const SaveHooks& hooks = {},
                                               int attempts = 3);

} // namespace actdesk::transfer
