// SPDX-License-Identifier: MIT
#pragma once

// Saving a file so that the previous version survives anything: a full or pulled-out USB
// stick, a read-only folder, a crash. Every file Activation Desk writes (transfer files, PDF
// sheets, QR images, CSV exports) goes through here.

#include "common/Result.h"
#include "files/FileKind.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <functional>

namespace actdesk::files {

struct WriteFailure
{
    enum class Kind
    {
        NotWritable, // nothing was started: read-only medium or folder, no such folder
        WriteFailed, // the new content could not be written in full (disk full, stick pulled)
        Abandoned,   // `beforeReplace` said no
        NotAFile,    // `path` is a folder, a named pipe, a socket or a device (`found`): never replaced
    } kind = Kind::WriteFailed;
    QString detail; // the system's words, for the message; may be empty
    FileKind found = FileKind::Regular; // NotAFile: what is there
};

// Writes `bytes` to a temporary file beside `path`, makes sure every byte is on the medium,
// then replaces `path` with it in one rename. On any failure `path` is left exactly as it
// was and no temporary file remains. Only a plain file is replaced: a named pipe, a device or
// a folder at `path` is refused before anything is written (a rename would silently put a
// file where the pipe was). `beforeReplace`, if given, runs once the new content is
// safely on the medium and may abandon the save (returning false), e.g. when someone else
// changed the file meanwhile.
//
// Why not plain QSaveFile: in Qt 6.4 its commit() ignores an error from the final flush of
// its buffer and a failed fsync, and then renames a short file over the good one.
Result<void, WriteFailure> writeFileAtomically(const QString& path, const QByteArray& bytes,
                                               const std::function<bool()>& beforeReplace = {});

// Opens `file` (already named) for reading. The other side of the same race on Windows: while
// another process renames its new content over the file, opening it fails with a sharing
// violation for a few milliseconds. So, on Windows, an open of a file that exists is retried
// for a bounded time (5 s) before the failure is reported; elsewhere it is one open.
bool openForReadingBesideWriters(QFile& file);

} // namespace actdesk::files
