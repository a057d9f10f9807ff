// SPDX-License-Identifier: MIT
#pragma once

// What is at a path, before it is opened: opening a named pipe (FIFO) with no writer, or a
// device such as /dev/zero, waits for ever or never ends, so every file Activation Desk reads
// or replaces is looked at first and only a plain file is opened. Symbolic links are
// followed (a link to a plain file is a plain file).

#include <QString>
#include <string_view>

namespace actdesk::files {

enum class FileKind
{
    Missing,   // nothing there (or a dangling link)
    Regular,   // a plain file
    Directory, // a folder
    Fifo,      // a named pipe
    Socket,    // a Unix domain socket
    Device,    // a character or block device
    Other,     // anything else that is not a plain file
};

FileKind fileKind(const QString& path);

// True for Missing and Regular: nothing there yet, or a file that can be opened safely.
inline bool isMissingOrRegular(FileKind kind)
{
    return kind == FileKind::Missing || kind == FileKind::Regular;
}

// A stable name for each kind ("fifo"), for --json output, error values and tests.
const char* fileKindKey(FileKind kind);

// The kind a key names (Other for an unknown key).
inline FileKind fileKindFromKey(std::string_view key)
{
    for (FileKind k : {FileKind::Missing, FileKind::Regular, FileKind::Directory, FileKind::Fifo,
                       FileKind::Socket, FileKind::Device})
        if (key == fileKindKey(k))
            return k;
    return FileKind::Other;
}

} // namespace actdesk::files
