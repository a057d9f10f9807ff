// SPDX-License-Identifier: MIT
#include "files/FileKind.h"

#include <QFile>
#include <QFileInfo>

#ifndef _WIN32
#include <cerrno>
#include <sys/stat.h>
#endif

namespace actdesk::files {

FileKind fileKind(const QString& path)
{
#ifndef _WIN32
    // The one POSIX call: QFileInfo says "not a file" but not whether it is a pipe, a socket
    // or a device, and the message names what the user pointed at.
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        // Nothing there; or it cannot be looked at (no permission on its folder), and then
        // opening it fails the same way and says why. Asking again (QFileInfo::exists) would
        // see a file someone created in between, such as another writer's lock file.
        return errno == ENOENT || errno == ENOTDIR ? FileKind::Missing : FileKind::Regular;
    }
    if (S_ISREG(st.st_mode))
        return FileKind::Regular;
    if (S_ISDIR(st.st_mode))
        return FileKind::Directory;
    if (S_ISFIFO(st.st_mode))
        return FileKind::Fifo;
    if (S_ISSOCK(st.st_mode))
        return FileKind::Socket;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return FileKind::Device;
    return FileKind::Other;
#else
    // Windows has no FIFOs or sockets in the file system; a pipe (\\.\pipe\...) or a device
    // (NUL, COM1) is "not a plain file".
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Directory;
    return info.isFile() ? FileKind::Regular : FileKind::Other;
#endif
}

const char* fileKindKey(FileKind kind)
{
    switch (kind) {
    case FileKind::Missing:
        return "missing";
    case FileKind::Regular:
        return "file";
    case FileKind::Directory:
        return "directory";
    case FileKind::Fifo:
        return "fifo";
    case FileKind::Socket:
        return "socket";
    case FileKind::Device:
        return "device";
    case FileKind::Other:
        return "other";
    }
    return "other";
}

} // namespace actdesk::files
